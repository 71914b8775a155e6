// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineconfig.h"

#include <cstdint>
#include <vector>

namespace mmu {

/**
 * Replacement state for every set of a set-associative TLB: LRU and FIFO keep an order stamp
 * per way, tree-PLRU keeps ways-1 bits per set, random a seeded xorshift. Callers fill
 * invalid ways before they ask for a victim.
 */
class SetReplacement {
public:
    SetReplacement(ReplacementKind kind, uint32_t sets, uint32_t ways, uint64_t seed = 1);

    ReplacementKind kind() const { return m_kind; }
    /** A hit. Inline: it runs on every TLB hit of the translation fast path. */
    void touch(uint32_t set, uint32_t way)
    {
        if (m_kind == ReplacementKind::Lru) {
            m_stamps[static_cast<size_t>(set) * m_ways + way] = ++m_clock;
        } else if (m_kind == ReplacementKind::TreePlru) {
            plruPointAway(m_plru[set], way);
            m_stamps[static_cast<size_t>(set) * m_ways + way] = ++m_clock;
        }
        // FIFO and random ignore hits.
    }
    /** A fill. */
    void insert(uint32_t set, uint32_t way)
    {
        m_stamps[static_cast<size_t>(set) * m_ways + way] = ++m_clock;
        if (m_kind == ReplacementKind::TreePlru)
            plruPointAway(m_plru[set], way);
    }
    /** The way to evict from a full set. LRU and FIFO (the oldest stamp) inline: every TLB fill asks. */
    uint32_t victim(uint32_t set)
    {
        if (m_kind != ReplacementKind::Lru && m_kind != ReplacementKind::Fifo)
            return treeOrRandomVictim(set);
        // The oldest stamp so far stays in a register: reading s[best] back made each step
        // wait for the load of the previous one.
        const uint64_t *s = &m_stamps[static_cast<size_t>(set) * m_ways];
        if (m_ways == 4) {
            // The commonest L1 geometry: two pairs, then the older of their winners.
            const uint64_t s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3];
            const bool right = s1 < s0;
            const bool rightOfSecond = s3 < s2;
            const uint64_t first = right ? s1 : s0;
            const uint64_t second = rightOfSecond ? s3 : s2;
            return second < first ? 2u + rightOfSecond : 0u + right;
        }
        uint32_t best = 0;
        uint64_t oldest = s[0];
        for (uint32_t w = 1; w < m_ways; ++w) {
            const bool older = s[w] < oldest;
            best = older ? w : best;
            oldest = older ? s[w] : oldest;
        }
        return best;
    }
    /** Brings a set's replacement state into the host's caches (Tlb::prefetch); changes nothing. */
    void prefetch(uint32_t set) const
    {
        const uint64_t *stamps = &m_stamps[static_cast<size_t>(set) * m_ways];
        __builtin_prefetch(stamps);
        __builtin_prefetch(stamps + m_ways - 1);
    }
    /** 0 = most recently used … ways-1 = next victim (LRU/FIFO order; PLRU and random approximate). */
    uint32_t rank(uint32_t set, uint32_t way) const;
    void reset();

private:
    void plruPointAway(uint64_t &bits, uint32_t way) const;
    uint32_t treeOrRandomVictim(uint32_t set);

    ReplacementKind m_kind;
    uint32_t m_ways;
    std::vector<uint64_t> m_stamps; ///< sets × ways
    std::vector<uint64_t> m_plru;   ///< one bit tree per set
    uint64_t m_clock = 0;
    uint64_t m_rng;
    uint64_t m_seed;
};

} // namespace mmu
