// SPDX-License-Identifier: GPL-3.0-or-later
// The step-through GUI (issue 6): drive translations through the main window and check what
// each panel shows after every step, that stepping back gives the same picture, and the keys.
#include "accessform.h"
#include "addressentry.h"
#include "appsettings.h"
#include "bitsliceview.h"
#include "cycleview.h"
#include "faultview.h"
#include "mainwindow.h"
#include "memorymapview.h"
#include "narrationview.h"
#include "playbackbar.h"
#include "stepcontroller.h"
#include "steplistview.h"
#include "tlbview.h"
#include "walkview.h"

#include "translationsession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

constexpr uint64_t WorkedExample = 0x7fffa1b2c3d4; // FACTS.md: PML4 255, PDPT 510, PD 269, PT 300
constexpr uint64_t TwoMiBPage = 0x7f0000123456;   // inside the default layout's 2 MiB region

/** Lets pending layout requests run, as the event loop would before the next paint. */
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

std::unique_ptr<AppSettings> settingsIn(const QTemporaryDir &dir)
{
    return std::make_unique<AppSettings>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("mmulab.ini")), QSettings::IniFormat));
}

/** A window with settings of its own, at the size of a projector. */
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        window = std::make_unique<MainWindow>(settingsIn(dir));
        window->resize(1920, 1080);
        window->setAnimationsEnabled(false); // each step's static picture; transition_test animates
    }
    MainWindow &w() { return *window; }
    views::StepController &steps() { return *window->stepController(); }
    QImage picture()
    {
        settle();
        return window->centralWidget()->grab().toImage();
    }
};

int firstStepOf(const MainWindow &w, mmu::Stage stage, int level = -1)
{
    const auto &steps = w.session().steps();
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i].stage == stage && (level < 0 || steps[i].level == level))
            return static_cast<int>(i);
    return -1;
}

QString saveDir()
{
    QDir().mkpath(QStringLiteral(MMULAB_SCREENSHOT_DIR));
    return QStringLiteral(MMULAB_SCREENSHOT_DIR);
}

TEST(StepThrough, TlbMissWalksFourLevelsStepByStep)
{
    Fixture f;
    f.w().translate(WorkedExample);
    const auto &steps = f.w().session().steps();
    ASSERT_FALSE(steps.empty());
    ASSERT_EQ(f.steps().step(), 0);
    EXPECT_EQ(f.w().bitSliceView()->highlightedField(), -1);
    EXPECT_TRUE(f.w().narrationView()->sentence().contains(QStringLiteral("canonical")));

    const int levels[] = {255, 510, 269, 300};
    int readsSeen = 0;
    for (int i = 1; i < static_cast<int>(steps.size()); ++i) {
        f.steps().stepForward();
        ASSERT_EQ(f.steps().step(), i);
        const mmu::Step &s = steps[static_cast<size_t>(i)];
        const QString sentence = f.w().narrationView()->sentence();
        switch (s.stage) {
        case mmu::Stage::TlbLookup:
            EXPECT_EQ(s.outcome, mmu::Outcome::Miss);
            EXPECT_TRUE(f.w().tlbView()->missed(s.unit));
            EXPECT_EQ(f.w().tlbView()->indexedSet(s.unit), static_cast<int>(s.set));
            EXPECT_TRUE(sentence.contains(QStringLiteral("miss in set %1").arg(s.set))) << sentence.toStdString();
            EXPECT_TRUE(sentence.contains(QStringLiteral("0x7fffa1b2c"))) << sentence.toStdString();
            EXPECT_EQ(f.w().walkView()->highlightedLevel(), -1);
            break;
        case mmu::Stage::EntryRead: {
            ++readsSeen;
            EXPECT_EQ(f.w().bitSliceView()->highlightedField(), s.level);
            EXPECT_EQ(f.w().walkView()->highlightedLevel(), s.level);
            const mmu::Step *shown = f.w().walkView()->entryRead(s.level);
            ASSERT_NE(shown, nullptr);
            EXPECT_EQ(shown->index, static_cast<uint64_t>(levels[s.level]));
            EXPECT_EQ(shown->entryAddress, shown->tableBase + shown->index * 8);
            const QString name = QString::fromStdString(f.w().session().format().levels[static_cast<size_t>(s.level)].name);
            EXPECT_TRUE(sentence.contains(QStringLiteral("%1[%2]").arg(name).arg(levels[s.level]))) << sentence.toStdString();
            // Deeper levels are not read yet.
            for (int l = s.level + 1; l < 4; ++l)
                EXPECT_EQ(f.w().walkView()->levelState(l), views::WalkView::LevelState::Pending);
            break;
        }
        case mmu::Stage::Physical:
            EXPECT_EQ(f.w().bitSliceView()->highlightedField(), 4); // the offset
            EXPECT_TRUE(sentence.contains(QStringLiteral("Physical address"))) << sentence.toStdString();
            break;
        default:
            break;
        }
    }
    EXPECT_EQ(readsSeen, 4);
    // The narration says where the walk starts.
    const int lastLookup = firstStepOf(f.w(), mmu::Stage::EntryRead, 0) - 1;
    EXPECT_TRUE(f.w().stepListView()->sentence(lastLookup).contains(QStringLiteral("the walk starts at CR3")));
    EXPECT_EQ(f.w().cycleView()->runningTotal(), f.w().lastTranslation().cycles);
    EXPECT_EQ(f.w().faultView()->faultCount(), 0);
    EXPECT_TRUE(f.steps().atEnd());
}

TEST(StepThrough, StepBackRestoresThePictureExactly)
{
    Fixture f;
    f.w().show();
    f.w().translate(WorkedExample);
    std::vector<QImage> pictures;
    for (int i = 0; i < f.steps().stepCount(); ++i) {
        pictures.push_back(f.picture());
        f.steps().stepForward();
    }
    for (int i = f.steps().stepCount() - 1; i >= 0; --i) {
        ASSERT_EQ(f.steps().step(), i);
        EXPECT_TRUE(f.picture() == pictures[static_cast<size_t>(i)]) << "step " << i;
        f.steps().stepBack();
    }
}

TEST(StepThrough, StepBackAcrossTranslationsReplays)
{
    Fixture f;
    f.w().show();
    // Typed, as in a lecture: the address field shows each translation's address as it was typed.
    QLineEdit *edit = f.w().addressEntry()->lineEdit();
    auto type = [&](const char *address) {
        edit->setText(QString::fromLatin1(address));
        QTest::keyClick(edit, Qt::Key_Return);
    };
    type("0x7fff_a1b2_c3d4");
    f.steps().last();
    settle();
    // The panels of the first translation's end, seen live (only the position line may
    // differ later: it counts the translations).
    const QImage walkLive = f.w().walkView()->grab().toImage();
    const QImage tlbLive = f.w().tlbView()->grab().toImage();
    const QImage memoryLive = f.w().memoryMapView()->grab().toImage();
    const QString sentenceLive = f.w().narrationView()->sentence();
    type("0x400000"); // text page: a second translation, another walk
    ASSERT_EQ(f.w().session().current(), 1);
    f.steps().last();
    const QImage endOfSecond = f.picture();
    f.steps().first();
    f.steps().stepBack(); // from step 1 of translation 2 into the last step of translation 1: a replay
    EXPECT_EQ(f.w().session().current(), 0);
    EXPECT_EQ(f.steps().step(), f.steps().stepCount() - 1);
    settle();
    EXPECT_TRUE(f.w().walkView()->grab().toImage() == walkLive);
    EXPECT_TRUE(f.w().tlbView()->grab().toImage() == tlbLive);
    EXPECT_TRUE(f.w().memoryMapView()->grab().toImage() == memoryLive);
    EXPECT_EQ(f.w().narrationView()->sentence(), sentenceLive);
    EXPECT_EQ(edit->text(), QStringLiteral("0x7fff_a1b2_c3d4"));
    const QImage replayed = f.picture();
    f.steps().stepForward();
    f.steps().last();
    EXPECT_EQ(f.w().session().current(), 1);
    EXPECT_TRUE(f.picture() == endOfSecond);
    f.steps().first();
    f.steps().stepBack();
    EXPECT_TRUE(f.picture() == replayed);
}

TEST(StepThrough, SteppingBackToAnEarlierTranslationShowsItsAddress)
{
    Fixture f;
    QLineEdit *edit = f.w().addressEntry()->lineEdit();
    for (const char *a : {"0x7fff_a1b2_c3d4", "0x400000", "0x7f00_0012_3456"}) {
        edit->setText(QString::fromLatin1(a));
        QTest::keyClick(edit, Qt::Key_Return);
    }
    ASSERT_EQ(f.w().session().count(), 3);
    ASSERT_EQ(f.steps().step(), 0);
    f.steps().stepBack(); // into the second translation's last step
    ASSERT_EQ(f.w().session().current(), 1);
    EXPECT_EQ(edit->text(), QStringLiteral("0x400000"));
    EXPECT_EQ(f.w().addressEntry()->address().value_or(0), 0x400000u);
    // The history goes on from the address shown: ↑ the one typed before it, ↓ the one after.
    QTest::keyClick(edit, Qt::Key_Up);
    EXPECT_EQ(edit->text(), QStringLiteral("0x7fff_a1b2_c3d4"));
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Down);
    EXPECT_EQ(edit->text(), QStringLiteral("0x7f00_0012_3456"));
    f.steps().first();
    f.steps().first(); // Home twice: the first translation
    ASSERT_EQ(f.w().session().current(), 0);
    EXPECT_EQ(edit->text(), QStringLiteral("0x7fff_a1b2_c3d4"));
    f.steps().last();
    f.steps().last(); // End twice: the newest
    ASSERT_EQ(f.w().session().current(), 2);
    EXPECT_EQ(edit->text(), QStringLiteral("0x7f00_0012_3456"));
    // Within one translation the field is left alone, so typing the next address is not undone.
    f.steps().first();
    edit->setText(QStringLiteral("0x12"));
    f.steps().stepForward();
    EXPECT_EQ(edit->text(), QStringLiteral("0x12"));
}

TEST(StepThrough, AnAddressNeverTypedIsShownInHexWhenSteppedBackTo)
{
    Fixture f;
    f.w().translate(WorkedExample); // as a lesson does: nothing typed
    f.w().translate(0x400000);
    f.steps().first();
    f.steps().stepBack();
    ASSERT_EQ(f.w().session().current(), 0);
    EXPECT_EQ(f.w().addressEntry()->address().value_or(0), WorkedExample);
    EXPECT_TRUE(f.w().addressEntry()->text().startsWith(QStringLiteral("0x")));
}

TEST(StepThrough, AnAddressTranslatedFromElsewhereReplacesTheTypedText)
{
    Fixture f;
    f.w().addressEntry()->setText(QStringLiteral("0x400000")); // typed, then a lesson or the chart cursor takes over
    f.w().translate(WorkedExample);
    EXPECT_EQ(f.w().addressEntry()->address().value_or(0), WorkedExample);
    f.w().addressEntry()->setText(QStringLiteral("0x7fff_a1b2_c3d4"));
    f.w().translate(WorkedExample); // what was typed is kept as typed
    EXPECT_EQ(f.w().addressEntry()->text(), QStringLiteral("0x7fff_a1b2_c3d4"));
}

TEST(StepThrough, TwoMiBPageEndsTheWalkAtPd)
{
    Fixture f;
    f.w().translate(TwoMiBPage);
    f.steps().last();
    const views::WalkView &walk = *f.w().walkView();
    ASSERT_NE(walk.entryRead(2), nullptr);
    EXPECT_EQ(walk.entryRead(2)->outcome, mmu::Outcome::Leaf);
    EXPECT_EQ(walk.entryRead(2)->pageSize, 2u << 20);
    EXPECT_EQ(walk.levelState(3), views::WalkView::LevelState::NotNeeded);
    EXPECT_EQ(walk.entryRead(3), nullptr);
    EXPECT_EQ(f.w().lastTranslation().pageSize, 2u << 20);
    EXPECT_EQ(f.w().lastTranslation().physical & 0x1fffff, 0x123456u);
    // At the physical address the offset is the whole 21 bits of the 2 MiB page.
    const auto &fields = f.w().bitSliceView()->fields();
    ASSERT_EQ(fields.size(), 4u);
    EXPECT_EQ(fields[3].name, "offset");
    EXPECT_EQ(fields[3].hi, 20);
    EXPECT_EQ(fields[3].value, 0x123456u);
    EXPECT_EQ(f.w().bitSliceView()->highlightedField(), 3);
    f.steps().goToStep(firstStepOf(f.w(), mmu::Stage::EntryRead, 2));
    EXPECT_TRUE(f.w().narrationView()->sentence().contains(QStringLiteral("2 MiB"))) << f.w().narrationView()->sentence().toStdString();
    EXPECT_TRUE(f.w().narrationView()->sentence().contains(QStringLiteral("ends early")));
}

TEST(StepThrough, TlbHitShowsNoWalk)
{
    Fixture f;
    f.w().translate(WorkedExample);
    f.w().translate(WorkedExample + 8); // same page
    EXPECT_EQ(f.w().lastTranslation().tlbHitLevel, 1);
    EXPECT_EQ(firstStepOf(f.w(), mmu::Stage::EntryRead), -1);
    f.steps().last();
    const views::WalkView &walk = *f.w().walkView();
    EXPECT_TRUE(walk.noWalk());
    for (int l = 0; l < 4; ++l)
        EXPECT_EQ(walk.entryRead(l), nullptr);
    const int hit = firstStepOf(f.w(), mmu::Stage::TlbLookup);
    f.steps().goToStep(hit);
    EXPECT_GE(f.w().tlbView()->hitWay(0), 0);
    EXPECT_FALSE(f.w().tlbView()->missed(0));
    EXPECT_TRUE(f.w().narrationView()->sentence().contains(QStringLiteral("L1 TLB hit")))
        << f.w().narrationView()->sentence().toStdString();
}

TEST(StepThrough, TlbPanelShowsTheSetEachLookupIndexes)
{
    Fixture f;
    f.w().show();
    f.w().translate(WorkedExample);
    const auto &steps = f.w().session().steps();
    int lookups = 0;
    for (size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].stage != mmu::Stage::TlbLookup)
            continue;
        ++lookups;
        f.steps().goToStep(static_cast<int>(i));
        settle();
        const views::TlbView &tlb = *f.w().tlbView();
        const QString name = QString::fromStdString(f.w().session().machine().tlbs[static_cast<size_t>(steps[i].unit)].name);
        const QRect set = tlb.anchorRect(QString(name + QStringLiteral(".set"))).toAlignedRect();
        ASSERT_FALSE(set.isEmpty()) << name.toStdString();
        // Whole, inside the scroll area's view, at 1920 × 1080: every way and the row itself.
        EXPECT_TRUE(tlb.visibleRegion().boundingRect().contains(set)) << name.toStdString();
    }
    EXPECT_GE(lookups, 2); // the L1 and the L2 TLB
}

TEST(StepThrough, KeyboardShortcutsStepAndPlay)
{
    Fixture f;
    f.w().show();
    QApplication::setActiveWindow(&f.w());
    ASSERT_TRUE(QTest::qWaitForWindowActive(&f.w()));
    f.w().translate(WorkedExample);
    ASSERT_EQ(f.steps().step(), 0);
    QTest::keyClick(&f.w(), Qt::Key_Right);
    EXPECT_EQ(f.steps().step(), 1);
    QTest::keyClick(&f.w(), Qt::Key_Right);
    EXPECT_EQ(f.steps().step(), 2);
    QTest::keyClick(&f.w(), Qt::Key_Left);
    EXPECT_EQ(f.steps().step(), 1);
    QTest::keyClick(&f.w(), Qt::Key_End);
    EXPECT_EQ(f.steps().step(), f.steps().stepCount() - 1);
    QTest::keyClick(&f.w(), Qt::Key_Home);
    EXPECT_EQ(f.steps().step(), 0);
    QTest::keyClick(&f.w(), Qt::Key_Space);
    EXPECT_TRUE(f.steps().isPlaying());
    QTest::keyClick(&f.w(), Qt::Key_Space);
    EXPECT_FALSE(f.steps().isPlaying());

    // In the address field the same keys edit text and do not step.
    QLineEdit *edit = f.w().addressEntry()->lineEdit();
    edit->setFocus();
    edit->setText(QStringLiteral("0x1234"));
    QTest::keyClick(edit, Qt::Key_Left);
    QTest::keyClick(edit, Qt::Key_Home);
    EXPECT_EQ(f.steps().step(), 0);
    EXPECT_EQ(edit->cursorPosition(), 0);
    QTest::keyClick(edit, Qt::Key_End);
    EXPECT_EQ(f.steps().step(), 0);
    // Return translates and hands the arrows back to stepping.
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_FALSE(edit->hasFocus());
    EXPECT_EQ(f.w().session().count(), 2);
    QTest::keyClick(&f.w(), Qt::Key_Right);
    EXPECT_EQ(f.steps().step(), 1);
}

TEST(StepThrough, PlayAdvancesOnATimer)
{
    Fixture f;
    f.w().translate(WorkedExample);
    f.steps().setInterval(30);
    f.steps().play();
    EXPECT_TRUE(QTest::qWaitFor([&] { return f.steps().atEnd(); }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !f.steps().isPlaying(); }, 1000));
}

TEST(StepThrough, AddressHistoryWithUpAndDown)
{
    Fixture f;
    QLineEdit *edit = f.w().addressEntry()->lineEdit();
    for (const char *a : {"0x400000", "0x7fff_a1b2_c3d4"}) {
        edit->setText(QString::fromLatin1(a));
        QTest::keyClick(edit, Qt::Key_Return);
    }
    edit->setText(QStringLiteral("0x12"));
    QTest::keyClick(edit, Qt::Key_Up);
    EXPECT_EQ(edit->text(), QStringLiteral("0x7fff_a1b2_c3d4"));
    QTest::keyClick(edit, Qt::Key_Up);
    EXPECT_EQ(edit->text(), QStringLiteral("0x400000"));
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Down);
    EXPECT_EQ(edit->text(), QStringLiteral("0x12"));
}

TEST(StepThrough, ThemesSwitchAndZoomScalesText)
{
    Fixture f;
    f.w().show();
    f.w().translate(WorkedExample);
    const QImage light = f.picture();
    f.w().setTheme(views::Theme::Dark);
    EXPECT_LT(f.w().walkView()->palette().color(QPalette::Window).lightness(), 80);
    EXPECT_FALSE(f.picture() == light);
    f.w().setTheme(views::Theme::Light);
    EXPECT_GT(f.w().walkView()->palette().color(QPalette::Window).lightness(), 200);
    EXPECT_TRUE(f.picture() == light);

    const double before = f.w().walkView()->font().pointSizeF();
    f.w().setZoom(150);
    EXPECT_NEAR(f.w().walkView()->font().pointSizeF(), before * 1.5, 0.01);
    EXPECT_NEAR(f.w().narrationView()->font().pointSizeF(), before * 1.5, 0.01);
}

TEST(StepThrough, SettingsKeepThemeZoomAndMachine)
{
    QTemporaryDir dir;
    {
        MainWindow w(settingsIn(dir));
        w.setTheme(views::Theme::Dark);
        w.setZoom(130);
        w.setMachine(QStringLiteral("skylake"));
        w.close();
    }
    MainWindow again(settingsIn(dir));
    EXPECT_EQ(again.theme(), views::Theme::Dark);
    EXPECT_EQ(again.zoom(), 130);
    EXPECT_EQ(again.session().machine().name, "Skylake");
}

void shoot(MainWindow &w, const char *name)
{
    settle();
    EXPECT_TRUE(w.grab().save(saveDir() + QLatin1Char('/') + QString::fromLatin1(name)));
}

TEST(StepThrough, ScreenshotsAt1920x1080)
{
    Fixture f;
    f.w().show();
    QLineEdit *edit = f.w().addressEntry()->lineEdit();
    edit->setText(QStringLiteral("0x7fff_a1b2_c3d4"));
    QTest::keyClick(edit, Qt::Key_Return);
    f.steps().goToStep(firstStepOf(f.w(), mmu::Stage::EntryRead, 2));
    shoot(f.w(), "stepthrough-walk-light.png");
    f.w().setTheme(views::Theme::Dark);
    shoot(f.w(), "stepthrough-walk-dark.png");
    f.w().setTheme(views::Theme::Light);
    edit->setText(QStringLiteral("0x7f00_0012_3456"));
    QTest::keyClick(edit, Qt::Key_Return);
    f.steps().last();
    shoot(f.w(), "stepthrough-2mib.png");
    f.w().translate(TwoMiBPage + 64);
    f.steps().goToStep(firstStepOf(f.w(), mmu::Stage::TlbLookup));
    shoot(f.w(), "stepthrough-tlb-hit.png");
    f.w().setMachine(QStringLiteral("skylake"));
    f.w().translate(WorkedExample + 0x1000);
    f.steps().goToStep(firstStepOf(f.w(), mmu::Stage::TlbFill));
    shoot(f.w(), "stepthrough-skylake.png");
    f.w().translate(0x0000800000000000);
    f.steps().last();
    shoot(f.w(), "stepthrough-fault.png");
}

} // namespace
