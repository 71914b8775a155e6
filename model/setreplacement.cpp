// SPDX-License-Identifier: GPL-3.0-or-later
#include "setreplacement.h"

#include <algorithm>

namespace mmu {

SetReplacement::SetReplacement(ReplacementKind kind, uint32_t sets, uint32_t ways, uint64_t seed)
    : m_kind(kind)
    , m_ways(ways)
    , m_stamps(static_cast<size_t>(sets) * ways, 0)
    , m_plru(kind == ReplacementKind::TreePlru ? sets : 0, 0)
    , m_rng(seed ? seed : 1)
    , m_seed(seed ? seed : 1)
{
}

void SetReplacement::reset()
{
    std::fill(m_stamps.begin(), m_stamps.end(), 0);
    std::fill(m_plru.begin(), m_plru.end(), 0);
    m_clock = 0;
    m_rng = m_seed;
}

namespace {

uint32_t plruFollow(uint64_t bits, uint32_t ways)
{
    uint32_t node = 0;
    uint32_t lo = 0;
    uint32_t hi = ways;
    while (hi - lo > 1) {
        const uint32_t mid = (lo + hi) / 2;
        if ((bits >> node) & 1) {
            node = 2 * node + 2;
            lo = mid;
        } else {
            node = 2 * node + 1;
            hi = mid;
        }
    }
    return lo;
}

} // namespace

/** Tree-PLRU over `ways` leaves: node i has children 2i+1, 2i+2; bit = 1 means "victim is right". */
void SetReplacement::plruPointAway(uint64_t &bits, uint32_t way) const
{
    const uint32_t ways = m_ways;
    uint32_t node = 0;
    uint32_t lo = 0;
    uint32_t hi = ways;
    while (hi - lo > 1) {
        const uint32_t mid = (lo + hi) / 2;
        if (way < mid) {
            bits |= uint64_t{1} << node; // accessed left: point right
            node = 2 * node + 1;
            hi = mid;
        } else {
            bits &= ~(uint64_t{1} << node);
            node = 2 * node + 2;
            lo = mid;
        }
    }
}

uint32_t SetReplacement::treeOrRandomVictim(uint32_t set)
{
    if (m_kind == ReplacementKind::TreePlru)
        return plruFollow(m_plru[set], m_ways);
    // xorshift64* (Vigna): deterministic for a given seed.
    m_rng ^= m_rng >> 12;
    m_rng ^= m_rng << 25;
    m_rng ^= m_rng >> 27;
    return static_cast<uint32_t>((m_rng * 0x2545F4914F6CDD1DULL) >> 32) % m_ways;
}

uint32_t SetReplacement::rank(uint32_t set, uint32_t way) const
{
    const uint64_t *s = &m_stamps[static_cast<size_t>(set) * m_ways];
    uint32_t newer = 0;
    for (uint32_t w = 0; w < m_ways; ++w)
        if (s[w] > s[way])
            ++newer;
    return newer;
}

} // namespace mmu
