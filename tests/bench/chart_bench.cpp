// SPDX-License-Identifier: GPL-3.0-or-later
// Chart refresh cost (issue 7): one line of 1,000,000 raw points, down-sampled to twice the
// plot's width with min/max kept, handed to QXYSeries::replace() and the chart rendered
// offscreen into an image — the budget is 10 ms. And the same for a whole ReplayChart fed a
// snapshot of four runs with full series.
#include "replaychart.h"

#include "chartdata.h"
#include "machinefile.h"
#include "replayengine.h"
#include "workload.h"

#include <QApplication>
#include <QChartView>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdlib>

namespace {

void BM_ReplaceAndRenderMillionPoints(benchmark::State &state)
{
    std::vector<mmu::ChartPoint> raw(1'000'000);
    double y = 50;
    uint64_t seed = 7;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        y = std::clamp(y + static_cast<double>(seed >> 40) / double(1 << 24) - 0.5, 0.0, 100.0);
        raw[i] = {double(i), y};
    }
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QLineSeries;
    chart->addSeries(series);
    auto *x = new QValueAxis;
    auto *yAxis = new QValueAxis;
    x->setRange(0, double(raw.size()));
    yAxis->setRange(0, 100);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(yAxis);
    QChartView view(chart);
    view.resize(800, 400);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter layout(&image); // the first render lays the chart out: plotArea() is known from here on
        view.render(&layout);
    }
    const auto cap = static_cast<std::size_t>(2 * chart->plotArea().width());
    for (auto _ : state) {
        const std::vector<mmu::ChartPoint> shown = mmu::downsampleMinMax(raw, cap);
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(shown.size()));
        for (const mmu::ChartPoint &p : shown)
            points.append(QPointF(p.x, p.y));
        series->replace(points);
        image.fill(Qt::white);
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["points_drawn"] = double(series->count());
}
BENCHMARK(BM_ReplaceAndRenderMillionPoints)->Unit(benchmark::kMillisecond);

void BM_ReplayChartFourRuns(benchmark::State &state)
{
    // Four comparison runs of 2M random accesses: full series (4,096 buckets each).
    mmu::ReplayJob job;
    job.workload = "random:size=1G,count=2M,seed=3";
    const mmu::MachineConfig machine = mmu::loadMachine("teaching").value();
    for (auto p : {mmu::PageSizePolicy::Base, mmu::PageSizePolicy::Huge2M, mmu::PageSizePolicy::Huge1G,
                   mmu::PageSizePolicy::Thp})
        job.runs.push_back({std::string(mmu::pageSizePolicyName(p)), "teaching", mmu::ReplayConfig{machine, p}});
    std::vector<std::unique_ptr<mmu::Replay>> replays;
    std::vector<mmu::Replay *> pointers;
    for (const mmu::ReplayRun &r : job.runs) {
        replays.push_back(std::move(mmu::Replay::create(r.config).value()));
        pointers.push_back(replays.back().get());
    }
    auto source = job.openSource();
    mmu::ReplayEngine().run(*source.value(), pointers);
    const mmu::ReplaySnapshot snapshot = mmu::takeSnapshot(job, pointers, {});

    views::ReplayChart chart(views::ReplayChart::Kind::HitRate);
    chart.resize(800, 400);
    chart.show();
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    chart.setSnapshot(snapshot);
    for (auto _ : state) {
        chart.setSnapshot(snapshot);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.render(&painter);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(BM_ReplayChartFourRuns)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
