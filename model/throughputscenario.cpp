// SPDX-License-Identifier: GPL-3.0-or-later
#include "throughputscenario.h"

#include <stdexcept>

namespace mmu {

namespace {
constexpr uint64_t Base = 0x10000000000; // 1 TiB: clear of the default layout
constexpr uint64_t Page = 4096;
constexpr uint64_t GiB = uint64_t{1} << 30;
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
    run(pages * 2); // warm the TLBs and caches
}

ThroughputScenario::~ThroughputScenario() = default;

uint64_t ThroughputScenario::run(uint64_t count)
{
    uint64_t sum = 0;
    if (m_kind == Kind::RandomGiB) {
        for (uint64_t i = 0; i < count; ++i) {
            // xorshift64: cheap enough not to dominate the measurement.
            m_rng ^= m_rng << 13;
            m_rng ^= m_rng >> 7;
            m_rng ^= m_rng << 17;
            const uint64_t va = Base + (m_rng & (GiB - 1));
            sum += m_system->translate(va, AccessType::Read, Privilege::User).physical;
        }
        return sum;
    }
    const size_t n = m_cycle.size();
    for (uint64_t i = 0; i < count; ++i) {
        sum += m_system->translate(m_cycle[m_next], AccessType::Read, Privilege::User).physical;
        if (++m_next == n)
            m_next = 0;
    }
    return sum;
}

} // namespace mmu
