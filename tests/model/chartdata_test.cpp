// SPDX-License-Identifier: GPL-3.0-or-later
// The chart helpers: the min/max down-sampler keeps every run's extremes within its cap, the
// histogram sums weights into equal bars, and the comparison rows put ratios to the first run.
#include "chartdata.h"
#include "replayseries.h"
#include "runcomparison.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace {

std::vector<mmu::ChartPoint> wave(std::size_t n)
{
    std::vector<mmu::ChartPoint> points;
    for (std::size_t i = 0; i < n; ++i)
        points.push_back({double(i), std::sin(double(i) * 0.001) * 10});
    return points;
}

TEST(Downsample, ShortLinesStayAsTheyAre)
{
    const auto points = wave(100);
    EXPECT_EQ(mmu::downsampleMinMax(points, 200), points);
}

TEST(Downsample, StaysWithinTheCapAndKeepsEveryExtreme)
{
    auto points = wave(1'000'000);
    // Single-point spikes a stride sampler would miss.
    points[123'457].y = 1000;
    points[876'543].y = -1000;
    const auto shown = mmu::downsampleMinMax(points, 1600);
    EXPECT_LE(shown.size(), 1600u);
    EXPECT_GE(shown.size(), 1500u);
    const auto [lo, hi] = std::minmax_element(shown.begin(), shown.end(),
                                              [](const auto &a, const auto &b) { return a.y < b.y; });
    EXPECT_EQ(*hi, (mmu::ChartPoint{123'457, 1000}));
    EXPECT_EQ(*lo, (mmu::ChartPoint{876'543, -1000}));
    EXPECT_TRUE(std::is_sorted(shown.begin(), shown.end(), [](const auto &a, const auto &b) { return a.x < b.x; }));
    // Each of the 800 runs of 1,250 points keeps its own minimum and maximum.
    for (std::size_t r = 0; r < 800; ++r) {
        const auto begin = points.begin() + static_cast<std::ptrdiff_t>(r * 1250);
        const auto [rlo, rhi] = std::minmax_element(begin, begin + 1250, [](const auto &a, const auto &b) { return a.y < b.y; });
        EXPECT_NE(std::find(shown.begin(), shown.end(), *rlo), shown.end()) << "run " << r;
        EXPECT_NE(std::find(shown.begin(), shown.end(), *rhi), shown.end()) << "run " << r;
    }
}

TEST(Histogram, SumsWeightsIntoEqualBars)
{
    const std::vector<double> values{0, 1, 2, 9, 10};
    const std::vector<double> weights{1, 1, 1, 2, 5};
    const auto bins = mmu::histogram(values, weights, 5);
    ASSERT_EQ(bins.size(), 5u);
    EXPECT_DOUBLE_EQ(bins[0].lo, 0);
    EXPECT_DOUBLE_EQ(bins[0].hi, 2);
    EXPECT_DOUBLE_EQ(bins[0].weight, 2); // 0 and 1
    EXPECT_DOUBLE_EQ(bins[1].weight, 1); // 2
    EXPECT_DOUBLE_EQ(bins[4].weight, 7); // 9, and 10 in the last bar
    EXPECT_DOUBLE_EQ(bins[4].hi, 10);
    EXPECT_EQ(mmu::histogram(std::vector<double>{3, 3}, {}, 10).size(), 1u);
}

TEST(ComparisonRows, RatiosAreToTheFirstRun)
{
    mmu::ReplaySummary a;
    a.accesses = 1000;
    a.tlbHits = 500;
    a.walks = 400;
    a.rssPeakBytes = 2 << 20;
    mmu::ReplaySummary b = a;
    b.tlbHits = 999;
    b.walks = 0;
    b.rssPeakBytes = 4 << 20;
    const auto rows = mmu::comparisonRows(std::vector<mmu::ReplaySummary>{a, b});
    ASSERT_EQ(rows.size(), 9u);
    EXPECT_EQ(rows[0].key, "tlb_hit_rate");
    EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"50.00 %", "99.90 % (x2.00)"}));
    EXPECT_EQ(rows[1].cells, (std::vector<std::string>{"400", "0 (x0.00)"}));
    EXPECT_EQ(rows[3].cells[1], "0 (x1.00)"); // no minor faults in either: the same
    EXPECT_EQ(rows[5].cells, (std::vector<std::string>{"2.00 MiB", "4.00 MiB (x2.00)"}));
    EXPECT_DOUBLE_EQ(*rows[5].ratios[1], 2.0);
}

TEST(ReplaySeriesLevels, LevelHitsAddUpPerBucket)
{
    mmu::ReplaySeries series(4);
    mmu::ReplaySample s;
    for (uint64_t i = 1; i <= 8; ++i) {
        s.accesses = i;
        s.tlbLevelHits[0] += i % 2; // L1 hits every other access
        s.tlbLevelHits[1] += i % 2 ? 0 : 1;
        s.tlbHits = s.tlbLevelHits[0] + s.tlbLevelHits[1];
        series.record(s);
    }
    const auto l1 = series.tlbLevelPoints(1, true);
    const auto l2 = series.tlbLevelPoints(2, false);
    ASSERT_EQ(l1.size(), series.size());
    for (std::size_t i = 0; i < l1.size(); ++i) {
        EXPECT_DOUBLE_EQ(l1[i].value, 0.5);
        EXPECT_DOUBLE_EQ(l2[i].value, 0.5);
    }
    EXPECT_TRUE(series.tlbLevelPoints(4, true).empty());
}

TEST(RoundTickStep, IsOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen)
{
    EXPECT_EQ(mmu::roundTickStep(1'000, 5), 200);
    EXPECT_EQ(mmu::roundTickStep(7'300'000, 5), 2'000'000); // 1.46 M a step at least
    EXPECT_EQ(mmu::roundTickStep(100'000'000, 5), 20'000'000);
    EXPECT_EQ(mmu::roundTickStep(1'000'000, 4), 250'000);
    EXPECT_EQ(mmu::roundTickStep(3'000'000, 5), 1'000'000); // 600 k rounds up past 5 × 10^5
    EXPECT_EQ(mmu::roundTickStep(10, 4), 5);                // 2.5 is no whole number
    EXPECT_EQ(mmu::roundTickStep(3, 8), 1);                 // never below one access
    EXPECT_EQ(mmu::roundTickStep(0, 0), 1);
    for (double span : {1e3, 2e6, 7.3e6, 1e8, 123'456'789.0})
        for (int n = 2; n <= 10; ++n) {
            const double step = mmu::roundTickStep(span, n);
            EXPECT_LE(span / step, n) << span << " in " << n;
            const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
            EXPECT_TRUE(mantissa == 1 || mantissa == 2 || mantissa == 2.5 || mantissa == 5) << step;
        }
}

} // namespace
