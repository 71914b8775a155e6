// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesssource.h"
#include "kernel.h"
#include "machineconfig.h"
#include "memoryaccess.h"
#include "pagesizepolicy.h"
#include "replayseries.h"
#include "result.h"
#include "system.h"

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

namespace mmu {

/** Why a replay could not start or go on, in plain words that name what and where. */
struct ReplayError {
    enum class Kind : uint8_t {
        Machine,      ///< the machine's paging format is unknown
        PageSize,     ///< the format has no pages of the policy's size
        Mapping,      ///< a workload region could not be mapped
        Source,       ///< the trace stopped at a bad line or could not be read again
        FutureTooLong ///< OPT needs more future than the look-ahead limit keeps
    };
    Kind kind = Kind::Source;
    std::string what;
    const std::string &message() const { return what; }
};

/** What one replay asks of its machine. */
struct ReplayConfig {
    MachineConfig machine;
    PageSizePolicy pageSize = PageSizePolicy::Base;
    std::size_t seriesCapacity = ReplaySeries::DefaultCapacity;
};

/** The totals of a replay (DESIGN §3, `run`). */
struct ReplaySummary {
    struct Tlb {
        std::string name;
        uint64_t hits = 0;
        uint64_t misses = 0;
    };
    uint64_t accesses = 0;
    uint64_t tlbHits = 0; ///< accesses a TLB translated, at any level
    std::vector<Tlb> tlbs;
    uint64_t walks = 0;
    uint64_t walkCycles = 0;
    OsCounters os;        ///< faults by kind, evictions, write-backs, resident and swap bytes
    uint64_t rssPeakBytes = 0;
    uint64_t pageTableBytes = 0;
    uint64_t cycles = 0;  ///< translation and fault-handling cycles of every access
    double seconds = 0;   ///< cycles at the machine's clock
    uint64_t regions = 0; ///< mappings made: declared regions, or chunks mapped on first touch
};

/**
 * One machine replaying a stream of accesses on the fast path (no steps recorded): each access
 * goes through System::access — TLBs, walk, fault handling — and the totals and the time series
 * follow. Without declared regions (a trace) memory is mapped on first touch: the aligned chunk
 * around the address (2 MiB, or 1 GiB for 1 GiB pages) becomes a demand-paged anonymous
 * mapping, so every page still faults on its own first touch — with unlimited frames, minor
 * faults = distinct pages touched — while the kernel's mapping list stays short. Several
 * Replays can share one stream (comparisons); ReplayEngine drives them.
 */
class Replay {
public:
    /** Marks "not used again" in a next-use array (see feed()). */
    static constexpr uint32_t NoNextUse = ~uint32_t{0};

    static Result<std::unique_ptr<Replay>, ReplayError> create(const ReplayConfig &config);
    ~Replay();
    Replay(const Replay &) = delete;
    Replay &operator=(const Replay &) = delete;

    const ReplayConfig &config() const { return m_config; }
    const System &system() const { return *m_system; }

    /** Maps the regions a workload declared, rounded out to the policy's page; call before feed(). */
    Result<bool, ReplayError> mapRegions(const std::vector<AccessRegion> &regions);
    /** True when the kernel replaces pages by OPT: feed() then needs each access's next use. */
    bool needsFuture() const;

    /**
     * Replays `batch`. With `nextUse`, entry k is the position (in the whole stream) of the
     * next access to the same base page as batch[k], or NoNextUse.
     */
    void feed(std::span<const MemoryAccess> batch, const uint32_t *nextUse = nullptr);
    /** Records the state now in the series, so its last bucket ends at the last access. */
    void finish();

    uint64_t accesses() const { return m_accesses; }
    ReplaySummary summary() const;
    const ReplaySeries &series() const { return m_series; }
    /** The state now, as the series samples it. */
    ReplaySample sample() const;

    /**
     * Hands over the machine as it stands, for the interactive path (the timeline cursor):
     * first maps what `next` needs, as feed() would, so that System::access can translate it
     * with its steps recorded. The Replay is spent: nothing may be called on it afterwards.
     */
    std::unique_ptr<System> takeSystem(const MemoryAccess &next);

private:
    explicit Replay(const ReplayConfig &config);

    template <bool OnDemand, bool Future>
    void replay(const MemoryAccess *accesses, std::size_t count, const uint32_t *nextUse);
    void ensureMapped(uint64_t va)
    {
        const uint64_t chunk = va >> m_chunkShift;
        if (chunk == m_lastChunk)
            return;
        m_lastChunk = chunk;
        uint64_t &seen = m_chunkFilter[chunk & (m_chunkFilter.size() - 1)];
        if (seen != chunk) {
            seen = chunk;
            mapChunk(chunk);
        }
    }
    void mapChunk(uint64_t chunk);

    ReplayConfig m_config;
    std::unique_ptr<System> m_system;
    ReplaySeries m_series;
    bool m_onDemand = true;
    int m_chunkShift = 21;
    uint64_t m_lastChunk = ~uint64_t{0};
    std::array<uint64_t, 256> m_chunkFilter; ///< direct-mapped memo of chunks known to be mapped
    std::unordered_set<uint64_t> m_chunks;   ///< every chunk mapped (or found unmappable)
    uint64_t m_regions = 0;
    uint64_t m_accesses = 0;
    uint64_t m_tlbHits = 0;
    std::array<uint64_t, SeriesTlbLevels> m_tlbLevelHits{};
    uint64_t m_cycles = 0;
    /** How far ahead the replay loop hints accesses to the MMU (Mmu::prefetch): a few host memory latencies. */
    static constexpr std::size_t PrefetchDistance = 8;
    bool m_prefetch = false; ///< the last stretch walked often: prefetch in the next one
};

} // namespace mmu
