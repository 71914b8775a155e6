// SPDX-License-Identifier: GPL-3.0-or-later
#include "throughputscenario.h"

#include <stdexcept>

namespace mmu {

namespace {
constexpr uint64_t Base = 0x10000000000; // 1 TiB: clear of the default layout
constexpr uint64_t Page = 4096;
constexpr uint64_t GiB = uint64_t{1} << 30;

/** xorshift64: cheap enough not to dominate the measurement. */
uint64_t nextRandom(uint64_t &rng)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return Base + (rng & (GiB - 1));
}
} // namespace

std::string ThroughputScenario::name(Kind kind)
{
    switch (kind) {
    case Kind::L1Hit: return "L1 TLB hit";
    case Kind::L2Hit: return "L2 TLB hit";
    case Kind::RandomGiB: return "uniform random over 1 GiB of 4 KiB pages";
    }
    return {};
}

ThroughputScenario::ThroughputScenario(Kind kind, const MachineConfig &machine)
    : m_kind(kind)
    , m_system(std::make_unique<System>(machine, MmuOptions{false}))
{
    const uint64_t pages = kind == Kind::L1Hit ? 32 : kind == Kind::L2Hit ? 1024 : GiB / Page;
    Mapping m;
    m.name = "bench";
    m.start = Base;
    m.length = pages * Page;
    m.perms = Permissions{.write = true, .execute = false, .user = true};
    m.pageSize = Page;
    if (auto r = m_system->addMapping(m); !r)
        throw std::runtime_error(r.error().message());
    if (kind != Kind::RandomGiB)
        for (uint64_t p = 0; p < pages; ++p)
            m_cycle.push_back(Base + p * Page + (p * 64) % Page);
    for (uint64_t &va : m_ahead)
        va = nextRandom(m_rng);
    // The scenarios measure translations, not page faults: every page must be mapped now.
    if (!m_system->mmu().translate(Base, AccessType::Read, Privilege::User).ok())
        throw std::runtime_error("throughput scenario: the benchmark pages are not mapped");
    run(pages * 2); // warm the TLBs and caches
}

ThroughputScenario::~ThroughputScenario() = default;

uint64_t ThroughputScenario::run(uint64_t count)
{
    // The MMU itself translates: System::translate only forwards to it. Loop state lives in
    // locals, which the calls cannot touch, and goes back to the members at the end.
    Mmu &mmu = m_system->mmu();
    Translation t; // filled in place, as the kernel does
    uint64_t sum = 0;
    if (m_kind == Kind::RandomGiB) {
        uint64_t rng = m_rng;
        std::array<uint64_t, Ahead> ahead = m_ahead;
        size_t next = m_next;
        for (uint64_t i = 0; i < count; ++i) {
            const uint64_t upcoming = nextRandom(rng);
            mmu.prefetch(upcoming);
            const uint64_t va = ahead[next];
            ahead[next] = upcoming;
            next = (next + 1) % Ahead;
            mmu.translate(t, va, AccessType::Read, Privilege::User);
            sum += t.physical;
        }
        m_rng = rng;
        m_ahead = ahead;
        m_next = next;
        return sum;
    }
    const uint64_t *cycle = m_cycle.data();
    const size_t n = m_cycle.size();
    size_t next = m_next;
    for (uint64_t i = 0; i < count; ++i) {
        mmu.translate(t, cycle[next], AccessType::Read, Privilege::User);
        sum += t.physical;
        if (++next == n)
            next = 0;
    }
    m_next = next;
    return sum;
}

} // namespace mmu
