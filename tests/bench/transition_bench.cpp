// SPDX-License-Identifier: GPL-3.0-or-later
// Frame time of an animated step (issue 6: ≤ 16 ms per frame on the offscreen renderer): the
// whole main window at 1920 × 1080 rendered at points part way through a transition. A live
// frame repaints only the animated panels, so this is the worst case.
#include "appsettings.h"
#include "bitsliceview.h"
#include "cycleview.h"
#include "mainwindow.h"
#include "stepcontroller.h"
#include "steptransition.h"
#include "tlbview.h"
#include "walkview.h"

#include "translationsession.h"

#include <QApplication>
#include <QImage>
#include <QSettings>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>

namespace {

constexpr uint64_t WorkedExample = 0x7fffa1b2c3d4;

/** A shown window at the step before the PDPT entry read: the next step moves every animated panel. */
struct Window {
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    Window()
    {
        window = std::make_unique<MainWindow>(std::make_unique<AppSettings>(
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat)));
        window->setAnimationsEnabled(true);
        window->resize(1920, 1080);
        window->show();
        window->translate(WorkedExample);
        const auto &steps = window->session().steps();
        for (size_t i = 0; i < steps.size(); ++i)
            if (steps[i].stage == mmu::Stage::EntryRead && steps[i].level == 1) {
                window->stepController()->goToStep(static_cast<int>(i) - 1);
                break;
            }
        window->stepTransition()->finish();
        QCoreApplication::processEvents();
    }
};

void BM_TransitionFrame(benchmark::State &state)
{
    Window w;
    w.window->stepController()->stepForward();
    int frame = 0;
    for (auto _ : state) {
        // Sixteen points spread over the transition, as a 60 Hz display shows a 250 ms one.
        w.window->stepTransition()->holdAt((frame++ % 16) / 16.0);
        const QImage picture = w.window->grab().toImage();
        benchmark::DoNotOptimize(picture.constBits());
    }
    state.counters["frames/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TransitionFrame)->Unit(benchmark::kMillisecond);

/** What a live frame repaints: only the four animated panels. */
void BM_TransitionPanelsFrame(benchmark::State &state)
{
    Window w;
    w.window->stepController()->stepForward();
    const QList<QWidget *> panels{w.window->bitSliceView(), w.window->walkView(), w.window->tlbView(),
                                  w.window->cycleView()};
    int frame = 0;
    for (auto _ : state) {
        w.window->stepTransition()->holdAt((frame++ % 16) / 16.0);
        for (QWidget *panel : panels) {
            const QImage picture = panel->grab().toImage();
            benchmark::DoNotOptimize(picture.constBits());
        }
    }
    state.counters["frames/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TransitionPanelsFrame)->Unit(benchmark::kMillisecond);

void BM_StaticFrame(benchmark::State &state)
{
    Window w;
    for (auto _ : state) {
        const QImage picture = w.window->grab().toImage();
        benchmark::DoNotOptimize(picture.constBits());
    }
}
BENCHMARK(BM_StaticFrame)->Unit(benchmark::kMillisecond);

/** What a step costs before its first frame: the panels note where they start, then show the step. */
void BM_TransitionStart(benchmark::State &state)
{
    Window w;
    bool forward = true;
    for (auto _ : state) {
        if (forward)
            w.window->stepController()->stepForward();
        else
            w.window->stepController()->stepBack();
        forward = !forward;
    }
}
BENCHMARK(BM_TransitionStart)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    const char *platform = std::getenv("QT_QPA_PLATFORM");
    if (!platform || !*platform)
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
