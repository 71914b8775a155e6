// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineconfig.h"
#include "setreplacement.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace mmu {

/** One cached translation. Permissions are the combination over all levels of the walk. */
struct TlbEntry {
    uint64_t vpn = 0;   ///< virtual address >> log2(page size)
    uint64_t frame = 0; ///< physical address of the page
    uint64_t pageSize = 0;
    uint16_t pcid = 0;
    int8_t leafLevel = -1; ///< paging level of the leaf that maps the page
    bool valid = false;
    bool global = false;
    bool writable = false;
    bool user = false;
    bool executable = false;
    bool dirty = false;
};

/**
 * A set-associative TLB array (DESIGN §2.3). It may hold several page sizes; for each it
 * indexes the set with the low bits of the virtual page number at that size, so a lookup
 * probes one set per page size. Entries carry a PCID unless global.
 */
class Tlb {
public:
    struct Lookup {
        bool hit = false;
        uint32_t set = 0;  ///< the set of the hit, or of the smallest page size on a miss
        int way = -1;
        const TlbEntry *entry = nullptr;
    };
    struct Fill {
        uint32_t set = 0;
        uint32_t way = 0;
        bool evicted = false;
        TlbEntry victim; ///< the entry that was replaced, when evicted
    };

    Tlb(const TlbConfig &config, uint64_t seed = 1);

    const TlbConfig &config() const { return m_config; }
    uint32_t sets() const { return m_sets; }
    uint32_t ways() const { return m_config.ways; }
    bool serves(uint64_t pageSize) const { return (m_sizeMask & pageSize) != 0; }
    uint32_t setFor(uint64_t va, uint64_t pageSize) const;

    /** Looks `va` up in every page size this TLB holds; a hit updates the replacement state. */
    Lookup lookup(uint64_t va, uint16_t pcid);
    /** Fills a translation; invalid ways first, otherwise the policy's victim. */
    Fill insert(uint64_t va, const TlbEntry &entry);
    /** INVLPG: drops every entry (any size, this PCID or global) that translates `va`. Returns how many. */
    int invalidate(uint64_t va, uint16_t pcid);
    /** Drops every entry of a PCID (global entries stay), or every entry when `all`. */
    void flush(bool keepGlobal, std::optional<uint16_t> onlyPcid = std::nullopt);

    const TlbEntry &entry(uint32_t set, uint32_t way) const { return m_entries[static_cast<size_t>(set) * ways() + way]; }
    uint32_t rank(uint32_t set, uint32_t way) const { return m_replacement.rank(set, way); }
    uint64_t validEntries() const;

private:
    TlbEntry &slot(uint32_t set, uint32_t way) { return m_entries[static_cast<size_t>(set) * ways() + way]; }

    static uint64_t keyOf(uint64_t vpn, int shift) { return (vpn << 7) | (static_cast<uint64_t>(shift) << 1) | 1; }

    TlbConfig m_config;
    uint32_t m_sets;
    uint64_t m_sizeMask = 0;   ///< OR of the page sizes served (each a power of two)
    std::vector<int> m_shifts; ///< log2 of each page size served
    std::vector<TlbEntry> m_entries;
    std::vector<uint64_t> m_keys; ///< per slot: vpn, size and valid packed, 0 = invalid; scanned on lookup
    SetReplacement m_replacement;
};

} // namespace mmu
