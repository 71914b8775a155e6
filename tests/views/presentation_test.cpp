// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode (issue 8): F11 makes the window fit for a projector — full screen, large
// high-contrast type, only the panels a lecture needs, no idle cursor — and leaving it puts
// back exactly the layout there was.
#include "accessform.h"
#include "addressentry.h"
#include "appsettings.h"
#include "bitsliceview.h"
#include "cycleview.h"
#include "faultview.h"
#include "idlecursorhider.h"
#include "mainwindow.h"
#include "memorymapview.h"
#include "narrationview.h"
#include "playbackbar.h"
#include "presentationmode.h"
#include "stepcontroller.h"
#include "steplistview.h"
#include "theme.h"
#include "tlbview.h"
#include "walkview.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMouseEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <gtest/gtest.h>

#include <map>
#include <memory>

namespace {

using namespace viewtest;

struct Fixture : WindowFixture {
    Fixture()
        : WindowFixture(QSize(1600, 900))
    {
        showActive();
        window->translate(WorkedExample);
        window->stepController()->goToStep(3);
        settle();
    }
};

/** Everything "the layout" means: where every widget is, which are shown, the window itself. */
struct LayoutSnapshot {
    QRect geometry;
    Qt::WindowStates state;
    QByteArray dockState;
    std::map<const QWidget *, std::pair<QRect, bool>> widgets;
    std::map<const QSplitter *, QList<int>> splitters;
    double pointSize = 0;
    views::Theme theme = views::Theme::Light;

    explicit LayoutSnapshot(MainWindow &w)
        : geometry(w.geometry())
        , state(w.windowState())
        , dockState(w.saveState())
        , pointSize(w.font().pointSizeF())
        , theme(w.theme())
    {
        for (const QWidget *c : w.findChildren<QWidget *>())
            if (!c->isWindow())
                widgets[c] = {c->geometry(), c->isVisible()};
        for (const QSplitter *s : w.findChildren<QSplitter *>())
            splitters[s] = s->sizes();
    }
};

TEST(Presentation, F11EntersAndLeaves)
{
    Fixture f;
    QAction *action = f.w().presentationMode()->action();
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::Key_F11));
    EXPECT_TRUE(f.w().actions().contains(action)) << "F11 must work while the menu bar is hidden";

    QTest::keyClick(&f.w(), Qt::Key_F11);
    settle();
    EXPECT_TRUE(f.w().isPresenting());
    EXPECT_TRUE(f.w().windowState() & Qt::WindowFullScreen);
    EXPECT_TRUE(action->isChecked());

    QTest::keyClick(&f.w(), Qt::Key_F11);
    settle();
    EXPECT_FALSE(f.w().isPresenting());
    EXPECT_FALSE(f.w().windowState() & Qt::WindowFullScreen);
    EXPECT_FALSE(action->isChecked());

    // Escape ends it too, as in slide software; in the address field it first leaves the field.
    f.w().setPresenting(true);
    f.w().addressEntry()->lineEdit()->setFocus();
    QTest::keyClick(&f.w(), Qt::Key_Escape);
    EXPECT_TRUE(f.w().isPresenting());
    EXPECT_FALSE(f.w().addressEntry()->lineEdit()->hasFocus());
    QTest::keyClick(&f.w(), Qt::Key_Escape);
    EXPECT_FALSE(f.w().isPresenting());
}

TEST(Presentation, BodyTextIsAtLeast24PixelsAndHighContrast)
{
    Fixture f;
    const int before = QFontInfo(f.w().walkView()->font()).pixelSize();
    f.w().setPresenting(true);
    settle();
    EXPECT_EQ(f.w().theme(), views::Theme::HighContrast);
    const QList<QWidget *> panels{f.w().bitSliceView(), f.w().walkView(),      f.w().tlbView(),
                                  f.w().cycleView(),    f.w().narrationView(), f.w().faultView(),
                                  f.w().addressEntry()->lineEdit()};
    for (QWidget *panel : panels) {
        EXPECT_GE(QFontInfo(panel->font()).pixelSize(), 24) << panel->metaObject()->className();
        EXPECT_EQ(panel->palette().color(QPalette::Window), QColor(Qt::white)) << panel->metaObject()->className();
        EXPECT_EQ(panel->palette().color(QPalette::WindowText), QColor(Qt::black)) << panel->metaObject()->className();
    }
    EXPECT_GT(QFontInfo(f.w().walkView()->font()).pixelSize(), before);
    // The narration sentence is larger still.
    const auto labels = f.w().narrationView()->findChildren<QLabel *>();
    ASSERT_FALSE(labels.isEmpty());
    for (const QLabel *l : labels)
        EXPECT_GE(QFontInfo(l->font()).pixelSize(), 24);

    // Ctrl +/−/0 zoom from the presentation size.
    const double base = f.w().walkView()->font().pointSizeF();
    f.w().setZoom(130);
    EXPECT_NEAR(f.w().walkView()->font().pointSizeF(), base * 1.3, 0.01);
    f.w().setZoom(AppSettings::DefaultZoom);
    EXPECT_NEAR(f.w().walkView()->font().pointSizeF(), base, 0.01);
}

TEST(Presentation, ZoomKeysWorkWhileTheMenuBarIsHidden)
{
    Fixture f;
    f.w().setPresenting(true);
    settle();
    ASSERT_FALSE(f.w().menuBar()->isVisible());
    ASSERT_EQ(f.w().zoom(), AppSettings::DefaultZoom);
    const double base = f.w().walkView()->font().pointSizeF();
    QTest::keyClick(&f.w(), Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_EQ(f.w().zoom(), 110);
    QTest::keyClick(&f.w(), Qt::Key_Equal, Qt::ControlModifier); // Ctrl+= : + without Shift
    EXPECT_EQ(f.w().zoom(), 120);
    EXPECT_NEAR(f.w().walkView()->font().pointSizeF(), base * 1.2, 0.01);
    QTest::keyClick(&f.w(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_EQ(f.w().zoom(), 110);
    QTest::keyClick(&f.w(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(f.w().zoom(), AppSettings::DefaultZoom);
    EXPECT_NEAR(f.w().walkView()->font().pointSizeF(), base, 0.01);
    // Back at 100 %: the body text a projector needs.
    EXPECT_GE(QFontInfo(f.w().walkView()->font()).pixelSize(), 24);
}

TEST(Presentation, FillsA1080pScreenAndIsSavedForAPersonToLookAt)
{
    Fixture f;
    f.w().stepController()->goToStep(f.w().stepController()->stepCount() - 1);
    f.w().setPresenting(true);
    settle();
    EXPECT_EQ(f.w().size(), QSize(1920, 1080));
    // The panels a lecture needs fit on the screen, none squeezed to nothing.
    for (QWidget *panel : QList<QWidget *>{f.w().bitSliceView(), f.w().walkView(), f.w().tlbView(), f.w().cycleView(),
                                           f.w().narrationView()}) {
        EXPECT_TRUE(panel->isVisible()) << panel->metaObject()->className();
        EXPECT_GE(panel->height(), panel->minimumSizeHint().height()) << panel->metaObject()->className();
    }
    QDir().mkpath(QStringLiteral(MMULAB_SCREENSHOT_DIR));
    EXPECT_TRUE(f.w().grab().save(QStringLiteral(MMULAB_SCREENSHOT_DIR "/presentation-1080p.png")));
}

TEST(Presentation, ShowsOnlyThePanelsForAProjector)
{
    Fixture f;
    f.w().setPresenting(true);
    settle();
    for (QWidget *kept : QList<QWidget *>{f.w().bitSliceView(), f.w().walkView(), f.w().tlbView(), f.w().cycleView(),
                                          f.w().narrationView(), f.w().addressEntry()})
        EXPECT_TRUE(kept->isVisible()) << kept->metaObject()->className();
    for (QWidget *gone : QList<QWidget *>{f.w().memoryMapView(), f.w().stepListView(), f.w().playbackBar(),
                                          f.w().menuBar(), f.w().statusBar()})
        EXPECT_FALSE(gone->isVisible()) << gone->metaObject()->className();
    const QList<QWidget *> secondary = f.w().accessForm()->secondaryWidgets();
    ASSERT_FALSE(secondary.isEmpty());
    for (QWidget *w : secondary)
        EXPECT_FALSE(w->isVisible()) << w->metaObject()->className();
    // The walk gets more room than it had.
    f.w().setPresenting(false);
    settle();
    for (QWidget *w : secondary)
        EXPECT_TRUE(w->isVisible());
    EXPECT_TRUE(f.w().memoryMapView()->isVisible() || f.w().stepListView()->isVisible());
}

TEST(Presentation, LeavingRestoresTheLayoutExactly)
{
    Fixture f;
    // A layout of the user's own: the splitter moved, the dark theme, a zoom, the tool bar hidden.
    f.w().setTheme(views::Theme::Dark);
    f.w().setZoom(120);
    QSplitter *split = f.w().findChild<QSplitter *>();
    ASSERT_NE(split, nullptr);
    split->setSizes({500, 600, 500});
    for (QToolBar *bar : f.w().findChildren<QToolBar *>())
        bar->hide();
    settle();
    const LayoutSnapshot before(f.w());

    f.w().setPresenting(true);
    settle();
    const LayoutSnapshot during(f.w());
    EXPECT_NE(during.widgets, before.widgets);
    EXPECT_NE(during.pointSize, before.pointSize);

    f.w().setPresenting(false);
    settle();
    const LayoutSnapshot after(f.w());
    EXPECT_EQ(after.geometry, before.geometry);
    EXPECT_EQ(after.state, before.state);
    EXPECT_EQ(after.dockState, before.dockState);
    EXPECT_EQ(after.splitters, before.splitters);
    EXPECT_EQ(after.pointSize, before.pointSize);
    EXPECT_EQ(after.theme, views::Theme::Dark);
    ASSERT_EQ(after.widgets.size(), before.widgets.size());
    for (const auto &[widget, place] : before.widgets) {
        const auto it = after.widgets.find(widget);
        ASSERT_NE(it, after.widgets.end());
        // Where hidden widgets would be is nobody's concern (a hidden menu bar's scroll buttons).
        EXPECT_EQ(it->second.second, place.second) << widget->metaObject()->className();
        if (place.second) {
            EXPECT_EQ(it->second.first, place.first) << widget->metaObject()->className() << " "
                                                     << widget->objectName().toStdString();
        }
    }
}

TEST(Presentation, SettingsKeepTheUsersThemeAndZoom)
{
    Fixture f;
    f.w().setTheme(views::Theme::Light);
    f.w().setZoom(110);
    f.w().setPresenting(true);
    f.w().setZoom(150);
    f.w().close(); // while presenting
    EXPECT_FALSE(f.w().isPresenting());
    const auto settings = settingsIn(f.dir);
    EXPECT_EQ(settings->theme(), views::Theme::Light);
    EXPECT_EQ(settings->zoom(), 110);
}

TEST(Presentation, CursorHidesWhenIdleAndReturnsOnMovement)
{
    Fixture f;
    views::IdleCursorHider *hider = f.w().presentationMode()->cursorHider();
    EXPECT_FALSE(hider->isEnabled());
    f.w().setPresenting(true);
    ASSERT_TRUE(hider->isEnabled());
    EXPECT_TRUE(hider->timer()->isActive());
    EXPECT_EQ(hider->timer()->interval(), views::IdleCursorHider::DefaultIdleMs);
    EXPECT_FALSE(hider->isCursorHidden());

    // Time passes without the mouse: the timer fires.
    hider->timer()->setInterval(1);
    hider->timer()->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return hider->isCursorHidden(); }, 2000));
    ASSERT_NE(QApplication::overrideCursor(), nullptr);
    EXPECT_EQ(QApplication::overrideCursor()->shape(), Qt::BlankCursor);

    // The mouse moves anywhere in the application: the cursor is back and the wait starts over.
    hider->timer()->setInterval(views::IdleCursorHider::DefaultIdleMs);
    QMouseEvent move(QEvent::MouseMove, QPointF(40, 40), f.w().walkView()->mapToGlobal(QPointF(40, 40)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(f.w().walkView(), &move);
    EXPECT_FALSE(hider->isCursorHidden());
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);
    EXPECT_TRUE(hider->timer()->isActive());

    // Leaving presentation mode never leaves the cursor hidden.
    hider->hideCursor();
    EXPECT_TRUE(hider->isCursorHidden());
    f.w().setPresenting(false);
    EXPECT_FALSE(hider->isCursorHidden());
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);
    EXPECT_FALSE(hider->timer()->isActive());
}

TEST(Presentation, ThemeNamesIncludePresentation)
{
    EXPECT_EQ(views::themeFromName(u"light"), views::Theme::Light);
    EXPECT_EQ(views::themeFromName(u"dark"), views::Theme::Dark);
    EXPECT_EQ(views::themeFromName(u"high-contrast"), views::Theme::HighContrast);
    EXPECT_EQ(views::themeFromName(u"Presentation"), views::Theme::HighContrast);
    EXPECT_FALSE(views::themeFromName(u"sepia").has_value());
    for (views::Theme t : views::allThemes())
        EXPECT_EQ(views::themeFromName(views::themeName(t)), t);
    EXPECT_GE(views::presentationPointSize(96) * 96 / 72, 24.0);
    EXPECT_GE(views::presentationPointSize(144) * 144 / 72, 24.0);
}

} // namespace
