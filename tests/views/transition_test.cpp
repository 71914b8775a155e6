// SPDX-License-Identifier: GPL-3.0-or-later
// Animated steps (issue 6): a transition draws pictures between the two steps' pictures, ends
// exactly at the new step's static picture, follows the speed and the setting, and never
// reaches a figure half-way.
#include "bitsliceview.h"
#include "cycleview.h"
#include "figureactions.h"
#include "mainwindow.h"
#include "playbackbar.h"
#include "stepcontroller.h"
#include "steptransition.h"
#include "tlbview.h"
#include "walkview.h"
#include "windowfixture.h"

#include "translationsession.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

using namespace viewtest;

/** Pictures of the whole view and of the animated panels. */
struct Pictures {
    QImage window, bits, walk, tlb, cycles;
};

/**
 * A projector-sized window at the step before the PDPT entry read, so the next step moves the
 * bit-slice highlight from PML4 to PDPT, reads a new table and adds cycles to the bar.
 */
struct Fixture : WindowFixture {
    int beforeRead = -1;

    Fixture()
    {
        window->show();
        window->translate(WorkedExample);
        beforeRead = firstStepOf(*window, mmu::Stage::EntryRead, 1) - 1;
        window->stepController()->goToStep(beforeRead);
        settle();
    }
    views::StepTransition &transition() { return *window->stepTransition(); }
    Pictures pictures()
    {
        settle();
        return {window->centralWidget()->grab().toImage(), window->bitSliceView()->grab().toImage(),
                window->walkView()->grab().toImage(), window->tlbView()->grab().toImage(),
                window->cycleView()->grab().toImage()};
    }
};

TEST(StepTransition, FramesInBetweenDifferFromBothEndsAndTheLastIsTheStaticPicture)
{
    Fixture f;
    ASSERT_GE(f.beforeRead, 0);
    const Pictures before = f.pictures();
    f.w().stepController()->stepForward();
    const Pictures after = f.pictures(); // the static picture of the PDPT read
    f.w().stepController()->stepBack();
    ASSERT_TRUE(f.pictures().window == before.window);

    f.w().setAnimationsEnabled(true);
    f.w().stepController()->stepForward();
    ASSERT_TRUE(f.transition().isRunning());
    f.transition().holdAt(0.5);
    EXPECT_GT(f.transition().progress(), 0.0);
    EXPECT_LT(f.transition().progress(), 1.0);
    const Pictures mid = f.pictures();
    EXPECT_FALSE(mid.window == before.window);
    EXPECT_FALSE(mid.window == after.window);
    // Each animated panel is on its way: the highlight slides, the new table fades in, the bar grows.
    EXPECT_FALSE(mid.bits == before.bits);
    EXPECT_FALSE(mid.bits == after.bits);
    EXPECT_FALSE(mid.walk == before.walk);
    EXPECT_FALSE(mid.walk == after.walk);
    EXPECT_FALSE(mid.cycles == before.cycles);
    EXPECT_FALSE(mid.cycles == after.cycles);
    QDir().mkpath(QStringLiteral(MMULAB_SCREENSHOT_DIR));
    EXPECT_TRUE(mid.window.save(QStringLiteral(MMULAB_SCREENSHOT_DIR "/transition-halfway.png")));
    // Further on is another picture again.
    f.transition().holdAt(0.8);
    EXPECT_FALSE(f.pictures().bits == mid.bits);

    f.transition().finish();
    EXPECT_FALSE(f.transition().isRunning());
    EXPECT_EQ(f.transition().progress(), 1.0);
    const Pictures end = f.pictures();
    EXPECT_TRUE(end.window == after.window);
    EXPECT_TRUE(end.bits == after.bits);
    EXPECT_TRUE(end.walk == after.walk);
    EXPECT_TRUE(end.tlb == after.tlb);
    EXPECT_TRUE(end.cycles == after.cycles);
}

TEST(StepTransition, TlbSetHighlightMovesBetweenTranslations)
{
    Fixture f;
    f.w().translate(0x400000); // another page: its lookup indexes another set
    const int lookup = firstStepOf(f.w(), mmu::Stage::TlbLookup);
    ASSERT_GE(lookup, 0);
    f.w().stepController()->goTo(1, lookup);
    const QImage to = f.pictures().tlb;
    f.w().stepController()->goTo(0, 1000); // the first translation's last step
    const QImage from = f.pictures().tlb;
    f.w().setAnimationsEnabled(true);
    f.w().stepController()->goTo(1, lookup);
    f.transition().holdAt(0.5);
    const QImage mid = f.pictures().tlb;
    EXPECT_FALSE(mid == from);
    EXPECT_FALSE(mid == to);
    f.transition().finish();
    EXPECT_TRUE(f.pictures().tlb == to);
}

TEST(StepTransition, RunsToTheStaticPictureByItself)
{
    Fixture f;
    f.w().stepController()->stepForward();
    const QImage after = f.pictures().window;
    f.w().stepController()->stepBack();
    f.w().setAnimationsEnabled(true);
    f.w().stepController()->stepForward();
    EXPECT_TRUE(f.transition().isRunning());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !f.transition().isRunning(); }, 3000));
    EXPECT_EQ(f.transition().progress(), 1.0);
    EXPECT_TRUE(f.pictures().window == after);
}

TEST(StepTransition, DurationFollowsTheSpeedAndIsIndependentOfCycles)
{
    Fixture f;
    f.w().playbackBar()->setSpeed(1);
    const int slow = f.transition().duration();
    f.w().playbackBar()->setSpeed(10);
    const int fast = f.transition().duration();
    EXPECT_GT(slow, fast);
    // Done before the next played step starts: the picture rests between steps.
    EXPECT_LT(fast, f.w().stepController()->interval());
    EXPECT_LE(slow, 400);
    // The same duration whatever the step costs: a DRAM read and a TLB hit move alike.
    f.w().setAnimationsEnabled(true);
    f.w().stepController()->stepForward();
    EXPECT_EQ(f.transition().duration(), fast);
    f.w().stepController()->first();
    EXPECT_EQ(f.transition().duration(), fast);
}

TEST(StepTransition, OffMeansEveryStepAppearsAtOnceAndTheSettingIsKept)
{
    QTemporaryDir dir;
    {
        MainWindow w(settingsIn(dir));
        EXPECT_TRUE(w.animationsEnabled()); // on unless someone turned it off
        w.show();
        w.translate(WorkedExample);
        w.setAnimationsEnabled(false);
        w.stepController()->stepForward();
        EXPECT_FALSE(w.stepTransition()->isRunning());
        EXPECT_EQ(w.stepTransition()->progress(), 1.0);
    }
    MainWindow again(settingsIn(dir));
    EXPECT_FALSE(again.animationsEnabled());
}

TEST(StepTransition, AFigureNeverShowsAFrameInBetween)
{
    Fixture f;
    f.w().setAnimationsEnabled(true);
    f.w().stepController()->stepForward();
    f.transition().holdAt(0.5);
    const QString mid = f.dir.filePath(QStringLiteral("mid.png"));
    ASSERT_TRUE(f.w().figureActions()->exportTo(mid));
    EXPECT_FALSE(f.transition().isRunning());
    EXPECT_EQ(f.transition().progress(), 1.0);
    const QString done = f.dir.filePath(QStringLiteral("done.png"));
    ASSERT_TRUE(f.w().figureActions()->exportTo(done));
    const QImage a(mid);
    ASSERT_FALSE(a.isNull());
    EXPECT_TRUE(a == QImage(done));
}

} // namespace
