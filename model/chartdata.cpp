// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include <algorithm>
#include <cmath>

namespace mmu {

std::vector<ChartPoint> downsampleMinMax(std::span<const ChartPoint> points, std::size_t maxPoints)
{
    maxPoints = std::max<std::size_t>(2, maxPoints);
    if (points.size() <= maxPoints)
        return {points.begin(), points.end()};
    const std::size_t runs = maxPoints / 2;
    const std::size_t n = points.size();
    std::vector<ChartPoint> out;
    out.reserve(2 * runs);
    for (std::size_t r = 0; r < runs; ++r) {
        // Run r holds points [n·r/runs, n·(r+1)/runs): every point in exactly one run.
        const std::size_t begin = n * r / runs;
        const std::size_t end = n * (r + 1) / runs;
        std::size_t lo = begin;
        std::size_t hi = begin;
        for (std::size_t i = begin + 1; i < end; ++i) {
            if (points[i].y < points[lo].y)
                lo = i;
            if (points[i].y > points[hi].y)
                hi = i;
        }
        out.push_back(points[std::min(lo, hi)]);
        if (lo != hi)
            out.push_back(points[std::max(lo, hi)]);
    }
    return out;
}

std::vector<HistogramBin> histogram(std::span<const double> values, std::span<const double> weights, std::size_t bins)
{
    if (values.empty())
        return {};
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    return histogram(values, weights, bins, *minIt, *maxIt);
}

std::vector<HistogramBin> histogram(std::span<const double> values, std::span<const double> weights, std::size_t bins,
                                    double lo, double hi)
{
    if (values.empty() || bins == 0 || !(hi >= lo))
        return {};
    if (lo == hi) {
        bins = 1;
        hi = lo + 1;
    }
    const double width = (hi - lo) / static_cast<double>(bins);
    std::vector<HistogramBin> out(bins);
    for (std::size_t b = 0; b < bins; ++b) {
        out[b].lo = lo + width * static_cast<double>(b);
        out[b].hi = b + 1 == bins ? hi : lo + width * static_cast<double>(b + 1);
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double at = std::max(0.0, (values[i] - lo) / width);
        const auto b = std::min(bins - 1, static_cast<std::size_t>(at));
        out[b].weight += i < weights.size() ? weights[i] : 1.0;
    }
    return out;
}

double roundTickStep(double span, int maxIntervals)
{
    const double raw = span / std::max(1, maxIntervals);
    if (!(raw > 1))
        return 1;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (double mantissa : {1.0, 2.0, 2.5, 5.0}) {
        if (mantissa == 2.5 && decade < 10)
            continue; // 2.5 and its multiples are no whole numbers
        // A relative tolerance: log10 and pow may land a hair off an exact power of ten.
        if (mantissa * decade >= raw * (1 - 1e-12))
            return mantissa * decade;
    }
    return 10 * decade;
}

} // namespace mmu
