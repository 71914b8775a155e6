// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineconfig.h"

#include <cstdint>
#include <vector>

namespace mmu {

/**
 * The data caches that page-walk reads go through (L1D, L2, L3, then DRAM). Each level is
 * set-associative with LRU; a read is served by the first level that holds the line and
 * costs that level's latency; a miss fills the line into every level above (inclusive).
 * Only the walker's own accesses are modelled: program data does not pollute these caches.
 */
class CacheHierarchy {
public:
    struct Access {
        int level = 0;   ///< index into the machine's caches; == cacheCount() means DRAM
        uint32_t cycles = 0;
    };

    CacheHierarchy(const std::vector<CacheConfig> &caches, uint32_t dramLatency);

    Access access(uint64_t paddr);
    /** Brings the host memory of the sets `paddr` maps to into the host's caches; changes nothing (Mmu::prefetch). */
    void prefetch(uint64_t paddr) const
    {
        for (const Level &l : m_levels) {
            const uint64_t *row = l.row(paddr >> l.lineShift);
            __builtin_prefetch(row);
            __builtin_prefetch(row + l.ways - 1); // a 16-way row of an L3 spans two host lines
        }
    }
    int cacheCount() const { return static_cast<int>(m_levels.size()); }
    const CacheConfig &config(int level) const { return m_levels[static_cast<size_t>(level)].config; }
    uint32_t dramLatency() const { return m_dramLatency; }
    /** Removes a line from every level (a page-table frame freed and reused). */
    void invalidateLine(uint64_t paddr);
    void flush();

private:
    /**
     * One cache level. Each set's row lists its lines most recently used first, valid lines
     * before empty ones: exact LRU with no stamps to store and no victim to search (the
     * victim of a full set is its last way), which halves the memory the simulator touches
     * per access on the large L3.
     */
    struct Level {
        CacheConfig config;
        uint64_t setMask; ///< sets - 1
        uint32_t ways;
        int lineShift;
        uint32_t latency;
        std::vector<uint64_t> tags; ///< sets × ways, line number + 1 (0 = invalid)

        uint64_t *row(uint64_t line) { return &tags[static_cast<size_t>(line & setMask) * ways]; }
        const uint64_t *row(uint64_t line) const { return &tags[static_cast<size_t>(line & setMask) * ways]; }
    };

    std::vector<Level> m_levels;
    uint32_t m_dramLatency;
};

} // namespace mmu
