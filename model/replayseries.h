// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace mmu {

/** TLB levels whose hits the series keeps apart (L1, L2, L3); deeper levels count as the last. */
inline constexpr std::size_t SeriesTlbLevels = 3;

/** A replay's state after some accesses: running totals and current sizes. */
struct ReplaySample {
    uint64_t accesses = 0;
    uint64_t tlbHits = 0;    ///< accesses a TLB translated (any level, no walk, no fault)
    /** tlbHits by the level of the TLB that translated them: [0] is L1. They add up to tlbHits. */
    std::array<uint64_t, SeriesTlbLevels> tlbLevelHits{};
    uint64_t walkCycles = 0; ///< cycles of every page walk so far
    uint64_t minorFaults = 0;
    uint64_t majorFaults = 0;
    uint64_t protectionFaults = 0;
    uint64_t segvFaults = 0;
    uint64_t rssBytes = 0;       ///< resident data pages
    uint64_t pageTableBytes = 0; ///< page-table frames

    friend bool operator==(const ReplaySample &, const ReplaySample &) = default;
};

/** What a series charts. */
enum class SeriesMetric : uint8_t {
    HitRate,             ///< TLB hit rate since the start, 0..1
    WindowHitRate,       ///< TLB hit rate within the bucket (min/max: within each sample window)
    WalkCyclesPerAccess, ///< walk cycles per access within the bucket (min/max: per sample window)
    RssBytes,            ///< at the end of the bucket (min/max: over its samples)
    PageTableBytes,
    MinorFaults,         ///< faults of each kind since the start
    MajorFaults,
    ProtectionFaults,
    SegvFaults,
};
inline constexpr std::size_t SeriesMetricCount = 9;

/** "hit_rate", "window_hit_rate", "walk_cycles_per_access", "rss_bytes", "page_table_bytes",
    "minor_faults", "major_faults", "protection_faults", "segv_faults" (CSV columns, JSON keys). */
std::string_view seriesMetricName(SeriesMetric metric);

/** One span of consecutive accesses: the state at its end and each metric's range inside it. */
struct SeriesBucket {
    uint64_t firstAccess = 0; ///< index of the first access it covers
    uint64_t accesses = 0;    ///< how many it covers (the last bucket may be partly filled)
    ReplaySample end;         ///< the state after its last access
    std::array<double, SeriesMetricCount> min{};
    std::array<double, SeriesMetricCount> max{};
};

/** One point for a chart: `value` at access `x` (the bucket's end), with the bucket's range. */
struct SeriesPoint {
    uint64_t x = 0;
    double value = 0;
    double min = 0;
    double max = 0;
};

/**
 * Time series of a replay in bounded memory (DESIGN §2.5): at most `capacity` buckets of
 * equal length, never a point per access. The replay samples its state every
 * sampleInterval() accesses; a sample folds into the last bucket's min/max. When every bucket
 * is full, neighbours merge pairwise: half as many buckets, each twice as long, and sampling
 * twice as sparse. Memory is fixed at construction, whatever the length of the run.
 */
class ReplaySeries {
public:
    static constexpr std::size_t DefaultCapacity = 4096;
    /** Samples per bucket once buckets are longer than this many accesses. */
    static constexpr uint64_t SamplesPerBucket = 16;

    /** `capacity` is rounded up to an even number of at least 2. */
    explicit ReplaySeries(std::size_t capacity = DefaultCapacity);

    /** The access count at which the next sample is due. */
    uint64_t nextSampleAt() const { return (m_last.accesses / m_interval + 1) * m_interval; }
    /** Adds the state after `sample.accesses` accesses: more than the last, at most nextSampleAt(). */
    void record(const ReplaySample &sample);

    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_buckets.size(); }
    bool empty() const { return m_buckets.empty(); }
    const SeriesBucket &bucket(std::size_t i) const { return m_buckets[i]; }
    const std::vector<SeriesBucket> &buckets() const { return m_buckets; }
    /** Accesses per full bucket, and between samples. */
    uint64_t bucketLength() const { return m_span; }
    uint64_t sampleInterval() const { return m_interval; }
    const ReplaySample &last() const { return m_last; }

    /** The metric for bucket `i`: rates over the bucket, the rest at its end. */
    double value(std::size_t i, SeriesMetric metric) const;
    /** Every bucket of one metric, ready for a chart. */
    std::vector<SeriesPoint> points(SeriesMetric metric) const;
    /**
     * The share of accesses TLB level `level` (1 = L1) translated, since the start or within
     * each bucket (`windowed`). Taken from the buckets' ends: min and max equal the value.
     */
    std::vector<SeriesPoint> tlbLevelPoints(int level, bool windowed) const;

private:
    void mergePairs();

    std::size_t m_capacity;
    uint64_t m_span = 1;
    uint64_t m_interval = 1;
    ReplaySample m_last;
    std::vector<SeriesBucket> m_buckets;
};

} // namespace mmu
