// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineconfig.h"
#include "setreplacement.h"

#include <array>
#include <bit>
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
    uint32_t ways() const { return m_ways; }
    bool serves(uint64_t pageSize) const { return (m_sizeMask & pageSize) != 0; }
    uint32_t setFor(uint64_t va, uint64_t pageSize) const
    {
        return static_cast<uint32_t>((va >> std::countr_zero(pageSize)) & (m_sets - 1));
    }

    /**
     * Looks `va` up in every page size this TLB holds; a hit updates the replacement state.
     * Inline because it is most of the cost of a TLB hit on the translation fast path; the
     * first page size is looked up here, further ones (rare: mixed-size arrays) out of line.
     */
    Lookup lookup(uint64_t va, uint16_t pcid)
    {
        if (m_sizeCount == 0)
            return {};
        Lookup result;
        result.set = static_cast<uint32_t>((va >> m_firstShift) & m_setMask);
        // A page size of which no entry is cached cannot hit, and a probe that misses changes
        // nothing: such a probe is skipped.
        if (m_validOfShift[static_cast<size_t>(m_firstShift)] != 0) {
            if (const Slot found = peekFirstSize(va, pcid); found.entry) {
                touch(found.set, found.way);
                result.hit = true;
                result.way = static_cast<int>(found.way);
                result.entry = found.entry;
                return result;
            }
        }
        return holdsOnlyFirstSize() ? result : lookupOtherSizes(va, pcid, result.set);
    }
    /** A cached translation and where it sits. */
    struct Slot {
        const TlbEntry *entry = nullptr; ///< nullptr: not cached
        uint32_t set = 0;
        uint32_t way = 0;
        uint64_t key = 0; ///< what was looked for (fillMissingAt() fills it there)
    };
    /**
     * Where `va` is cached at the first page size this array serves, for `pcid` or globally.
     * Changes nothing: a caller that uses the entry reports the hit with touch(). The array
     * must serve a page size.
     */
    Slot peekFirstSize(uint64_t va, uint16_t pcid) const
    {
        Slot found;
        const uint64_t vpn = va >> m_firstShift;
        found.set = static_cast<uint32_t>(vpn & m_setMask);
        found.key = keyOf(vpn, m_firstShift);
        const size_t row = static_cast<size_t>(found.set) * m_ways;
        const int way = findWay(row, found.key, pcid);
        if (way >= 0) {
            found.way = static_cast<uint32_t>(way);
            found.entry = &m_entries[row + found.way];
        }
        return found;
    }
    /** No entry of a page size other than the first: peekFirstSize() finds all there is. */
    bool holdsOnlyFirstSize() const { return m_valid == m_validOfShift[static_cast<size_t>(m_firstShift)]; }
    /** A hit on the entry in `set`, `way`: updates the replacement state. */
    void touch(uint32_t set, uint32_t way) { m_replacement.touch(set, way); }
    /** lookup() for a caller that only wants the entry (nullptr on a miss). */
    const TlbEntry *find(uint64_t va, uint16_t pcid)
    {
        // A page size of which no entry is cached cannot hit (m_firstShift is NoShift, never
        // counted, when the array serves no size at all).
        if (m_validOfShift[static_cast<size_t>(m_firstShift)] != 0) {
            const Slot found = peekFirstSize(va, pcid);
            if (found.entry) {
                touch(found.set, found.way);
                return found.entry;
            }
        }
        return holdsOnlyFirstSize() ? nullptr : findOtherSizes(va, pcid);
    }
    /** No valid entry at all: every lookup misses (the MMU's fast path skips such a probe). */
    bool empty() const { return m_valid == 0; }
    /** Fills a translation; invalid ways first, otherwise the policy's victim. */
    Fill insert(uint64_t va, const TlbEntry &entry);
    /**
     * insert() of a translation that a lookup of `va` under the entry's PCID has just missed,
     * so it cannot be cached already: the fill skips the search for it. Same result.
     */
    Fill insertMissing(uint64_t va, const TlbEntry &entry) { return fill<true, false>(va, entry); }
    /** insertMissing() for a caller that does not look at the Fill (the fast path): same effect. */
    void fillMissing(uint64_t va, const TlbEntry &entry) { fill<false, false>(va, entry); }
    /**
     * fillMissing() of `entry` after peekFirstSize() missed it (`missed`): the entry must be a
     * page of the first size, so the set and key are the ones that probe worked out.
     */
    [[gnu::always_inline]] void fillMissingAt(const Slot &missed, const TlbEntry &entry)
    {
        fillSlot<false, false>(missed.set, missed.key, m_firstShift, entry);
    }
    /** Brings the host memory of the set `va` maps to at the first page size into the host's caches. */
    void prefetch(uint64_t va) const
    {
        const size_t row = static_cast<size_t>((va >> m_firstShift) & m_setMask) * m_ways;
        __builtin_prefetch(&m_keys[row]);
        __builtin_prefetch(&m_keys[row + m_ways - 1]);
        m_replacement.prefetch(static_cast<uint32_t>(row / m_ways));
    }
    /** INVLPG: drops every entry (any size, this PCID or global) that translates `va`. Returns how many. */
    int invalidate(uint64_t va, uint16_t pcid);
    /** Drops every entry of a PCID (global entries stay), or every entry when `all`. */
    void flush(bool keepGlobal, std::optional<uint16_t> onlyPcid = std::nullopt);

    const TlbEntry &entry(uint32_t set, uint32_t way) const { return m_entries[static_cast<size_t>(set) * ways() + way]; }
    uint32_t rank(uint32_t set, uint32_t way) const { return m_replacement.rank(set, way); }
    uint64_t validEntries() const { return m_valid; }

private:
    TlbEntry &slot(uint32_t set, uint32_t way) { return m_entries[static_cast<size_t>(set) * ways() + way]; }

    /**
     * insert(); inline, and only with `Report` does it copy the victim into the Fill record.
     * Without `MayBeCached` the translation is known not to be cached (insertMissing()).
     */
    template <bool Report, bool MayBeCached>
    Fill fill(uint64_t va, const TlbEntry &entry)
    {
        const int shift = std::countr_zero(entry.pageSize);
        return fillSlot<Report, MayBeCached>(static_cast<uint32_t>((va >> shift) & m_setMask),
                                             keyOf(entry.vpn, shift), shift, entry);
    }
    /** fill() into `set`, where a page of 2^shift bytes with this key belongs. */
    template <bool Report, bool MayBeCached>
    [[gnu::always_inline]] Fill fillSlot(uint32_t set, uint64_t key, int shift, const TlbEntry &entry)
    {
        Fill result;
        result.set = set;
        const size_t row = static_cast<size_t>(set) * m_ways;
        uint32_t way = m_ways;
        // The same translation already cached (e.g. refilled after a D-bit update) is replaced.
        // The packed keys prefilter: a valid entry of the same page has exactly this key.
        for (uint32_t w = 0; MayBeCached && w < m_ways; ++w) {
            if (m_keys[row + w] == key) {
                const TlbEntry &e = m_entries[row + w];
                if (e.vpn == entry.vpn && e.pageSize == entry.pageSize && e.pcid == entry.pcid) {
                    way = w;
                    break;
                }
            }
        }
        // Otherwise the first invalid way, and only a full set evicts.
        if (way == m_ways && m_setValid[result.set] < m_ways) {
            for (way = 0; m_keys[row + way] != 0; ++way) {
            }
        }
        if (way == m_ways) {
            way = m_replacement.victim(result.set);
            result.evicted = true;
            if constexpr (Report)
                result.victim = m_entries[row + way];
            // An entry of the same size replaced leaves the counts as they are.
            const size_t victimShift = shiftOfKey(m_keys[row + way]);
            if (victimShift != static_cast<size_t>(shift)) {
                --m_validOfShift[victimShift];
                ++m_validOfShift[static_cast<size_t>(shift)];
            }
        } else if (m_keys[row + way] == 0) {
            ++m_valid;
            ++m_setValid[result.set];
            ++m_validOfShift[static_cast<size_t>(shift)];
        }
        result.way = way;
        TlbEntry &e = m_entries[row + way];
        e = entry;
        e.valid = true;
        m_keys[row + way] = key;
        m_replacement.insert(result.set, way);
        return result;
    }
    const TlbEntry *findOtherSizes(uint64_t va, uint16_t pcid);
    /** lookup() past the first page size; a miss reports `missSet`, the set of the first size. */
    Lookup lookupOtherSizes(uint64_t va, uint16_t pcid, uint32_t missSet);
    static size_t shiftOf(uint64_t pageSize) { return static_cast<size_t>(std::countr_zero(pageSize)) & 63; }
    static size_t shiftOfKey(uint64_t key) { return static_cast<size_t>(key >> 1) & 63; }
    static uint64_t keyOf(uint64_t vpn, int shift) { return (vpn << 7) | (static_cast<uint64_t>(shift) << 1) | 1; }

    /** The first way of the set starting at slot `row` that holds `key` for `pcid` (or globally), or -1. */
    int findWay(size_t row, uint64_t key, uint16_t pcid) const
    {
        const uint64_t *keys = &m_keys[row];
        uint32_t w = 0;
        do { // an array has at least one way
            // Several entries may share a key under different PCIDs; the lowest way wins.
            if (keys[w] == key) {
                const TlbEntry &e = m_entries[row + w];
                if (e.global || e.pcid == pcid)
                    return static_cast<int>(w);
            }
        } while (++w < m_ways);
        return -1;
    }

    // What a lookup reads comes first, so that it shares cache lines.
    std::vector<uint64_t> m_keys; ///< per slot: vpn, size and valid packed, 0 = invalid; scanned on lookup
    std::vector<TlbEntry> m_entries;
    std::vector<int> m_shifts; ///< log2 of each page size served
    static constexpr int NoShift = 64;
    int m_firstShift = NoShift; ///< m_shifts[0], or NoShift when the array serves no page size
    uint32_t m_sizeCount = 0;  ///< m_shifts.size()
    uint32_t m_sets;
    uint32_t m_ways;
    uint64_t m_setMask; ///< m_sets - 1
    uint64_t m_sizeMask = 0; ///< OR of the page sizes served (each a power of two)
    uint64_t m_valid = 0;    ///< number of valid entries
    /** Per log2(page size): number of valid entries; [NoShift] stays 0. */
    std::array<uint64_t, 65> m_validOfShift{};
    std::vector<uint32_t> m_setValid; ///< per set: number of valid ways
    SetReplacement m_replacement;
    TlbConfig m_config;
};

} // namespace mmu
