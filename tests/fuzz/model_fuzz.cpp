// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: fuzzer-chosen mappings, accesses, munmap and mprotect on a machine with
// little memory. After every operation: no stale translation, RSS equals the resident pages,
// page-table bytes equal table frames × frame size, and an access's cycles equal its steps'.
#include "machinefile.h"
#include "pageentry.h"
#include "system.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <numeric>

namespace {

constexpr uint64_t Base = 0x10000000;
constexpr uint64_t Page = 4096;
constexpr uint64_t Span = 64 * Page; // fuzzed addresses stay within 64 pages

class Bytes {
public:
    Bytes(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    bool empty() const { return m_pos >= m_size; }
    uint8_t next() { return m_pos < m_size ? m_data[m_pos++] : 0; }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

void check(mmu::System &s)
{
    uint64_t resident = 0;
    for (uint64_t va = Base; va < Base + Span; va += Page) {
        const auto leaf = s.pageTable().findLeaf(va);
        resident += leaf.has_value();
        const mmu::Translation t = s.translate(va, mmu::AccessType::Read, mmu::Privilege::Supervisor);
        if (t.ok() != leaf.has_value())
            std::abort(); // the MMU answered from a stale TLB or walk-cache entry
        if (leaf && mmu::decodeEntry(s.format(), leaf->level, leaf->entry).frame != (t.physical & ~(Page - 1)))
            std::abort();
    }
    if (s.kernel().counters().residentBytes != resident * Page)
        std::abort();
    if (s.pageTable().tableBytes() != s.pageTable().tableFrames() * s.memory().frameBytes())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Bytes in(data, size);
    auto machine = mmu::loadMachine("teaching");
    if (!machine)
        std::abort();
    mmu::MachineConfig m = *machine;
    static const char *const policies[] = {"fifo", "lru", "mru", "opt", "clock", "second-chance", "two-list", "rand"};
    m.memory.policy = policies[in.next() % 8];
    m.memory.frames = 6 + in.next() % 24;
    mmu::System s(m);
    std::vector<mmu::Step> steps;
    for (int op = 0; op < 200 && !in.empty(); ++op) {
        const uint8_t code = in.next();
        const uint64_t page = in.next() % 64;
        const uint64_t va = Base + page * Page + (in.next() % 64) * 64;
        switch (code % 8) {
        case 0: { // mmap a few pages
            mmu::Mapping map;
            map.name = "fuzz";
            map.start = Base + page * Page;
            map.length = (1 + in.next() % 8) * Page;
            if (map.end() > Base + Span)
                map.length = Base + Span - map.start;
            map.perms = mmu::Permissions{.write = (code & 16) != 0, .execute = (code & 32) != 0, .user = true};
            map.populated = (code & 64) != 0;
            map.locked = (code & 128) != 0 && (code & 64) == 0;
            map.sequential = (code & 8) != 0;
            s.addMapping(map);
            break;
        }
        case 1:
            s.kernel().munmap(Base + page * Page, (1 + in.next() % 4) * Page);
            break;
        case 2:
            s.kernel().mprotect(Base + page * Page, Page,
                                mmu::Permissions{.write = (code & 16) != 0, .execute = false, .user = true});
            break;
        default: {
            const auto type = code & 16 ? mmu::AccessType::Write : mmu::AccessType::Read;
            steps.clear();
            const mmu::AccessResult r = s.access(va, type, mmu::Privilege::User, &steps);
            const uint64_t sum = std::accumulate(steps.begin(), steps.end(), uint64_t{0},
                                                 [](uint64_t a, const mmu::Step &st) { return a + st.cycles; });
            if (sum != r.cycles)
                std::abort();
            break;
        }
        }
        check(s);
    }
    return 0;
}
