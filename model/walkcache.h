// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineconfig.h"

#include <array>
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

    /** The entry for `va`, or nullptr; a hit makes it most recently used. Inline: every walk asks. */
    const Entry *lookup(uint64_t va, uint16_t pcid)
    {
        const uint64_t tag = tagFor(va);
        if (m_tagCount[bucketOf(tag)] == 0) {
            rememberAbsent(tag, pcid); // no valid entry has a tag in this bucket: no search
            return nullptr;
        }
        for (uint32_t i = 0; i < m_valid; ++i) {
            if (m_tags[i] == tag && m_entries[i].pcid == pcid) {
                makeNewest(i);
                return &m_entries[i];
            }
        }
        rememberAbsent(tag, pcid);
        return nullptr;
    }
    void insert(uint64_t va, uint16_t pcid, uint64_t nextTable, bool writable, bool user, bool executable);
    void flush();
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    static constexpr uint32_t None = 0xffffffffu;
    /** Links of the recency list, most recently used first. */
    struct Links {
        uint32_t newer = None;
        uint32_t older = None;
    };

    static size_t bucketOf(uint64_t tag) { return static_cast<size_t>(tag) & (TagBuckets - 1); }
    void rememberAbsent(uint64_t tag, uint16_t pcid)
    {
        m_absentTag = tag;
        m_absentPcid = pcid;
        m_absentKnown = true;
    }
    void unlink(uint32_t i);
    void pushNewest(uint32_t i);
    /** Stamps entry `i` and moves it to the front of the recency list. */
    void makeNewest(uint32_t i)
    {
        m_entries[i].stamp = ++m_clock;
        if (m_newest != i) {
            unlink(i);
            pushNewest(i);
        }
    }

    WalkCacheConfig m_config;
    int m_level;
    int m_indexLo;
    std::vector<Entry> m_entries;
    // Entries are only ever invalidated all at once (flush) and invalid ones are filled first,
    // lowest index first, so the valid entries are always [0, m_valid). The recency list
    // orders them as their stamps do: its oldest entry is the LRU victim, found without a scan.
    std::vector<uint64_t> m_tags; ///< per entry: its tag (valid entries only); what a lookup scans
    std::vector<Links> m_links;
    // How many valid entries have a tag in each bucket (low tag bits): most lookups that miss
    // find an empty bucket and skip the search. Neighbouring tags fall in different buckets.
    static constexpr size_t TagBuckets = 256;
    std::array<uint16_t, TagBuckets> m_tagCount{};
    uint32_t m_valid = 0;
    uint32_t m_newest = None;
    uint32_t m_oldest = None;
    uint64_t m_clock = 0;
    // What the last lookup found missing, until the next insert: the walker inserts right
    // after its lookup missed, and then the search for the same tag is known to fail.
    uint64_t m_absentTag = 0;
    uint16_t m_absentPcid = 0;
    bool m_absentKnown = false;
};

} // namespace mmu
