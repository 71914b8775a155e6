// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachehierarchy.h"
#include "machineconfig.h"
#include "missclassifier.h"
#include "pageentry.h"
#include "pagingformat.h"
#include "physicalmemory.h"
#include "step.h"
#include "tlb.h"
#include "walkcache.h"

#include <array>
#include <cstdint>
#include <vector>

namespace mmu {

/** Counters the MMU keeps over its life; a replay summary reads them. */
struct MmuCounters {
    struct PerTlb {
        uint64_t hits = 0;
        uint64_t misses = 0;
        uint64_t compulsory = 0;
        uint64_t capacity = 0;
        uint64_t conflict = 0;
    };
    std::vector<PerTlb> tlbs;            ///< one per TLB array, in machine order
    std::vector<uint64_t> walkCacheHits; ///< one per walk cache
    uint64_t translations = 0;
    uint64_t walks = 0;
    uint64_t walkCycles = 0;
    uint64_t entryReads = 0;
    uint64_t cycles = 0;
};

struct MmuOptions {
    /** Run a fully associative shadow per TLB to class misses (costs time on every access). */
    bool classifyMisses = true;
};

/**
 * The translation hardware of DESIGN §2.3: canonical check, the TLB hierarchy level by level,
 * the paging-structure caches, and the page walk whose every entry read goes through the
 * data caches. The walk reads real entries from physical memory at table base + index × entry
 * size, stops at a leaf, checks permissions across all levels and sets A and D as the Intel
 * SDM vol. 3 §4.8 describes. Every step carries its cycles and a translation's cycles are
 * exactly their sum. With `steps` given each step is recorded; without, the same code runs
 * and records nothing (the fast path).
 */
class Mmu {
public:
    static constexpr int MaxTlbs = 16;
    /** Every format's entries are read through decodeEntry(), markAccessed() and markDirty() (issue 10). */
    static constexpr bool DecodesEntries = true;
    static constexpr size_t MaxWalkCaches = 64;

    Mmu(const PagingFormat &format, PhysicalMemory &memory, const MachineConfig &machine, MmuOptions options = {});
    /** An MMU without TLBs, walk caches or data caches: every entry access costs `memoryLatency`. */
    Mmu(const PagingFormat &format, PhysicalMemory &memory, uint64_t memoryLatency);

    const PagingFormat &format() const { return *m_format; }
    void setRoot(uint64_t cr3) { m_root = cr3; }
    uint64_t root() const { return m_root; }
    void setPcid(uint16_t pcid) { m_pcid = pcid; }
    uint16_t pcid() const { return m_pcid; }

    Translation translate(uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps = nullptr)
    {
        Translation t;
        translate(t, va, type, privilege, steps);
        return t;
    }
    /**
     * translate() into `t`, which is overwritten. The kernel keeps its Translation and has it
     * filled in place: returning one that was then copied took a third of a sequential
     * replay's time. Inline so that the fast path costs one call, not two.
     */
    [[gnu::always_inline]] void translate(Translation &t, uint64_t va, AccessType type, Privilege privilege,
                   std::vector<Step> *steps = nullptr)
    {
        if (steps)
            translateImpl<true>(t, va, type, privilege, steps);
        else if (const FastProbe first = probeFast(t, va, type, privilege); first != FastProbe::Hit)
            translateImpl<false>(t, va, type, privilege, nullptr, first == FastProbe::FirstMissed);
    }
    /**
     * A hint that `va` will be translated soon: brings the host memory its translation will
     * touch (the TLB sets, the entry the walk will read and that entry's data-cache sets) into
     * the host's caches, so that a replay overlaps the host cache misses of several accesses.
     * Reads the page tables without setting A or D, and changes no state of the model.
     */
    void prefetch(uint64_t va) const;

    /** INVLPG: drops `va` from every TLB (this PCID and global) and empties the walk caches (SDM §4.10.4.1). */
    void invlpg(uint64_t va);
    /** MOV to CR3 without PCID preservation: drops all non-global TLB entries and the walk caches. */
    void flushTlbs(bool keepGlobal = true);
    /** A page-table frame was freed: its lines leave the data caches so a reused frame reads fresh. */
    void forgetTableFrame(uint64_t framePhys, uint64_t bytes);

    const std::vector<Tlb> &tlbs() const { return m_tlbs; }
    const std::vector<WalkCache> &walkCaches() const { return m_walkCaches; }
    const CacheHierarchy &caches() const { return m_caches; }
    const MmuCounters &counters() const { return m_counters; }
    void resetCounters();

private:
    /** The TLB arrays of one level: probed in parallel, charged the slowest array's latency. */
    struct TlbGroup {
        int first = 0;  ///< first position in m_probeOrder
        int count = 0;
        int level = 0;  ///< the machine's level number (1, 2, …)
        uint32_t latency = 0;
        uint64_t latencyThrough = 0; ///< the latencies of this level and all before it
    };

    /** Which TLB arrays saw a reference, and which of those missed: a bit per array. */
    struct ProbedArrays {
        uint32_t probed = 0;
        uint32_t missed = 0;
    };

    /** What the TLB hierarchy did with one reference. */
    struct TlbProbe {
        const TlbEntry *hit = nullptr; ///< the first hit, on the lowest level that hit
        int hitShift = 0;              ///< log2 of its page size
        uint32_t probed = 0;           ///< bit per TLB array that saw the reference
        uint32_t missed = 0;           ///< bit per probed array that missed
        int hitGroup = -1;
        int hitStep = -1;              ///< recording: index of the hit's lookup step
    };

    /** The entry bits the walker reads (0 where the format has no such bit). */
    struct EntryBits {
        uint64_t present = 0;
        uint64_t writable = 0;
        uint64_t user = 0;
        uint64_t accessed = 0;
        uint64_t dirty = 0;
        uint64_t global = 0;
        uint64_t noExecute = 0;
    };

    /** What the walker needs to know about one paging level, worked out once from the format. */
    struct LevelWalk {
        int indexShift = 0;
        uint64_t indexMask = 0;
        bool last = false;           ///< the last level: its entries are always leaves
        uint64_t pageSizeBit = 0;    ///< PS, where a leaf may end the walk early; 0 elsewhere
        uint64_t leafFrameMask = 0;  ///< the frame bits of a leaf at this level
        uint64_t pageSize = 0;       ///< the size a leaf at this level maps
        int pageShift = 0;           ///< log2(pageSize)
        uint64_t walkCaches = 0;     ///< bit per walk cache that caches this level's entries
    };

    /** What probeFast() found. */
    enum class FastProbe {
        Hit,         ///< translated: `t` holds the result
        FirstMissed, ///< the array probed first cannot hold `va`: the general path starts after it
        Unknown,     ///< changed nothing: the general path does it all
    };
    /**
     * The commonest translations, done inline with what they need and nothing else: a hit in
     * the array probed first, or (that array having missed) a hit in the first array of the
     * second level whose page the first array alone holds on the first level. translateImpl()
     * would give the same result, counters and replacement state (tests/model/fastpath_test.cpp
     * compares them). A miss in the first array is handed on so that the general path does
     * not probe it again. Anything else (a hit that faults or must set D; a machine or a page
     * size where a hit needs more: miss classification, another array of the level holding the
     * same page size, an occupied array of the first level that the shortcut would skip) goes
     * to the general path, and this changes nothing.
     */
    [[gnu::always_inline]] FastProbe probeFast(Translation &t, uint64_t va, AccessType type, Privilege privilege)
    {
        if (!m_fast.first || !isCanonical(va))
            return FastProbe::Unknown;
        Tlb::Slot missed; // where the first array looked
        if (m_occupied & m_fast.first) {
            Tlb &tlb = m_tlbs[static_cast<size_t>(m_fast.firstIndex)];
            const Tlb::Slot slot = tlb.peekFirstSize(va, m_pcid);
            if (slot.entry) {
                if (!allowsFast(*slot.entry, type, privilege))
                    return FastProbe::Unknown;
                tlb.touch(slot.set, slot.way);
                fastHit(t, va, type, privilege, *slot.entry, m_fast.firstIndex, 0);
                return FastProbe::Hit;
            }
            if (!tlb.holdsOnlyFirstSize())
                return FastProbe::Unknown;
            missed = slot;
        }
        if (!(m_occupied & m_fast.second) || (m_occupied & m_fast.firstLevelOthers))
            return FastProbe::FirstMissed;
        Tlb &tlb = m_tlbs[static_cast<size_t>(m_fast.secondIndex)];
        const Tlb::Slot slot = tlb.peekFirstSize(va, m_pcid);
        if (!slot.entry || !allowsFast(*slot.entry, type, privilege))
            return FastProbe::FirstMissed;
        tlb.touch(slot.set, slot.way);
        // The first array missed a page it holds: a miss there, and the page is filled into it.
        if (m_fast.fillFirst) {
            ++m_counters.tlbs[static_cast<size_t>(m_fast.firstIndex)].misses;
            Tlb &first = m_tlbs[static_cast<size_t>(m_fast.firstIndex)];
            // The first array looked where this page goes when it was occupied (and of the size).
            if (missed.key && m_fast.sameFirstSize)
                first.fillMissingAt(missed, *slot.entry);
            else
                first.fillMissing(va, *slot.entry);
            m_occupied |= m_fast.first;
        }
        fastHit(t, va, type, privilege, *slot.entry, m_fast.secondIndex, 1);
        return FastProbe::Hit;
    }
    /** The permissions an access needs that the combined entry bits do not grant (a Violation bit set). */
    static uint8_t violationOf(AccessType type, Privilege privilege, bool writable, bool userOk, bool executable)
    {
        uint8_t v = ViolationNone;
        if (privilege == Privilege::User && !userOk)
            v |= ViolationUser;
        if (type == AccessType::Write && !writable)
            v |= ViolationWrite;
        if (type == AccessType::Execute && !executable)
            v |= ViolationExecute;
        return v;
    }
    /** A cached entry allows the access without a fault or a D update. */
    static bool allowsFast(const TlbEntry &e, AccessType type, Privilege privilege)
    {
        return !violationOf(type, privilege, e.writable, e.user, e.executable) && (type != AccessType::Write || e.dirty);
    }
    /** The result and counters of a TLB hit in array `index` of TLB level group `group`. */
    void fastHit(Translation &t, uint64_t va, AccessType type, Privilege privilege, const TlbEntry &e, int index,
                 int group)
    {
        const TlbGroup &g = m_groups[static_cast<size_t>(group)];
        ++m_counters.translations;
        ++m_counters.tlbs[static_cast<size_t>(index)].hits;
        m_counters.cycles += g.latencyThrough;
        t = Translation{};
        t.va = va;
        t.type = type;
        t.privilege = privilege;
        t.tlbHitLevel = g.level;
        t.pageSize = e.pageSize;
        t.leafLevel = e.leafLevel;
        t.physical = e.frame | (va & (e.pageSize - 1));
        t.cycles = g.latencyThrough;
    }

    /**
     * One implementation for both paths: with `Record` every step is appended to `*steps`;
     * without, `steps` is null and the compiler drops the recording code (the fast path).
     */
    template <bool Record>
    void translateImpl(Translation &t, uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps,
                       bool firstMissed = false);
    /**
     * Probes the TLB levels in order until one hits; with `firstMissed` the array probed first
     * is known to miss (probeFirstArray()) and is not probed again.
     */
    template <bool Record>
    TlbProbe probeTlbs(uint64_t va, int *missStep, std::vector<Step> *steps, bool firstMissed);
    /** Probes one TLB array: counts its hit or marks its miss; `chargedCycles` is what its step costs. */
    template <bool Record>
    const TlbEntry *probeArray(int index, uint64_t va, uint32_t chargedCycles, TlbProbe &probe, int *missStep,
                               std::vector<Step> *steps);
    /** The page walk after the TLBs missed; out of line so that the TLB-hit path stays small. */
    template <bool Record>
    [[gnu::noinline]] void walk(uint64_t va, Translation &t, ProbedArrays probes, const int *missStep,
                                std::vector<Step> *steps);
    template <bool Record>
    void fillTlbs(uint64_t va, const TlbEntry &entry, int uptoGroup, uint32_t missed, std::vector<Step> *steps);
    /** Counts the misses of a reference to a page of 2^shift bytes and, when enabled, classes them. */
    template <bool Record>
    void classify(uint64_t va, int shift, ProbedArrays probes, const int *missStep, std::vector<Step> *steps);
    template <bool Record>
    void classifyMisses(uint64_t va, int shift, uint32_t relevant, uint32_t missed, const int *missStep,
                        std::vector<Step> *steps);
    template <bool Record>
    void protectionFault(Translation &t, uint8_t violation, int level, std::vector<Step> *steps);
    void arrangeTlbs(const MachineConfig &machine);
    void arrangeFastPath(const MachineConfig &machine);
    /** Recomputes m_occupied after entries were dropped. */
    void noteEmptiedTlbs();
    void setUpLevels(const PagingFormat &format);

    /**
     * decodeEntry() (the fields the walker reads), markAccessed() and markDirty() (pageentry.h)
     * for the walker. Most walks are x86-64 walks: those entries are decoded here, with the
     * masks of each level worked out once; every other style goes to pageentry.cpp.
     */
    DecodedEntry decode(int level, uint64_t raw) const
    {
        if (!m_x86Entries)
            return decodeEntry(*m_format, level, raw);
        const LevelWalk &lw = m_levelWalk[static_cast<size_t>(level)];
        DecodedEntry d;
        d.present = raw & m_bits.present;
        d.writable = raw & m_bits.writable;
        d.user = raw & m_bits.user;
        d.accessed = raw & m_bits.accessed;
        d.pageSize = raw & lw.pageSizeBit;
        d.leaf = lw.last || d.pageSize;
        d.dirty = d.leaf && (raw & m_bits.dirty);
        d.global = d.leaf && (raw & m_bits.global);
        d.noExecute = raw & m_bits.noExecute;
        d.frame = raw & (d.leaf ? lw.leafFrameMask : m_tableFrameMask);
        return d;
    }
    /** The entry after the walker used it (A). */
    uint64_t markUsed(int level, uint64_t raw) const
    {
        return m_x86Entries ? raw | m_bits.accessed : markAccessed(*m_format, level, raw);
    }
    /** The leaf after the walker recorded a write through it (D); only ever asked of a leaf. */
    uint64_t markWritten(int level, uint64_t raw) const
    {
        return m_x86Entries ? raw | m_bits.dirty : markDirty(*m_format, level, raw);
    }

    /** PagingFormat::isCanonical with the masks worked out once. */
    bool isCanonical(uint64_t va) const
    {
        const uint64_t low = va & m_vaLowMask;
        return ((va & m_vaSignBit) ? low | m_vaUpperBits : low) == va;
    }

    const PagingFormat *m_format;
    PhysicalMemory *m_memory;
    uint64_t m_vaLowMask = ~uint64_t{0}; ///< the translated bits
    uint64_t m_vaSignBit = 0;            ///< the bit that is sign-extended, 0 when none is
    uint64_t m_vaUpperBits = 0;          ///< the bits a set sign bit must set
    std::vector<Tlb> m_tlbs;
    int m_tlbCount = 0;
    /**
     * Bit per TLB array that may hold an entry: set by every fill, recomputed when entries are
     * dropped. The fast path does not even look at an array whose bit is clear.
     */
    uint32_t m_occupied = 0;
    /** What probeFast() may do on this machine, worked out once (arrangeTlbs()). */
    struct FastPath {
        uint32_t first = 0;  ///< bit of the array probed first, when probeFast() may serve its hits; else 0
        int firstIndex = 0;
        uint32_t second = 0; ///< bit of the first array of level 2, when its hits may be served; else 0
        int secondIndex = 0;
        uint32_t firstLevelOthers = 0; ///< the other arrays of level 1: occupied, they must be probed
        bool fillFirst = false;        ///< a level-2 hit counts a miss in and fills the first array
        bool sameFirstSize = false;    ///< the two arrays look up the same page size first
    };
    FastPath m_fast;
    std::array<TlbGroup, MaxTlbs> m_groups{}; ///< level 1 first
    int m_groupCount = 0;
    uint64_t m_tlbLatency = 0; ///< what a reference that misses every level pays
    std::array<int, MaxTlbs> m_probeOrder{};  ///< TLB array indices grouped by level, machine order inside
    std::array<uint32_t, MaxTlbs> m_laterInGroup{}; ///< per TLB array: bit per array probed after it on its level
    std::array<int, MaxTlbs> m_groupOf{};     ///< per position in m_probeOrder: its group
    uint32_t m_firstOfGroup = 0;              ///< bit per position in m_probeOrder that starts a group
    std::array<uint32_t, 64> m_servingMask{}; ///< per log2(page size): bit per TLB array that holds it
    std::array<uint32_t, 64> m_servingPositions{}; ///< the same, a bit per position in m_probeOrder
    bool m_x86Entries = false; ///< x86-64 entries (EntryStyle::X86): decoded with m_bits and m_levelWalk
    EntryBits m_bits;
    uint64_t m_entryBytes = 8;
    uint64_t m_tableFrameMask = 0;       ///< the frame bits of an entry that points to a table
    std::vector<LevelWalk> m_levelWalk;  ///< root first
    std::vector<WalkCache> m_walkCaches;       ///< in machine order
    std::vector<int> m_walkCacheProbeOrder;    ///< indices into m_walkCaches, deepest level first
    uint32_t m_walkCacheLatency = 0;
    CacheHierarchy m_caches;
    std::vector<MissClassifier> m_classifiers;
    MmuOptions m_options;
    MmuCounters m_counters;
    uint64_t m_root = 0;
    uint16_t m_pcid = 0;
};

} // namespace mmu
