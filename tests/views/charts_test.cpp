// SPDX-License-Identifier: GPL-3.0-or-later
// The charts dock: series with known answers, bounded point counts, a responsive event loop
// during a replay, cancel, the comparison table against `mmulab-cli run --compare`, exports,
// the workload picker, the timeline cursor, and a 1920 × 1080 grab of a finished comparison;
// the log scale, round access ticks, legends in a narrow dock and a change of language.
//
// Known answer: `seq:size=4M,elem=512` on the teaching machine (L1 TLB 16 entries, L2 64)
// touches 1,024 pages 8 times each in a row; 1,024 pages overflow both TLBs, so every page's
// first access walks and the other 7 hit the L1 TLB: hit rate (P−1)/P = 7/8 in every window,
// all of it from L1, none from L2.
#include "applanguage.h"
#include "chartspanel.h"
#include "comparisontable.h"
#include "mainwindow.h"
#include "replaycontroller.h"
#include "workloadpicker.h"

#include "cliapp.h"
#include "machinefile.h"
#include "workload.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QXYSeries>

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <limits>
#include <sstream>

namespace {

using views::ReplayChart;

// AddressSanitizer slows the replay and the painting many times over (a 10 ms tick then waits
// about 1.3 s for a chart refresh): a sanitized build widens the time bounds, and only those.
// Still far below a replay that blocks the event loop for all of its 18 s.
#ifdef MMULAB_SANITIZED
constexpr qint64 SlowDown = 50;
#else
constexpr qint64 SlowDown = 1;
#endif

mmu::ReplayJob job(const std::string &workload, const std::vector<mmu::PageSizePolicy> &sizes,
                   const std::string &machine = "teaching")
{
    mmu::ReplayJob j;
    j.workload = workload;
    const mmu::MachineConfig m = mmu::loadMachine(machine).value();
    for (mmu::PageSizePolicy p : sizes)
        j.runs.push_back({std::string(mmu::pageSizePolicyName(p)), machine, mmu::ReplayConfig{m, p}});
    return j;
}

/** Starts `j` and waits (up to `seconds`) for its last snapshot. */
views::SnapshotPtr replay(views::ChartsPanel &panel, mmu::ReplayJob j, int seconds = 60)
{
    QSignalSpy done(panel.controller(), &views::ReplayController::finished);
    panel.start(std::move(j));
    if (!done.wait(seconds * 1000))
        return nullptr;
    return panel.controller()->latest();
}

std::string cliOutput(const std::vector<std::string> &args)
{
    std::ostringstream out;
    std::ostringstream err;
    std::vector<std::string> all{"run"};
    all.insert(all.end(), args.begin(), args.end());
    EXPECT_EQ(cli::run(all, out, err), 0) << err.str();
    return out.str();
}

TEST(Charts, SequentialScanHitsSevenOfEightInL1)
{
    views::ChartsPanel panel;
    panel.resize(1500, 600);
    panel.show();
    const auto s = replay(panel, job("seq:size=4M,elem=512,count=81920", {mmu::PageSizePolicy::Base}));
    ASSERT_TRUE(s);
    ASSERT_FALSE(s->error) << *s->error;
    EXPECT_EQ(s->runs.front().summary.accesses, 81920u);

    ReplayChart *hits = panel.chart(ReplayChart::Kind::HitRate);
    const QStringList names = hits->lineNames();
    EXPECT_EQ(names, (QStringList{QStringLiteral("cumulative"), QStringLiteral("windowed"),
                                  QStringLiteral("L1 TLB, windowed"), QStringLiteral("L2 TLB, windowed")}));
    const QList<QPointF> windowed = hits->line(QStringLiteral("windowed"))->points();
    const QList<QPointF> l1 = hits->line(QStringLiteral("L1 TLB, windowed"))->points();
    const QList<QPointF> l2 = hits->line(QStringLiteral("L2 TLB, windowed"))->points();
    ASSERT_GT(windowed.size(), 100);
    // Windows of at least 8 accesses aligned to 8 hold whole pages: exactly 7/8 each.
    for (const QPointF &p : windowed) {
        if (p.x() >= 16) {
            EXPECT_DOUBLE_EQ(p.y(), 87.5) << "at " << p.x();
        }
    }
    for (const QPointF &p : l1) {
        if (p.x() >= 16) {
            EXPECT_DOUBLE_EQ(p.y(), 87.5);
        }
    }
    for (const QPointF &p : l2)
        EXPECT_DOUBLE_EQ(p.y(), 0.0);
    EXPECT_DOUBLE_EQ(hits->line(QStringLiteral("cumulative"))->points().last().y(), 87.5);

    // One walk per page: every walk reads the 4 levels; 1,024 minor faults in all.
    const QList<QPointF> minor = panel.chart(ReplayChart::Kind::Faults)->line(QStringLiteral("minor"))->points();
    EXPECT_DOUBLE_EQ(minor.last().y(), 1024.0);
    const QList<QPointF> rss = panel.chart(ReplayChart::Kind::Memory)->line(QStringLiteral("RSS"))->points();
    EXPECT_DOUBLE_EQ(rss.last().y(), 4.0); // MiB
    QBarSeries *bars = panel.chart(ReplayChart::Kind::WalkHistogram)->bars();
    ASSERT_TRUE(bars);
    ASSERT_EQ(bars->count(), 1);
    double total = 0;
    for (int i = 0; i < bars->barSets().front()->count(); ++i)
        total += bars->barSets().front()->at(i);
    EXPECT_NEAR(total, 100.0, 1e-6);
}

TEST(Charts, EventLoopStaysResponsiveAndPointsStayBounded)
{
    views::ChartsPanel panel;
    panel.resize(1500, 600);
    panel.show();
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    int refreshes = 0;
    bool bounded = true;
    QObject::connect(panel.controller(), &views::ReplayController::refreshed, [&](const views::SnapshotPtr &s) {
        ++refreshes;
        for (const mmu::RunSnapshot &run : s->runs)
            bounded = bounded && run.series.size() <= run.series.capacity();
        for (ReplayChart *c : panel.charts())
            for (const QString &name : c->lineNames())
                bounded = bounded && c->line(name)->count() <= c->pointCap();
    });
    clock.start();
    tick.start();
    QElapsedTimer run;
    run.start();
    const auto s = replay(panel, job("random:size=4G,count=4M,seed=3", {mmu::PageSizePolicy::Base, mmu::PageSizePolicy::Huge2M}), 300);
    tick.stop();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->runs.front().summary.accesses, 4'000'000u);
    std::cout << "[ figures  ] 2 x 4M accesses replayed in " << run.elapsed() << " ms, " << refreshes
              << " chart refreshes, longest gap between 10 ms ticks " << worst << " ms\n";
    RecordProperty("max_tick_gap_ms", static_cast<int>(worst));
    // The goal is 50 ms (measured: about 25); the bound leaves room for a loaded CI machine.
    EXPECT_LT(worst, 100 * SlowDown);
    EXPECT_TRUE(bounded);
    EXPECT_GT(refreshes, 1);
    for (ReplayChart *c : panel.charts())
        for (const QString &name : c->lineNames())
            EXPECT_LE(c->line(name)->count(), c->pointCap()) << name.toStdString();
}

TEST(Charts, CancelStopsTheWorkerPromptly)
{
    views::ChartsPanel panel;
    QSignalSpy refreshed(panel.controller(), &views::ReplayController::refreshed);
    QSignalSpy done(panel.controller(), &views::ReplayController::finished);
    panel.start(job("random:size=1G,count=1000M", {mmu::PageSizePolicy::Base}));
    ASSERT_TRUE(refreshed.wait(20000));
    EXPECT_TRUE(panel.cancelButton()->isEnabled());
    QElapsedTimer t;
    t.start();
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(done.wait(5000));
    std::cout << "[ figures  ] cancel to finished: " << t.elapsed() << " ms\n";
    EXPECT_LT(t.elapsed(), 2000 * SlowDown);
    const auto s = panel.controller()->latest();
    EXPECT_TRUE(s->stopped);
    EXPECT_LT(s->runs.front().summary.accesses, 1'000'000'000u);
    EXPECT_FALSE(panel.cancelButton()->isEnabled());
    EXPECT_FALSE(panel.controller()->isRunning());
}

TEST(Charts, ComparisonRowsAreTheCliRows)
{
    views::WorkloadPicker picker;
    ASSERT_TRUE(picker.setWorkload(QStringLiteral("random:size=64M,count=200K,seed=7")));
    picker.setMachine(QStringLiteral("teaching"));
    picker.setPageSizes({mmu::PageSizePolicy::Base, mmu::PageSizePolicy::Huge2M, mmu::PageSizePolicy::Huge1G,
                         mmu::PageSizePolicy::Thp});
    QString error;
    auto j = picker.job(&error);
    ASSERT_TRUE(j) << error.toStdString();
    const std::vector<std::string> args = j->cliArguments();
    EXPECT_EQ(args, (std::vector<std::string>{"--workload", "random:size=64M,count=200K,seed=7", "--machine", "teaching",
                                              "--compare", "4K,2M,1G,THP"}));

    views::ChartsPanel panel;
    ASSERT_TRUE(replay(panel, *j));
    const std::string text = cliOutput(args);
    const views::ComparisonTable *table = panel.comparisonTable();
    ASSERT_EQ(table->columnCount(), 4);
    ASSERT_EQ(table->rowCount(), 9);
    for (int c = 0; c < 4; ++c)
        EXPECT_EQ(table->horizontalHeaderItem(c)->text(), (QStringList{QStringLiteral("4K"), QStringLiteral("2M"), QStringLiteral("1G"), QStringLiteral("THP")}[c]));
    std::istringstream lines(text);
    std::vector<std::string> cliLines;
    for (std::string line; std::getline(lines, line);)
        cliLines.push_back(line);
    for (int r = 0; r < table->rowCount(); ++r) {
        const std::string label = table->verticalHeaderItem(r)->text().toStdString();
        const auto line = std::find_if(cliLines.begin(), cliLines.end(), [&](const std::string &l) {
            return l.rfind(label, 0) == 0 && l.size() > label.size() && l[label.size()] == ' ';
        });
        ASSERT_NE(line, cliLines.end()) << label << " not in\n" << text;
        // The cells, right-aligned in 26 columns after an 18-column label, in order.
        for (int c = 0; c < 4; ++c) {
            const std::string cell = table->item(r, c)->text().toStdString();
            const std::string printed = line->substr(18 + 26 * size_t(c), 26);
            EXPECT_EQ(printed.substr(printed.find_first_not_of(' ')), cell) << label << " column " << c;
        }
    }
}

TEST(Charts, ExportsTheCliCsvAndChartFigures)
{
    MainWindow w;
    views::ChartsPanel *panel = w.chartsPanel();
    w.chartsDock()->show();
    auto j = job("seq:size=4M", {mmu::PageSizePolicy::Base, mmu::PageSizePolicy::Huge2M});
    ASSERT_TRUE(replay(*panel, j));
    const QString dir = QDir::temp().filePath(QStringLiteral("mmulab-charts-test"));
    QDir().mkpath(dir);
    QString error;
    ASSERT_TRUE(panel->exportCsv(dir + QStringLiteral("/gui.csv"), &error)) << error.toStdString();
    std::vector<std::string> args = j.cliArguments();
    args.insert(args.end(), {"--csv", (dir + QStringLiteral("/cli.csv")).toStdString()});
    cliOutput(args);
    auto slurp = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray gui = slurp(dir + QStringLiteral("/gui.csv"));
    EXPECT_GT(gui.count('\n'), 10);
    EXPECT_EQ(gui, slurp(dir + QStringLiteral("/cli.csv")));

    ReplayChart *hits = panel->chart(ReplayChart::Kind::HitRate);
    ASSERT_TRUE(panel->exportChart(hits, dir + QStringLiteral("/hits.svg"), &error)) << error.toStdString();
    ASSERT_TRUE(panel->exportChart(hits, dir + QStringLiteral("/hits.png"), &error)) << error.toStdString();
    EXPECT_TRUE(slurp(dir + QStringLiteral("/hits.svg")).contains("<svg"));
    EXPECT_TRUE(slurp(dir + QStringLiteral("/hits.png")).startsWith("\x89PNG"));
    EXPECT_FALSE(panel->exportChart(hits, dir + QStringLiteral("/hits.bmp"), &error));
}

TEST(Charts, PickerBuildsTheCliSpec)
{
    views::WorkloadPicker picker;
    ASSERT_TRUE(picker.setWorkload(QStringLiteral("stride:size=16M,stride=4K,count=100K")));
    EXPECT_EQ(picker.workloadSpec(), QStringLiteral("stride:size=16M,stride=4K,count=100K"));
    EXPECT_FALSE(picker.setWorkload(QStringLiteral("stride:size=16M"))); // stride is required
    picker.setCompareMachine(QStringLiteral("skylake"));
    picker.setPageSizes({mmu::PageSizePolicy::Thp});
    QString error;
    auto j = picker.job(&error);
    ASSERT_TRUE(j) << error.toStdString();
    ASSERT_EQ(j->runs.size(), 2u);
    EXPECT_EQ(j->runs[1].label, "skylake");
    EXPECT_EQ(j->cliArguments().back(), "THP");
    picker.setPageSizes({mmu::PageSizePolicy::Thp, mmu::PageSizePolicy::Base});
    EXPECT_FALSE(picker.job(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("not both")));
}

TEST(Charts, CursorShowsTheClickedAccessInTheStepThroughViews)
{
    MainWindow w;
    views::ChartsPanel *panel = w.chartsPanel();
    const std::string spec = "seq:size=4M,elem=512,count=20000";
    auto j = job(spec, {mmu::PageSizePolicy::Base});
    ASSERT_TRUE(replay(*panel, j));

    // The access the cursor should land on, straight from the generator.
    const quint64 index = 12'345;
    auto source = j.openSource();
    ASSERT_TRUE(source);
    std::vector<mmu::MemoryAccess> accesses(index + 1);
    ASSERT_EQ(source.value()->read(accesses), accesses.size());

    QSignalSpy ready(panel, &views::ChartsPanel::cursorSessionReady);
    panel->selectAccess(index);
    ASSERT_TRUE(ready.wait(20000)) << panel->cursorText().toStdString();
    EXPECT_EQ(w.lastTranslation().va, accesses.back().address);
    // Access 12,345 is the second of its page (12,345 mod 8 = 1): an L1 TLB hit, no walk.
    EXPECT_EQ(w.lastTranslation().tlbHitLevel, 1);
    EXPECT_TRUE(panel->cursorText().contains(QLocale().toString(12'346ULL))) << panel->cursorText().toStdString();

    panel->selectAccess(12'344); // the first of that page: a walk, the page already faulted in before
    ASSERT_TRUE(ready.wait(20000));
    EXPECT_EQ(w.lastTranslation().tlbHitLevel, 0);
    EXPECT_TRUE(w.lastTranslation().ok());

    panel->selectAccess(views::ChartsPanel::CursorLimit);
    EXPECT_TRUE(panel->cursorText().contains(QStringLiteral("out of the cursor's range")));
}

TEST(Charts, ScreenshotOfAFinishedComparison)
{
    MainWindow w;
    w.resize(1920, 1080);
    w.show();
    w.chartsDock()->show();
    w.resizeDocks({w.chartsDock()}, {880}, Qt::Horizontal);
    w.translate(0x7fffa1b2c3d4);
    ASSERT_TRUE(replay(*w.chartsPanel(), job("hotcold:size=1G,hot=16M,count=3M,seed=5",
                                             {mmu::PageSizePolicy::Base, mmu::PageSizePolicy::Huge2M,
                                              mmu::PageSizePolicy::Thp})));
    QCoreApplication::processEvents();
    QDir().mkpath(QStringLiteral(MMULAB_SCREENSHOT_DIR));
    const QImage grab = w.grab().toImage();
    EXPECT_EQ(grab.size(), QSize(1920, 1080));
    EXPECT_TRUE(grab.save(QStringLiteral(MMULAB_SCREENSHOT_DIR "/charts-comparison.png")));

    auto single = job("seq:size=4M,elem=512,count=81920", {mmu::PageSizePolicy::Base});
    ASSERT_TRUE(replay(*w.chartsPanel(), single));
    w.chartsPanel()->selectAccess(40'000);
    QSignalSpy ready(w.chartsPanel(), &views::ChartsPanel::cursorSessionReady);
    ASSERT_TRUE(ready.wait(20000));
    QCoreApplication::processEvents();
    EXPECT_TRUE(w.grab().save(QStringLiteral(MMULAB_SCREENSHOT_DIR "/charts-single.png")));
}

/** One run of `accesses` accesses whose walk cycles so far are `walkCycles(accesses so far)`. */
mmu::ReplaySnapshot syntheticRun(uint64_t accesses, const std::function<uint64_t(uint64_t)> &walkCycles)
{
    mmu::RunSnapshot run;
    run.label = "4K";
    run.tlbLevels = 1;
    run.summary.accesses = accesses;
    for (uint64_t a = 0; a < accesses;) {
        a = std::min(run.series.nextSampleAt(), accesses);
        mmu::ReplaySample sample;
        sample.accesses = a;
        sample.tlbHits = a;
        sample.walkCycles = walkCycles(a);
        sample.rssBytes = 4096;
        sample.pageTableBytes = 4096;
        run.series.record(sample);
    }
    mmu::ReplaySnapshot snapshot;
    snapshot.runs.push_back(std::move(run));
    snapshot.finished = true;
    return snapshot;
}

/** The y axis on show (a chart with a log scale keeps its idle axis hidden). */
QAbstractAxis *shownY(const ReplayChart &chart)
{
    QAbstractAxis *shown = nullptr;
    for (QAbstractAxis *a : chart.chart()->axes(Qt::Vertical)) {
        if (a->isVisible()) {
            EXPECT_EQ(shown, nullptr) << "two y axes on show";
            shown = a;
        }
    }
    return shown;
}

QValueAxis *yAxis(ReplayChart &chart)
{
    return qobject_cast<QValueAxis *>(shownY(chart));
}

TEST(Charts, LogScaleDrawsAllZeroWalkCyclesAtAFloorAndSaysSo)
{
    ReplayChart chart(ReplayChart::Kind::WalkCycles);
    chart.resize(600, 300);
    chart.show();
    ASSERT_TRUE(chart.offersLogScale());
    ASSERT_TRUE(chart.logScaleAction());
    EXPECT_FALSE(chart.logScale()) << "walk cycles start linear";
    chart.setSnapshot(syntheticRun(10'000, [](uint64_t) { return 0; })); // every access a TLB hit

    chart.logScaleAction()->trigger(); // as the context menu does
    ASSERT_TRUE(chart.logScale());
    const QXYSeries *line = chart.line(QStringLiteral("walk cycles per access"));
    ASSERT_TRUE(line);
    ASSERT_GT(line->count(), 10);
    EXPECT_DOUBLE_EQ(chart.logFloor(), 0.1);
    for (const QPointF &p : line->points()) {
        ASSERT_TRUE(std::isfinite(p.y()));
        EXPECT_DOUBLE_EQ(p.y(), 0.1);
    }
    auto *log = qobject_cast<QLogValueAxis *>(shownY(chart));
    ASSERT_TRUE(log) << "the y axis is a log axis";
    EXPECT_GT(log->min(), 0);
    EXPECT_LE(log->min(), 0.1);
    EXPECT_GT(log->max(), log->min());
    EXPECT_EQ(log->titleText(), QStringLiteral("cycles per access (log; 0 at 0.1)"));

    chart.setLogScale(false);
    ASSERT_TRUE(yAxis(chart));
    EXPECT_EQ(yAxis(chart)->titleText(), QStringLiteral("cycles per access"));
    EXPECT_DOUBLE_EQ(chart.logFloor(), 0.0);
    for (const QPointF &p : chart.line(QStringLiteral("walk cycles per access"))->points())
        EXPECT_DOUBLE_EQ(p.y(), 0.0);
}

TEST(Charts, LogScaleFloorIsADecadeBelowTheSmallestWalkCost)
{
    ReplayChart chart(ReplayChart::Kind::WalkCycles);
    chart.resize(600, 300);
    chart.show();
    // A walk of 30 cycles per 1,000 accesses: windows of 0.03 cycles per access and windows of 0.
    chart.setSnapshot(syntheticRun(200'000, [](uint64_t a) { return a / 100'000 * 3'000; }));
    chart.setLogScale(true);
    const QList<QPointF> points = chart.line(QStringLiteral("walk cycles per access"))->points();
    double smallest = std::numeric_limits<double>::infinity();
    for (const QPointF &p : points)
        if (p.y() > chart.logFloor())
            smallest = std::min(smallest, p.y());
    ASSERT_TRUE(std::isfinite(smallest)) << "some windows walk";
    EXPECT_GT(chart.logFloor(), 0);
    EXPECT_LE(chart.logFloor(), smallest / 10 * (1 + 1e-9)) << "0 cannot pass for a small positive value";
    const auto *log = qobject_cast<QLogValueAxis *>(shownY(chart));
    ASSERT_TRUE(log);
    EXPECT_DOUBLE_EQ(log->min(), chart.logFloor());
}

TEST(Charts, MemoryStartsOnALogScaleAndFaultsOffersOne)
{
    EXPECT_TRUE(ReplayChart(ReplayChart::Kind::Memory).logScale());
    EXPECT_TRUE(ReplayChart(ReplayChart::Kind::Faults).offersLogScale());
    EXPECT_FALSE(ReplayChart(ReplayChart::Kind::HitRate).offersLogScale());
    EXPECT_EQ(ReplayChart(ReplayChart::Kind::HitRate).logScaleAction(), nullptr);
}

struct TickCase {
    uint64_t accesses;
    double step;
    QStringList labels;
};

void PrintTo(const TickCase &t, std::ostream *out)
{
    *out << t.accesses << " accesses";
}

class AccessTicks : public testing::TestWithParam<TickCase> {};

TEST_P(AccessTicks, AreRoundAndCompact)
{
    const TickCase &t = GetParam();
    ReplayChart chart(ReplayChart::Kind::HitRate);
    chart.resize(560, 300); // room for 7 labels
    chart.show();
    chart.setSnapshot(syntheticRun(t.accesses, [](uint64_t) { return 0; }));
    EXPECT_DOUBLE_EQ(chart.xTickStep(), t.step);
    auto *x = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(x);
    EXPECT_EQ(x->categoriesLabels().join(u'|').toStdString(), t.labels.join(u'|').toStdString());
    const QStringList labels = x->categoriesLabels();
    for (qsizetype i = 0; i < labels.size(); ++i)
        EXPECT_DOUBLE_EQ(x->endValue(labels[i]), static_cast<double>(i) * t.step) << labels[i].toStdString();
    EXPECT_DOUBLE_EQ(x->min(), 0);
    EXPECT_DOUBLE_EQ(x->max(), static_cast<double>(t.accesses));
    EXPECT_EQ(x->titleText(), QStringLiteral("accesses"));
}

const QString M = QStringLiteral("\u00a0M");

INSTANTIATE_TEST_SUITE_P(
    Charts, AccessTicks,
    testing::Values(TickCase{1'000, 200, {QStringLiteral("0"), QStringLiteral("200"), QStringLiteral("400"), QStringLiteral("600"),
                                          QStringLiteral("800"), QStringLiteral("1\u00a0k")}},
                    TickCase{7'300'000, 2e6, {QStringLiteral("0"), QStringLiteral("2") + M, QStringLiteral("4") + M,
                                              QStringLiteral("6") + M}},
                    TickCase{100'000'000, 2e7, {QStringLiteral("0"), QStringLiteral("20") + M, QStringLiteral("40") + M,
                                                QStringLiteral("60") + M, QStringLiteral("80") + M, QStringLiteral("100") + M}},
                    TickCase{2'000'000, 5e5, {QStringLiteral("0"), QStringLiteral("500\u00a0k"), QStringLiteral("1") + M,
                                              QStringLiteral("1.5") + M, QStringLiteral("2") + M}}));

TEST(Charts, AccessLabelsFollowTheLocale)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = ReplayChart::accessLabel(1'500'000);
    const QString small = ReplayChart::accessLabel(250);
    QLocale::setDefault(before);
    EXPECT_EQ(german, QStringLiteral("1,5\u00a0M"));
    EXPECT_EQ(small, QStringLiteral("250"));
    EXPECT_EQ(ReplayChart::accessLabel(0), QStringLiteral("0"));
    EXPECT_EQ(ReplayChart::accessLabel(2.5e9), QStringLiteral("2.5\u00a0G"));
}

/** Every legend entry of `chart` whole, inside the view and overlapping no other. */
void expectReadableLegend(ReplayChart *chart, int width)
{
    const QString what = QStringLiteral("%1 at %2 px").arg(chart->chart()->title()).arg(width);
    const QList<views::ChartLegend::Entry> entries = chart->legendEntries();
    QStringList texts;
    for (const views::ChartLegend::Entry &e : entries)
        texts.append(e.text);
    if (!chart->bars()) {
        EXPECT_EQ(texts, chart->lineNames()) << what.toStdString();
    }
    EXPECT_FALSE(entries.isEmpty()) << what.toStdString();
    EXPECT_FALSE(chart->chart()->legend()->isVisible()) << "Qt's legend, which elides, is off";
    const QRectF view = chart->viewport()->rect();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const views::ChartLegend::Entry &e = entries[i];
        EXPECT_EQ(e.shown, e.text) << what.toStdString() << ": elided";
        EXPECT_TRUE(view.contains(e.rect)) << what.toStdString() << ": " << e.text.toStdString() << " outside the view";
        EXPECT_GE(e.rect.top(), chart->chart()->plotArea().bottom()) << e.text.toStdString() << " over the plot";
        for (qsizetype j = 0; j < i; ++j)
            EXPECT_FALSE(e.rect.intersects(entries[j].rect)) << e.text.toStdString() << " on " << entries[j].text.toStdString();
    }
}

TEST(Charts, LegendsWrapInANarrowDockAndNothingIsElided)
{
    MainWindow w;
    w.resize(1920, 1080);
    w.show();
    QDockWidget *dock = w.chartsDock();
    dock->show();
    views::ChartsPanel *panel = w.chartsPanel();
    // Four runs: eight entries in the memory chart's legend, up to sixteen in the faults'.
    ASSERT_TRUE(replay(*panel, job("random:size=1G,count=2M,seed=7", {mmu::PageSizePolicy::Base, mmu::PageSizePolicy::Huge2M,
                                                                    mmu::PageSizePolicy::Huge1G, mmu::PageSizePolicy::Thp})));
    QDir().mkpath(QStringLiteral(MMULAB_SCREENSHOT_DIR));
    for (int width : {400, 900, 1200}) {
        if (width > 900) { // wider than the window lets a docked dock be: floating
            dock->setFloating(true);
            dock->resize(width, 1000);
        }
        w.resizeDocks({dock}, {width}, Qt::Horizontal);
        for (int pass = 0; pass < 3; ++pass) // the dock's size, then the panel's columns, then the charts'
            QCoreApplication::processEvents();
        EXPECT_NEAR(dock->width(), width, 8) << "the dock cannot be made " << width << " px wide";
        EXPECT_EQ(panel->columns(), width < views::ChartsPanel::TwoColumnWidth ? 1 : 2) << width;
        for (ReplayChart *c : panel->charts())
            expectReadableLegend(c, width);
        EXPECT_TRUE(dock->grab().save(QStringLiteral(MMULAB_SCREENSHOT_DIR "/charts-dock-%1.png").arg(width)));
    }
    ReplayChart *walks = panel->chart(ReplayChart::Kind::WalkCycles);
    walks->setLogScale(true);
    QCoreApplication::processEvents();
    expectReadableLegend(walks, 1200);
    EXPECT_TRUE(walks->grab().save(QStringLiteral(MMULAB_SCREENSHOT_DIR "/charts-walk-cycles-log.png")));
}

/** Switches the application's language for a test, and back to English however the test ends. */
class LanguageSwitch {
public:
    explicit LanguageSwitch(const QString &code) { m_language.apply(code); }
    ~LanguageSwitch() { m_language.apply(QStringLiteral("en")); }

private:
    AppLanguage m_language;
};

TEST(Charts, TitlesAxesLegendsAndTableFollowTheLanguage)
{
    views::ChartsPanel panel;
    panel.resize(1200, 800);
    panel.show();
    ASSERT_TRUE(replay(panel, job("seq:size=4M,elem=512,count=20000", {mmu::PageSizePolicy::Base})));
    ReplayChart *hits = panel.chart(ReplayChart::Kind::HitRate);
    ReplayChart *memory = panel.chart(ReplayChart::Kind::Memory);
    ASSERT_EQ(hits->chart()->title(), QStringLiteral("TLB hit rate"));
    ASSERT_EQ(panel.statusText(), QStringLiteral("Replayed 20,000 accesses."));
    ASSERT_EQ(panel.cursorText(), QStringLiteral("Click a chart to step through that access."));
    {
        LanguageSwitch german(QStringLiteral("de"));
        // The status line says what it said, now in German, with German digit grouping.
        EXPECT_EQ(panel.statusText(), QStringLiteral("20.000 Zugriffe abgespielt."));
        EXPECT_EQ(panel.cursorText(), QStringLiteral("Klicken Sie in ein Diagramm, um diesen Zugriff schrittweise durchzugehen."));
        EXPECT_EQ(hits->chart()->title(), QStringLiteral("TLB-Trefferquote"));
        EXPECT_EQ(panel.chart(ReplayChart::Kind::Faults)->chart()->title(), QStringLiteral("Seitenfehler nach Art"));
        EXPECT_EQ(hits->chart()->axes(Qt::Horizontal).value(0)->titleText(), QStringLiteral("Zugriffe"));
        EXPECT_EQ(shownY(*hits)->titleText(), QStringLiteral("Trefferquote (%)"));
        EXPECT_EQ(shownY(*memory)->titleText(), QStringLiteral("MiB (log. Skala)"));
        EXPECT_EQ(hits->lineNames().value(0), QStringLiteral("kumuliert"));
        EXPECT_EQ(hits->legendEntries().value(0).text, QStringLiteral("kumuliert"));
        EXPECT_EQ(panel.chart(ReplayChart::Kind::WalkHistogram)->bars()->barSets().value(0)->label(),
                  QStringLiteral("Durchlauf-Takte pro Zugriff"));
        EXPECT_EQ(panel.comparisonTable()->verticalHeaderItem(0)->text(), QStringLiteral("TLB-Trefferquote"));
        EXPECT_EQ(memory->logScaleAction()->text(), QStringLiteral("&Logarithmische Skala"));
    }
    EXPECT_EQ(hits->chart()->title(), QStringLiteral("TLB hit rate"));
    EXPECT_EQ(panel.statusText(), QStringLiteral("Replayed 20,000 accesses."));
    EXPECT_EQ(hits->lineNames().value(0), QStringLiteral("cumulative"));
    EXPECT_EQ(panel.comparisonTable()->verticalHeaderItem(0)->text(), QStringLiteral("TLB hit rate"));
}

} // namespace
