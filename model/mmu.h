// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cachehierarchy.h"
#include "machineconfig.h"
#include "missclassifier.h"
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

    Mmu(const PagingFormat &format, PhysicalMemory &memory, const MachineConfig &machine, MmuOptions options = {});
    /** An MMU without TLBs, walk caches or data caches: every entry access costs `memoryLatency`. */
    Mmu(const PagingFormat &format, PhysicalMemory &memory, uint64_t memoryLatency);

    const PagingFormat &format() const { return *m_format; }
    void setRoot(uint64_t cr3) { m_root = cr3; }
    uint64_t root() const { return m_root; }
    void setPcid(uint16_t pcid) { m_pcid = pcid; }
    uint16_t pcid() const { return m_pcid; }

    Translation translate(uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps = nullptr);

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
    struct EntryCost {
        uint32_t cycles;
        int8_t servedBy;
    };
    EntryCost memoryAccess(uint64_t paddr);
    void fillTlbs(uint64_t va, const TlbEntry &entry, int uptoLevel, std::vector<Step> *steps);
    void classify(uint64_t va, uint64_t pageSize, uint32_t probed, uint32_t missed, const int *missStep,
                  std::vector<Step> *steps);

    const PagingFormat *m_format;
    PhysicalMemory *m_memory;
    std::vector<Tlb> m_tlbs;
    std::vector<std::vector<int>> m_tlbLevels; ///< TLB array indices grouped by level, level 1 first
    std::vector<uint32_t> m_levelLatency;      ///< per group: the slowest array's latency
    std::array<uint32_t, 64> m_servingMask{};  ///< per log2(page size): bit per TLB array that holds it
    std::vector<WalkCache> m_walkCaches;        ///< in machine order
    std::vector<int> m_walkCacheProbeOrder;     ///< indices into m_walkCaches, deepest level first
    uint32_t m_walkCacheLatency = 0;
    CacheHierarchy m_caches;
    std::vector<MissClassifier> m_classifiers;
    MmuOptions m_options;
    MmuCounters m_counters;
    uint64_t m_root = 0;
    uint16_t m_pcid = 0;
};

} // namespace mmu
