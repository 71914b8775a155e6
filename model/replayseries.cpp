// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayseries.h"

#include <algorithm>
#include <limits>

namespace mmu {

namespace {

constexpr std::array<std::string_view, SeriesMetricCount> MetricNames{
    "hit_rate",       "window_hit_rate", "walk_cycles_per_access", "rss_bytes",  "page_table_bytes",
    "minor_faults",   "major_faults",    "protection_faults",      "segv_faults",
};

double ratio(uint64_t part, uint64_t whole)
{
    return whole ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

/** Every metric for the window from `before` to `after`. */
std::array<double, SeriesMetricCount> metrics(const ReplaySample &before, const ReplaySample &after)
{
    const uint64_t n = after.accesses - before.accesses;
    return {
        ratio(after.tlbHits, after.accesses),
        ratio(after.tlbHits - before.tlbHits, n),
        ratio(after.walkCycles - before.walkCycles, n),
        static_cast<double>(after.rssBytes),
        static_cast<double>(after.pageTableBytes),
        static_cast<double>(after.minorFaults),
        static_cast<double>(after.majorFaults),
        static_cast<double>(after.protectionFaults),
        static_cast<double>(after.segvFaults),
    };
}

} // namespace

std::string_view seriesMetricName(SeriesMetric metric)
{
    return MetricNames[static_cast<std::size_t>(metric)];
}

ReplaySeries::ReplaySeries(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(2, (capacity + 1) & ~std::size_t{1}))
{
    m_buckets.reserve(m_capacity);
}

void ReplaySeries::record(const ReplaySample &sample)
{
    if (sample.accesses <= m_last.accesses || sample.accesses > nextSampleAt())
        return; // out of order: the replay never does this
    if (m_buckets.empty() || m_buckets.back().accesses == m_span) {
        SeriesBucket b;
        b.firstAccess = m_last.accesses;
        b.min.fill(std::numeric_limits<double>::infinity());
        b.max.fill(-std::numeric_limits<double>::infinity());
        m_buckets.push_back(b);
    }
    SeriesBucket &b = m_buckets.back();
    const auto values = metrics(m_last, sample);
    for (std::size_t m = 0; m < SeriesMetricCount; ++m) {
        b.min[m] = std::min(b.min[m], values[m]);
        b.max[m] = std::max(b.max[m], values[m]);
    }
    b.accesses = sample.accesses - b.firstAccess;
    b.end = sample;
    m_last = sample;
    // Merge as soon as the last bucket is full, so a new bucket always opens at the new length.
    if (m_buckets.size() == m_capacity && b.accesses == m_span)
        mergePairs();
}

void ReplaySeries::mergePairs()
{
    for (std::size_t i = 0; i < m_buckets.size() / 2; ++i) {
        const SeriesBucket &a = m_buckets[2 * i];
        const SeriesBucket &b = m_buckets[2 * i + 1];
        SeriesBucket merged;
        merged.firstAccess = a.firstAccess;
        merged.accesses = a.accesses + b.accesses;
        merged.end = b.end;
        for (std::size_t m = 0; m < SeriesMetricCount; ++m) {
            merged.min[m] = std::min(a.min[m], b.min[m]);
            merged.max[m] = std::max(a.max[m], b.max[m]);
        }
        m_buckets[i] = merged;
    }
    m_buckets.resize(m_buckets.size() / 2);
    m_span *= 2;
    m_interval = std::max<uint64_t>(1, m_span / SamplesPerBucket);
}

double ReplaySeries::value(std::size_t i, SeriesMetric metric) const
{
    const ReplaySample before = i ? m_buckets[i - 1].end : ReplaySample{};
    return metrics(before, m_buckets[i].end)[static_cast<std::size_t>(metric)];
}

std::vector<SeriesPoint> ReplaySeries::points(SeriesMetric metric) const
{
    std::vector<SeriesPoint> out;
    out.reserve(m_buckets.size());
    const auto m = static_cast<std::size_t>(metric);
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        out.push_back({m_buckets[i].end.accesses, value(i, metric), m_buckets[i].min[m], m_buckets[i].max[m]});
    return out;
}

std::vector<SeriesPoint> ReplaySeries::tlbLevelPoints(int level, bool windowed) const
{
    std::vector<SeriesPoint> out;
    if (level < 1 || level > static_cast<int>(SeriesTlbLevels))
        return out;
    const auto l = static_cast<std::size_t>(level - 1);
    out.reserve(m_buckets.size());
    ReplaySample before;
    for (const SeriesBucket &b : m_buckets) {
        const double v = windowed ? ratio(b.end.tlbLevelHits[l] - before.tlbLevelHits[l], b.end.accesses - before.accesses)
                                  : ratio(b.end.tlbLevelHits[l], b.end.accesses);
        out.push_back({b.end.accesses, v, v, v});
        before = b.end;
    }
    return out;
}

} // namespace mmu
