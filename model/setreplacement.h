// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineconfig.h"

#include <cstdint>
#include <vector>

namespace mmu {

/**
 * Replacement state for every set of a set-associative structure (TLB or cache): LRU and FIFO
 * keep an order stamp per way, tree-PLRU keeps ways-1 bits per set, random a seeded xorshift.
 * Callers fill invalid ways before they ask for a victim.
 */
class SetReplacement {
public:
    SetReplacement(ReplacementKind kind, uint32_t sets, uint32_t ways, uint64_t seed = 1);

    void touch(uint32_t set, uint32_t way);  ///< a hit
    void insert(uint32_t set, uint32_t way); ///< a fill
    uint32_t victim(uint32_t set);           ///< the way to evict from a full set
    /** 0 = most recently used … ways-1 = next victim (LRU/FIFO order; PLRU and random approximate). */
    uint32_t rank(uint32_t set, uint32_t way) const;
    void reset();

private:
    ReplacementKind m_kind;
    uint32_t m_ways;
    std::vector<uint64_t> m_stamps; ///< sets × ways
    std::vector<uint64_t> m_plru;   ///< one bit tree per set
    uint64_t m_clock = 0;
    uint64_t m_rng;
    uint64_t m_seed;
};

} // namespace mmu
