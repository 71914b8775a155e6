// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace mmu {

/** A point of a chart line. */
struct ChartPoint {
    double x = 0;
    double y = 0;

    friend bool operator==(const ChartPoint &, const ChartPoint &) = default;
};

/**
 * At most `maxPoints` of `points` (at least 2), for a line that is drawn `maxPoints` / 2
 * pixels wide: the points are cut into that many runs of consecutive points and each run
 * keeps its lowest and its highest point, in their order. So every spike and dip survives —
 * the extremes of the whole line among them — where taking every k-th point would drop them.
 * Fewer points than `maxPoints` come back unchanged.
 */
std::vector<ChartPoint> downsampleMinMax(std::span<const ChartPoint> points, std::size_t maxPoints);

/** One bar of a histogram: the values in [lo, hi) (the last bar includes hi) and their weight. */
struct HistogramBin {
    double lo = 0;
    double hi = 0;
    double weight = 0;
};

/**
 * `bins` bars of equal width from the smallest to the largest value, each summing the weights
 * of its values (a value's weight: how many accesses it stands for). One bar when all values
 * are equal; none without values. A value without a weight in `weights` weighs 1.
 */
std::vector<HistogramBin> histogram(std::span<const double> values, std::span<const double> weights, std::size_t bins);
/** The same over [lo, hi] (so that several histograms share their bars); values outside count in the end bars. */
std::vector<HistogramBin> histogram(std::span<const double> values, std::span<const double> weights, std::size_t bins,
                                    double lo, double hi);

/**
 * The distance between the labelled ticks of an axis from 0 to `span` with at most
 * `maxIntervals` intervals: the smallest of 1, 2, 2.5 and 5 × 10^k that is at least
 * span / maxIntervals, so that labels read 0, 2 M, 4 M or 0, 250 k, 500 k. Counts are whole
 * numbers: the step is never below 1, and 2.5 × 10^k only from 25 up.
 */
double roundTickStep(double span, int maxIntervals);

} // namespace mmu
