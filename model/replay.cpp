// SPDX-License-Identifier: GPL-3.0-or-later
#include "replay.h"

#include "address.h"

#include <algorithm>
#include <bit>

namespace mmu {

namespace {
constexpr uint64_t MiB2 = uint64_t{2} << 20;
} // namespace

Result<std::unique_ptr<Replay>, ReplayError> Replay::create(const ReplayConfig &config)
{
    const PagingFormat *format = findFormat(config.machine.paging);
    if (!format)
        return ReplayError{ReplayError::Kind::Machine, "machine '" + config.machine.name
                                                           + "': unknown paging format '" + config.machine.paging + "'"};
    if (!policySupported(config.pageSize, *format))
        return ReplayError{ReplayError::Kind::PageSize,
                           "page size " + std::string(pageSizePolicyName(config.pageSize)) + ": the paging format "
                               + format->id + " has no " + pageSizeName(policyGranule(config.pageSize, *format))
                               + " pages"};
    return std::unique_ptr<Replay>(new Replay(config));
}

Replay::Replay(const ReplayConfig &config)
    : m_config(config)
    // Miss classification runs a shadow TLB per access: too slow for millions of accesses.
    , m_system(std::make_unique<System>(config.machine, MmuOptions{.classifyMisses = false}))
    , m_series(config.seriesCapacity)
{
    // 2 MiB chunks, or the whole address space of a small format, but never less than a page.
    const PagingFormat &format = m_system->format();
    const uint64_t space = format.vaBits < 63 ? uint64_t{1} << format.vaBits : MiB2;
    m_chunkShift = std::countr_zero(std::max(std::min(MiB2, space), policyGranule(config.pageSize, format)));
    m_chunkFilter.fill(~uint64_t{0});
}

Replay::~Replay() = default;

bool Replay::needsFuture() const
{
    return m_config.machine.memory.frames.has_value() && policyFromName(m_config.machine.memory.policy) == PolicyKind::Opt;
}

Result<bool, ReplayError> Replay::mapRegions(const std::vector<AccessRegion> &regions)
{
    if (regions.empty())
        return true;
    m_onDemand = false;
    const uint64_t granule = policyGranule(m_config.pageSize, m_system->format());
    for (const AccessRegion &region : regions) {
        Mapping m;
        m.name = region.name;
        m.start = region.start;
        m.length = (region.length + granule - 1) / granule * granule;
        m.perms = Permissions{.write = true, .execute = false, .user = true};
        m.populated = false;
        applyPolicy(m_config.pageSize, m_system->format(), m);
        if (m.start % granule)
            return ReplayError{ReplayError::Kind::Mapping, "region '" + region.name + "' at " + hex(region.start)
                                                               + ": not aligned to the " + pageSizeName(granule)
                                                               + " pages of page size "
                                                               + std::string(pageSizePolicyName(m_config.pageSize))};
        if (auto r = m_system->addMapping(m); !r)
            return ReplayError{ReplayError::Kind::Mapping, r.error().message()};
        ++m_regions;
    }
    return true;
}

void Replay::mapChunk(uint64_t chunk)
{
    if (!m_chunks.insert(chunk).second)
        return;
    const PagingFormat &format = m_system->format();
    Mapping m;
    m.name = "anonymous";
    m.start = chunk << m_chunkShift;
    m.length = uint64_t{1} << m_chunkShift;
    // A trace has instruction fetches too: its memory is readable, writable and executable.
    m.perms = Permissions{.write = true, .execute = true, .user = true};
    m.populated = false;
    applyPolicy(m_config.pageSize, format, m);
    if ((m.start >> m_chunkShift) != chunk || !format.isCanonical(m.start) || !format.isCanonical(m.end() - 1))
        return; // the access will fault as non-canonical (#GP): nothing to map
    if (m_system->addMapping(m))
        ++m_regions;
}

template <bool OnDemand, bool Future>
void Replay::replay(const MemoryAccess *accesses, std::size_t count, const uint32_t *nextUse)
{
    uint64_t hits = 0;
    uint64_t cycles = 0;
    std::array<uint64_t, SeriesTlbLevels + 1> levelHits{}; // [0]: walks and faults, not counted
    Kernel &kernel = m_system->kernel();
    const Mmu &mmu = m_system->mmu();
    const uint64_t walksBefore = mmu.counters().walks;
    const bool prefetch = m_prefetch;
    for (std::size_t k = 0; k < count; ++k) {
        const MemoryAccess &a = accesses[k];
        if (prefetch && k + PrefetchDistance < count)
            mmu.prefetch(accesses[k + PrefetchDistance].address);
        if constexpr (OnDemand)
            ensureMapped(a.address);
        uint64_t next = PageUse::NeverUsed;
        if constexpr (Future)
            next = nextUse[k] == NoNextUse ? PageUse::NeverUsed : nextUse[k];
        const AccessBrief r = kernel.replayAccess(a.address, a.type, next);
        const bool hit = (r.tlbHitLevel > 0) & (r.fault == OsFault::None);
        hits += hit;
        levelHits[hit ? std::min<std::size_t>(static_cast<std::size_t>(r.tlbHitLevel), SeriesTlbLevels) : 0] += 1;
        cycles += r.cycles;
    }
    for (std::size_t l = 0; l < SeriesTlbLevels; ++l)
        m_tlbLevelHits[l] += levelHits[l + 1];
    m_tlbHits += hits;
    m_cycles += cycles;
    // Prefetching pays where most accesses walk (random over much memory) and only costs where
    // the TLBs translate: the walks of this stretch decide for the next one.
    if (count >= 64)
        m_prefetch = (mmu.counters().walks - walksBefore) * 4 > count;
}

void Replay::feed(std::span<const MemoryAccess> batch, const uint32_t *nextUse)
{
    std::size_t i = 0;
    while (i < batch.size()) {
        // Run up to the next sample without looking at the series in the inner loop.
        const uint64_t due = m_series.nextSampleAt();
        const auto n = static_cast<std::size_t>(std::min<uint64_t>(batch.size() - i, due - m_accesses));
        const uint32_t *future = nextUse ? nextUse + i : nullptr;
        if (m_onDemand)
            future ? replay<true, true>(&batch[i], n, future) : replay<true, false>(&batch[i], n, nullptr);
        else
            future ? replay<false, true>(&batch[i], n, future) : replay<false, false>(&batch[i], n, nullptr);
        m_accesses += n;
        i += n;
        if (m_accesses == due)
            m_series.record(sample());
    }
}

void Replay::finish()
{
    if (m_accesses > m_series.last().accesses)
        m_series.record(sample());
}

std::unique_ptr<System> Replay::takeSystem(const MemoryAccess &next)
{
    if (m_onDemand)
        ensureMapped(next.address);
    return std::move(m_system);
}

ReplaySample Replay::sample() const
{
    const OsCounters &os = m_system->kernel().counters();
    ReplaySample s;
    s.accesses = m_accesses;
    s.tlbHits = m_tlbHits;
    s.tlbLevelHits = m_tlbLevelHits;
    s.walkCycles = m_system->mmu().counters().walkCycles;
    s.minorFaults = os.minor;
    s.majorFaults = os.major;
    s.protectionFaults = os.protection;
    s.segvFaults = os.segv;
    s.rssBytes = os.residentBytes;
    s.pageTableBytes = m_system->pageTable().tableBytes();
    return s;
}

ReplaySummary Replay::summary() const
{
    const MmuCounters &mmu = m_system->mmu().counters();
    ReplaySummary s;
    s.accesses = m_accesses;
    s.tlbHits = m_tlbHits;
    for (std::size_t i = 0; i < m_config.machine.tlbs.size() && i < mmu.tlbs.size(); ++i)
        s.tlbs.push_back({m_config.machine.tlbs[i].name, mmu.tlbs[i].hits, mmu.tlbs[i].misses});
    s.walks = mmu.walks;
    s.walkCycles = mmu.walkCycles;
    s.os = m_system->kernel().counters();
    s.rssPeakBytes = s.os.peakResidentBytes;
    s.pageTableBytes = m_system->pageTable().tableBytes();
    s.cycles = m_cycles;
    s.seconds = m_config.machine.clockGhz > 0 ? static_cast<double>(m_cycles) / (m_config.machine.clockGhz * 1e9) : 0;
    s.regions = m_regions;
    return s;
}

} // namespace mmu
