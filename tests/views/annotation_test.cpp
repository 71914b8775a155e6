// SPDX-License-Identifier: GPL-3.0-or-later
// Annotations (issue 8): callouts, arrows and boxes anchored to named elements of the panels,
// following them through zoom and resizing, shown at their step, edited with the mouse and
// undone with the undo stack; and the three themes reaching every panel.
#include "accessform.h"
#include "addressentry.h"
#include "anchorprovider.h"
#include "annotationlayer.h"
#include "annotationoverlay.h"
#include "annotationshape.h"
#include "bitsliceview.h"
#include "cycleview.h"
#include "faultview.h"
#include "mainwindow.h"
#include "memorymapview.h"
#include "narrationview.h"
#include "playbackbar.h"
#include "stepcontroller.h"
#include "steplistview.h"
#include "theme.h"
#include "tlbview.h"
#include "walkview.h"
#include "windowfixture.h"

#include "translationsession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineF>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

namespace {

using namespace viewtest;
using Kind = mmu::Annotation::Kind;
const QColor NoteYellow(0xF0, 0xE4, 0x42);

QString saveDir()
{
    QDir().mkpath(QStringLiteral(MMULAB_SCREENSHOT_DIR));
    return QStringLiteral(MMULAB_SCREENSHOT_DIR);
}

struct Fixture : WindowFixture {
    Fixture()
    {
        showActive();
        window->translate(WorkedExample);
        // The PD entry read: every level above it is read, the TLBs have missed.
        window->stepController()->goToStep(firstStepOf(*window, mmu::Stage::EntryRead, 2));
        settle();
    }
    views::AnnotationLayer &layer() { return *window->annotationLayer(); }
    QString tlbName() const { return QString::fromStdString(window->session().machine().tlbs.front().name); }

    mmu::Annotation make(Kind kind, const char *panel, const QString &element, const char *text, double dx, double dy)
    {
        mmu::Annotation a;
        a.kind = kind;
        a.panel = panel;
        a.element = element.toStdString();
        a.text = text;
        a.offset = {dx, dy};
        if (kind == Kind::Box)
            a.size = {0.25, 0.25};
        a.translation = window->session().current();
        a.step = -1;
        return a;
    }
};

double lineOf(const QWidget *panel)
{
    return views::AnnotationShape::lineHeight(panel->font());
}

/** The colour drawn at `at` (host coordinates): the panels with the annotations over them. */
QColor pixel(MainWindow &w, QPointF at)
{
    settle();
    return w.centralWidget()->grab().toImage().pixelColor(at.toPoint());
}

/** A point of a panel in the coordinates of the overlay (the central widget). */
QPoint onHost(MainWindow &w, const QWidget *panel, QPointF at)
{
    return panel->mapTo(w.centralWidget(), at.toPoint());
}

/** The distance from `p` to the outline of `r` (0 on it). */
double distanceToOutline(QPointF p, const QRectF &r)
{
    const double dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const double dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return std::min({p.x() - r.left(), r.right() - p.x(), p.y() - r.top(), r.bottom() - p.y()});
}

TEST(Annotation, EveryPanelNamesItsElements)
{
    Fixture f;
    const std::pair<const views::AnchorProvider *, QStringList> panels[] = {
        {f.w().walkView(), {QStringLiteral("CR3"), QStringLiteral("PML4.entry"), QStringLiteral("PD.card"),
                            QStringLiteral("PD.value"), QStringLiteral("PT.card")}},
        {f.w().bitSliceView(), {QStringLiteral("PML4"), QStringLiteral("offset"), QStringLiteral("PD.value"),
                                QStringLiteral("sign"), QStringLiteral("hex")}},
        {f.w().tlbView(), {f.tlbName(), f.tlbName() + QStringLiteral(".set"), f.tlbName() + QStringLiteral(".status")}},
        {f.w().narrationView(), {QStringLiteral("sentence"), QStringLiteral("position")}},
        {f.w().cycleView(), {QStringLiteral("bar"), QStringLiteral("total"), QStringLiteral("current")}},
        {f.w().faultView(), {QStringLiteral("headline")}},
        {f.w().memoryMapView(), {QStringLiteral("legend")}},
        {f.w().stepListView(), {QStringLiteral("current"), QStringLiteral("total")}},
    };
    for (const auto &[provider, names] : panels) {
        const QWidget *widget = dynamic_cast<const QWidget *>(provider);
        for (const QString &name : names) {
            const QRectF r = provider->anchorRect(name);
            EXPECT_FALSE(r.isEmpty()) << name.toStdString();
            EXPECT_TRUE(provider->anchors().contains(name)) << name.toStdString();
            if (widget && widget != f.w().stepListView()) {
                EXPECT_TRUE(QRectF(widget->rect()).adjusted(-4, -4, 4, 4).contains(r)) << name.toStdString();
            }
        }
    }
    // The smallest element under a point wins: the entry line, not the card around it.
    const QRectF entry = f.w().walkView()->anchorRect(u"PML4.entry");
    EXPECT_EQ(f.w().walkView()->anchorAt(entry.center()), QStringLiteral("PML4.entry"));
    EXPECT_TRUE(f.w().walkView()->anchorRect(u"PD.card").contains(f.w().walkView()->anchorRect(u"PD.entry")));
    // Not read yet: no entry line to point at.
    EXPECT_TRUE(f.w().walkView()->anchorRect(u"PT.entry").isEmpty());
    EXPECT_TRUE(f.w().walkView()->anchorRect(u"nonsense").isEmpty());
    // The bit-slice field spans exactly its bits: PML4 is 9 bits, the offset 12.
    const QRectF pml4 = f.w().bitSliceView()->anchorRect(u"PML4");
    const QRectF offset = f.w().bitSliceView()->anchorRect(u"offset");
    EXPECT_NEAR((pml4.width() - 6) / 9.0, (offset.width() - 6) / 12.0, 0.01);
    EXPECT_LT(pml4.right(), offset.left());
}

/** The callout's box sits at the anchor's centre + offset, in lines of the panel's text. */
void expectAnchored(const views::AnnotationShape &s, const mmu::Annotation &a, const QWidget *panel)
{
    const double em = lineOf(panel);
    const QPointF rel = (s.body().topLeft() - s.anchor().center()) / em;
    EXPECT_NEAR(rel.x(), a.offset.x, 0.01);
    EXPECT_NEAR(rel.y(), a.offset.y, 0.01);
}

TEST(Annotation, StaysAnchoredWhenZooming)
{
    Fixture f;
    views::AnnotationLayer &layer = f.layer();
    const mmu::Annotation callout = f.make(Kind::Callout, "walk", QStringLiteral("PD.entry"), "index × 8 + base", 6, 1.2);
    const mmu::Annotation arrow = f.make(Kind::Arrow, "bits", QStringLiteral("PML4"), "", 2, 3);
    const mmu::Annotation box = f.make(Kind::Box, "tlb", f.tlbName() + QStringLiteral(".set"), "", 0, 0);
    layer.add(callout);
    layer.add(arrow);
    layer.add(box);
    settle();
    QWidget *walk = f.w().walkView();
    QWidget *tlb = f.w().tlbView();
    ASSERT_TRUE(layer.isShown(0) && layer.isShown(1) && layer.isShown(2));

    const double em0 = lineOf(walk);
    const views::AnnotationShape c0 = layer.shape(0);
    const views::AnnotationShape a0 = layer.shape(1);
    const views::AnnotationShape b0 = layer.shape(2);
    expectAnchored(c0, callout, walk);
    EXPECT_EQ(pixel(f.w(), c0.body().topLeft() + QPointF(0.2 * em0, c0.body().height() / 2)), NoteYellow);
    // The box frames the set's row with a quarter line to spare on every side.
    EXPECT_NEAR(b0.body().left(), b0.anchor().left() - 0.25 * lineOf(tlb), 0.01);
    EXPECT_NEAR(b0.body().bottom(), b0.anchor().bottom() + 0.25 * lineOf(tlb), 0.01);

    f.w().setZoom(150);
    settle();
    const double em1 = lineOf(walk);
    EXPECT_NEAR(em1 / em0, 1.5, 0.12);
    const views::AnnotationShape c1 = layer.shape(0);
    const views::AnnotationShape a1 = layer.shape(1);
    const views::AnnotationShape b1 = layer.shape(2);
    // The elements moved and grew with the text; the annotations went with them.
    EXPECT_NE(c1.anchor(), c0.anchor());
    EXPECT_GT(c1.anchor().width(), c0.anchor().width() * 1.3);
    expectAnchored(c1, callout, walk);
    EXPECT_GT(c1.body().width(), c0.body().width() * 1.3);
    EXPECT_EQ(pixel(f.w(), c1.body().topLeft() + QPointF(0.2 * em1, c1.body().height() / 2)), NoteYellow);
    // Still pointing at the element: the pointer ends on its outline.
    ASSERT_TRUE(c1.hasPointer());
    EXPECT_LT(distanceToOutline(c1.tip(), c1.anchor()), 0.15 * em1 + 1);
    EXPECT_NE(a1.anchor(), a0.anchor());
    EXPECT_LT(distanceToOutline(a1.tip(), a1.anchor()), 0.15 * lineOf(f.w().bitSliceView()) + 1);
    const QPointF tail = (a1.tail() - a1.anchor().center()) / lineOf(f.w().bitSliceView());
    EXPECT_NEAR(tail.x(), 2, 0.01);
    EXPECT_NEAR(tail.y(), 3, 0.01);
    EXPECT_NEAR(b1.body().left(), b1.anchor().left() - 0.25 * lineOf(tlb), 0.01);
    EXPECT_NEAR(b1.body().top(), b1.anchor().top() - 0.25 * lineOf(tlb), 0.01);
    EXPECT_GT(b1.anchor().height(), b0.anchor().height() * 1.3);
}

TEST(Annotation, StaysAnchoredWhenTheWindowIsResized)
{
    Fixture f;
    const mmu::Annotation callout = f.make(Kind::Callout, "walk", QStringLiteral("PML4.next"), "a table, not a page", -4, 1);
    f.layer().add(callout);
    settle();
    const views::AnnotationShape before = f.layer().shape(0);
    f.w().resize(1300, 900);
    settle();
    const views::AnnotationShape after = f.layer().shape(0);
    // The walk got narrower, so its right-aligned "next table" text moved left; the callout too.
    EXPECT_LT(after.anchor().left(), before.anchor().left() - 50);
    expectAnchored(after, callout, f.w().walkView());
    EXPECT_NEAR(after.body().left() - before.body().left(), after.anchor().center().x() - before.anchor().center().x(),
                0.5);
    const double em = lineOf(f.w().walkView());
    EXPECT_EQ(pixel(f.w(), after.body().topLeft() + QPointF(0.2 * em, after.body().height() / 2)),
              NoteYellow);
}

TEST(Annotation, ShownOnlyAtItsStepAndTranslation)
{
    Fixture f;
    const int step = f.w().stepController()->step();
    mmu::Annotation here = f.make(Kind::Box, "walk", QStringLiteral("CR3"), "", 0, 0);
    here.step = step;
    mmu::Annotation always = f.make(Kind::Box, "walk", QStringLiteral("CR3"), "", 0, 0);
    mmu::Annotation elsewhere = always;
    elsewhere.translation = 5;
    f.layer().setAnnotations({here, always, elsewhere});
    views::AnnotationOverlay *overlay = f.layer().overlay();
    ASSERT_NE(overlay, nullptr);
    EXPECT_EQ(overlay->shownAnnotations(), (QList<int>{0, 1}));
    f.w().stepController()->stepForward();
    EXPECT_EQ(overlay->shownAnnotations(), (QList<int>{1}));
    f.w().stepController()->stepBack();
    EXPECT_EQ(overlay->shownAnnotations(), (QList<int>{0, 1}));
    // An element not drawn at this step hides its annotation: PT's entry is not read yet.
    mmu::Annotation later = f.make(Kind::Arrow, "walk", QStringLiteral("PT.entry"), "", 3, 0);
    f.layer().add(later);
    EXPECT_FALSE(f.layer().isShown(3));
    f.w().stepController()->last();
    EXPECT_TRUE(f.layer().isShown(3));
}

TEST(Annotation, UndoAndRedoEveryEdit)
{
    Fixture f;
    views::AnnotationLayer &layer = f.layer();
    QUndoStack *undo = layer.undoStack();
    QSignalSpy changed(&layer, &views::AnnotationLayer::annotationsChanged);
    const mmu::Annotation a = f.make(Kind::Callout, "walk", QStringLiteral("PD.entry"), "first", 5, 1);

    layer.add(a);
    ASSERT_EQ(layer.count(), 1);
    EXPECT_EQ(layer.undoAction()->text(), QStringLiteral("&Undo Add callout"));
    layer.move(0, {7, -1}, {});
    EXPECT_EQ(layer.at(0).offset, (mmu::Annotation::Offset{7, -1}));
    layer.setText(0, QStringLiteral("second"));
    EXPECT_EQ(layer.at(0).text, "second");
    layer.remove(0);
    EXPECT_EQ(layer.count(), 0);
    EXPECT_EQ(undo->count(), 4);
    EXPECT_EQ(changed.count(), 4);

    undo->undo(); // delete
    ASSERT_EQ(layer.count(), 1);
    EXPECT_EQ(layer.at(0).text, "second");
    undo->undo(); // text
    EXPECT_EQ(layer.at(0).text, "first");
    undo->undo(); // move
    EXPECT_EQ(layer.at(0), a);
    undo->undo(); // add
    EXPECT_EQ(layer.count(), 0);
    EXPECT_FALSE(undo->canUndo());

    // Ctrl+Shift+Z redoes, Ctrl+Z undoes, from the keyboard.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&f.w(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(layer.count(), 1);
    EXPECT_EQ(layer.at(0).text, "second");
    EXPECT_EQ(layer.at(0).offset, (mmu::Annotation::Offset{7, -1}));
    QTest::keyClick(&f.w(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(layer.at(0).text, "first");
    EXPECT_EQ(layer.redoAction()->text(), QStringLiteral("&Redo Edit annotation text"));

    // Opening a lesson replaces the list without counting as an edit, and forgets the history.
    changed.clear();
    layer.setAnnotations({a, a});
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(undo->count(), 0);
    EXPECT_EQ(layer.annotations().size(), 2u);
}

TEST(Annotation, PlacedWithTheMouseMovedEditedAndDeleted)
{
    Fixture f;
    views::AnnotationLayer &layer = f.layer();
    views::AnnotationOverlay *overlay = layer.overlay();
    ASSERT_NE(overlay, nullptr);
    EXPECT_EQ(overlay->geometry(), f.w().centralWidget()->rect());

    // Choose the callout tool, click the PML4 entry line: a callout there, its text being edited.
    layer.toolActions().at(0)->trigger();
    EXPECT_EQ(layer.tool(), views::AnnotationLayer::Tool::Callout);
    const QPoint entry = onHost(f.w(), f.w().walkView(), f.w().walkView()->anchorRect(u"PML4.entry").center());
    QTest::mouseMove(overlay, entry);
    EXPECT_EQ(overlay->hoveredPanel(), QStringLiteral("walk"));
    EXPECT_EQ(overlay->hoveredAnchor(), QStringLiteral("PML4.entry"));
    QTest::mouseClick(overlay, Qt::LeftButton, {}, entry);
    ASSERT_EQ(layer.count(), 1);
    EXPECT_EQ(layer.at(0).panel, "walk");
    EXPECT_EQ(layer.at(0).element, "PML4.entry");
    EXPECT_EQ(layer.at(0).translation, 0);
    EXPECT_EQ(layer.at(0).step, f.w().stepController()->step());
    EXPECT_EQ(layer.tool(), views::AnnotationLayer::Tool::None);
    EXPECT_EQ(layer.selected(), 0);
    ASSERT_TRUE(overlay->isEditing());
    auto *editor = overlay->findChild<QPlainTextEdit *>();
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("base + index × 8"));
    QTest::keyClick(editor, Qt::Key_Return);
    EXPECT_FALSE(overlay->isEditing());
    EXPECT_EQ(layer.at(0).text, "base + index × 8");
    EXPECT_EQ(layer.undoStack()->count(), 2);
    // Placed where it can be seen, beside the element rather than over it.
    const views::AnnotationShape placed = layer.shape(0);
    EXPECT_FALSE(placed.body().intersects(placed.anchor()));
    EXPECT_TRUE(QRectF(f.w().centralWidget()->rect()).contains(placed.body()));

    // Drag it: one command, the offset moved by the drag in lines.
    const QPointF grab = placed.body().topLeft() + QPointF(4, 4);
    const QPointF drop = grab + QPointF(60, 30);
    QTest::mousePress(overlay, Qt::LeftButton, {}, grab.toPoint());
    QTest::mouseMove(overlay, (grab + QPointF(30, 15)).toPoint());
    QTest::mouseMove(overlay, drop.toPoint());
    QTest::mouseRelease(overlay, Qt::LeftButton, {}, drop.toPoint());
    EXPECT_EQ(layer.undoStack()->count(), 3);
    const double em = lineOf(f.w().walkView());
    const QPointF moved = (layer.shape(0).body().topLeft() - placed.body().topLeft()) / em;
    EXPECT_NEAR(moved.x(), 60 / em, 0.05);
    EXPECT_NEAR(moved.y(), 30 / em, 0.05);
    layer.undoStack()->undo();
    EXPECT_EQ(layer.shape(0).body(), placed.body());
    layer.undoStack()->redo();

    // Double-click edits the text again; Escape keeps the old one.
    const QPointF body = layer.shape(0).body().center();
    QTest::mouseDClick(overlay, Qt::LeftButton, {}, body.toPoint());
    ASSERT_TRUE(overlay->isEditing());
    editor = overlay->findChild<QPlainTextEdit *>(QStringLiteral("annotation-editor"));
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("nonsense"));
    QTest::keyClick(editor, Qt::Key_Escape);
    EXPECT_FALSE(overlay->isEditing());
    EXPECT_EQ(layer.at(0).text, "base + index × 8");

    // A click beside it reaches the panel and deselects; a click on it selects; Delete removes it.
    QTest::mouseClick(f.w().walkView(), Qt::LeftButton, {}, f.w().walkView()->anchorRect(u"CR3").center().toPoint());
    EXPECT_EQ(layer.selected(), -1);
    EXPECT_FALSE(layer.deleteAction()->isEnabled());
    QTest::mouseClick(overlay, Qt::LeftButton, {}, body.toPoint());
    EXPECT_EQ(layer.selected(), 0);
    QTest::keyClick(&f.w(), Qt::Key_Delete);
    EXPECT_EQ(layer.count(), 0);
    QTest::keyClick(&f.w(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(layer.count(), 1);

    // Boxes and arrows from their tools, on other panels.
    layer.setTool(views::AnnotationLayer::Tool::Box);
    QTest::mouseClick(overlay, Qt::LeftButton, {},
                      onHost(f.w(), f.w().bitSliceView(), f.w().bitSliceView()->anchorRect(u"PD").center()));
    ASSERT_EQ(layer.count(), 2);
    EXPECT_EQ(layer.at(1).kind, Kind::Box);
    EXPECT_EQ(layer.at(1).element, "PD");
    EXPECT_FALSE(overlay->isEditing());
    layer.setTool(views::AnnotationLayer::Tool::Arrow);
    const QString set = f.tlbName() + QStringLiteral(".set");
    QTest::mouseClick(overlay, Qt::LeftButton, {}, onHost(f.w(), f.w().tlbView(), f.w().tlbView()->anchorRect(set).center()));
    ASSERT_EQ(layer.count(), 3);
    EXPECT_EQ(layer.at(2).kind, Kind::Arrow);
    EXPECT_EQ(QString::fromStdString(layer.at(2).element), set);
    // An empty callout text deletes the callout (a lesson file refuses one).
    layer.setText(0, QString());
    EXPECT_EQ(layer.count(), 2);
}

TEST(Annotation, ThemesReachEveryPanel)
{
    Fixture f;
    f.w().stepController()->last();
    const QList<QWidget *> panels{f.w().bitSliceView(), f.w().walkView(),      f.w().tlbView(),
                                  f.w().cycleView(),    f.w().faultView(),     f.w().memoryMapView(),
                                  f.w().narrationView(), f.w().stepListView(), f.w().playbackBar(),
                                  f.w().accessForm()};
    std::map<views::Theme, QList<QImage>> pictures;
    for (views::Theme theme : views::allThemes()) {
        f.w().setTheme(theme);
        settle();
        const QPalette expected = views::themePalette(theme);
        for (QWidget *panel : panels) {
            EXPECT_EQ(panel->palette().color(QPalette::Window), expected.color(QPalette::Window))
                << panel->metaObject()->className();
            EXPECT_EQ(panel->palette().color(QPalette::Text), expected.color(QPalette::Text))
                << panel->metaObject()->className();
            pictures[theme] << panel->grab().toImage();
        }
    }
    for (int i = 0; i < panels.size(); ++i) {
        const char *name = panels[i]->metaObject()->className();
        EXPECT_NE(pictures[views::Theme::Light][i], pictures[views::Theme::Dark][i]) << name;
        EXPECT_NE(pictures[views::Theme::Light][i], pictures[views::Theme::HighContrast][i]) << name;
        EXPECT_NE(pictures[views::Theme::Dark][i], pictures[views::Theme::HighContrast][i]) << name;
    }
    // High contrast: black on white, rules dark enough for 7:1.
    const QPalette hc = views::themePalette(views::Theme::HighContrast);
    EXPECT_EQ(hc.color(QPalette::Window), QColor(Qt::white));
    EXPECT_EQ(hc.color(QPalette::Text), QColor(Qt::black));
    EXPECT_LT(hc.color(QPalette::Mid).lightness(), 90);
}

/** The lecturer's view: presentation mode at 1920 × 1080 with a few annotations. */
TEST(Annotation, PresentationScreenshots)
{
    Fixture f;
    const QString tlbSet = f.tlbName() + QStringLiteral(".set");
    f.w().setPresenting(true);
    f.w().resize(1920, 1080); // the offscreen screen may be smaller than a projector
    settle();
    views::AnnotationLayer &layer = f.layer();
    // Where the tools put them by default, as a lecturer clicking the elements would get them.
    layer.everyStepAction()->setChecked(true);
    layer.add(Kind::Callout, QStringLiteral("walk"), QStringLiteral("PD.entry"), QStringLiteral("PD base + 269 × 8"));
    layer.add(Kind::Box, QStringLiteral("bits"), QStringLiteral("PD"));
    layer.add(Kind::Arrow, QStringLiteral("tlb"), tlbSet, QStringLiteral("missed: walk"));
    layer.add(Kind::Callout, QStringLiteral("cycles"), QStringLiteral("current"),
              QStringLiteral("each level costs a memory read"));
    settle();
    for (int i = 0; i < layer.count(); ++i)
        EXPECT_TRUE(layer.isShown(i)) << i;
    EXPECT_TRUE(f.w().grab().save(saveDir() + QStringLiteral("/presentation-annotated.png")));
    f.w().setZoom(120);
    settle();
    EXPECT_TRUE(f.w().grab().save(saveDir() + QStringLiteral("/presentation-annotated-zoom120.png")));
    f.w().setZoom(100);
    f.w().stepController()->last();
    settle();
    EXPECT_TRUE(f.w().grab().save(saveDir() + QStringLiteral("/presentation-last-step.png")));
    f.w().setPresenting(false);
    f.w().setTheme(views::Theme::Dark);
    f.w().stepController()->goToStep(firstStepOf(f.w(), mmu::Stage::EntryRead, 2));
    settle();
    EXPECT_TRUE(f.w().grab().save(saveDir() + QStringLiteral("/annotated-dark.png")));
}

} // namespace
