// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineconfig.h"

#include <cstdint>
#include <vector>

namespace mmu {

/**
 * A paging-structure cache (Intel SDM vol. 3 §4.10.3) for the entries of one upper level:
 * it maps the virtual-address bits that index that level and all levels above it to the
 * physical address of the next table, with the permissions combined so far. A hit lets the
 * walk skip every level down to and including this one. Fully associative, LRU.
 */
class WalkCache {
public:
    struct Entry {
        uint64_t tag = 0;       ///< va >> (index low bit of this level)
        uint64_t nextTable = 0; ///< physical address of the table one level down
        uint16_t pcid = 0;
        bool valid = false;
        bool writable = false;
        bool user = false;
        bool executable = false;
        uint64_t stamp = 0;
    };

    WalkCache(const WalkCacheConfig &config, int level, int indexLo);

    const WalkCacheConfig &config() const { return m_config; }
    int level() const { return m_level; }
    uint64_t tagFor(uint64_t va) const { return va >> m_indexLo; }

    /** The entry for `va`, or nullptr; a hit makes it most recently used. */
    const Entry *lookup(uint64_t va, uint16_t pcid);
    void insert(uint64_t va, uint16_t pcid, uint64_t nextTable, bool writable, bool user, bool executable);
    void flush() { for (Entry &e : m_entries) e.valid = false; }
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    WalkCacheConfig m_config;
    int m_level;
    int m_indexLo;
    std::vector<Entry> m_entries;
    uint64_t m_clock = 0;
};

} // namespace mmu
