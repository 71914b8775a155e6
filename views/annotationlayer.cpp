// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlayer.h"

#include "anchorprovider.h"
#include "annotationcommands.h"
#include "annotationoverlay.h"
#include "annotationshape.h"
#include "retranslator.h"

#include <QAction>
#include <QActionGroup>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace views {

namespace {

using Kind = mmu::Annotation::Kind;

/** Geometry is kept to a twentieth of a line: lesson files stay readable, nothing visible is lost. */
double rounded(double v)
{
    return std::round(v * 20.0) / 20.0;
}

double overlap(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.isEmpty() ? 0.0 : i.width() * i.height();
}

} // namespace

AnnotationLayer::AnnotationLayer(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_tools(new QActionGroup(this))
    , m_calloutAction(new QAction(this))
    , m_arrowAction(new QAction(this))
    , m_boxAction(new QAction(this))
    , m_editTextAction(new QAction(this))
    , m_deleteAction(new QAction(this))
    , m_everyStepAction(new QAction(this))
    , m_undoAction(new QAction(this))
    , m_redoAction(new QAction(this))
{
    m_tools->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    const std::pair<QAction *, Tool> tools[] = {
        {m_calloutAction, Tool::Callout}, {m_arrowAction, Tool::Arrow}, {m_boxAction, Tool::Box}};
    for (const auto &[action, tool] : tools) {
        action->setCheckable(true);
        m_tools->addAction(action);
        connect(action, &QAction::toggled, this, [this, tool = tool](bool on) {
            if (on)
                setTool(tool);
            else if (m_tool == tool)
                setTool(Tool::None);
        });
    }
    // Own undo and redo actions rather than QUndoStack's: those keep the prefix they were made
    // with, so they would stay in the old language.
    const auto nameUndoRedo = [this] {
        const QString undo = m_undo->undoText();
        const QString redo = m_undo->redoText();
        m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
        m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    };
    connect(m_undo, &QUndoStack::undoTextChanged, this, nameUndoRedo);
    connect(m_undo, &QUndoStack::redoTextChanged, this, nameUndoRedo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    Retranslator::follow(this, [this, nameUndoRedo] {
        m_calloutAction->setText(tr("&Callout"));
        m_arrowAction->setText(tr("&Arrow"));
        m_boxAction->setText(tr("Highlight &box"));
        m_editTextAction->setText(tr("&Edit annotation text…"));
        m_deleteAction->setText(tr("&Delete annotation"));
        m_everyStepAction->setText(tr("New annotations on e&very step"));
        m_calloutAction->setToolTip(tr("Add a text callout: choose, then click the element it explains"));
        m_arrowAction->setToolTip(tr("Add an arrow: choose, then click the element it points at"));
        m_boxAction->setToolTip(tr("Frame an element: choose, then click it"));
        m_everyStepAction->setToolTip(
            tr("New annotations stay on every step of the translation, not just the current one"));
        nameUndoRedo();
    });
    m_editTextAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_everyStepAction->setCheckable(true);
    connect(m_editTextAction, &QAction::triggered, this, [this] { editText(m_selected); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { remove(m_selected); });
    m_undoAction->setShortcut(QKeySequence::Undo);
    // Ctrl+Shift+Z everywhere; the platform's own redo key (Ctrl+Y on some desktops) as well.
    QList<QKeySequence> redo{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redo.contains(k))
            redo << k;
    m_redoAction->setShortcuts(redo);
    updateActions();
}

AnnotationLayer::~AnnotationLayer() = default;

void AnnotationLayer::addPanel(const QString &id, QWidget *panel, const AnchorProvider *anchors)
{
    Panel &p = m_panels[id];
    p.widget = panel;
    p.anchors = anchors;
    if (m_overlay)
        m_overlay->watch(panel);
}

void AnnotationLayer::setHost(QWidget *host)
{
    delete m_overlay;
    m_host = host;
    m_overlay = new AnnotationOverlay(this, host);
    for (const auto &[id, panel] : m_panels)
        if (panel.widget)
            m_overlay->watch(panel.widget);
}

QStringList AnnotationLayer::panelIds() const
{
    QStringList ids;
    for (const auto &[id, panel] : m_panels)
        ids << id;
    return ids;
}

QWidget *AnnotationLayer::panel(const QString &id) const
{
    const auto it = m_panels.find(id);
    return it == m_panels.end() ? nullptr : it->second.widget.data();
}

const AnchorProvider *AnnotationLayer::anchors(const QString &id) const
{
    const auto it = m_panels.find(id);
    return it == m_panels.end() || !it->second.widget ? nullptr : it->second.anchors;
}

QRectF AnnotationLayer::anchorRect(const QString &id, const QString &element) const
{
    const AnchorProvider *p = anchors(id);
    if (!p)
        return {};
    return element.isEmpty() ? QRectF(panel(id)->rect()) : p->anchorRect(element);
}

QRectF AnnotationLayer::visibleAnchor(const QString &id, const QString &element) const
{
    QWidget *w = panel(id);
    if (!w || !m_host || !w->isVisible())
        return {};
    // visibleRegion() is what scroll areas and hidden parents leave of the panel.
    const QRectF shown = anchorRect(id, element).intersected(w->visibleRegion().boundingRect());
    if (shown.isEmpty())
        return {};
    return shown.translated(w->mapTo(m_host.data(), QPoint(0, 0)));
}

QString AnnotationLayer::panelAt(QPointF point, QString *element) const
{
    for (const auto &[id, p] : m_panels) {
        if (!p.widget || !p.widget->isVisible())
            continue;
        const QPointF local = point - p.widget->mapTo(m_host.data(), QPoint(0, 0));
        if (!p.widget->visibleRegion().contains(local.toPoint()))
            continue;
        if (element)
            *element = p.anchors->anchorAt(local);
        return id;
    }
    return {};
}

void AnnotationLayer::setAnnotations(std::vector<mmu::Annotation> annotations)
{
    m_annotations = std::move(annotations);
    m_undo->clear();
    m_selected = -1;
    emit selectionChanged(-1);
    updateActions();
    refresh();
}

void AnnotationLayer::setPosition(int translation, int step)
{
    m_translation = translation;
    m_step = step;
    if (m_selected >= 0 && !isShown(m_selected))
        setSelected(-1);
    refresh();
}

bool AnnotationLayer::isShown(int index) const
{
    if (index < 0 || index >= count())
        return false;
    const mmu::Annotation &a = at(index);
    return a.shownAt(m_translation, m_step)
        && !visibleAnchor(QString::fromStdString(a.panel), QString::fromStdString(a.element)).isEmpty();
}

AnnotationShape AnnotationLayer::shape(int index) const
{
    return shapeOf(at(index));
}

AnnotationShape AnnotationLayer::shapeOf(const mmu::Annotation &a) const
{
    const QString id = QString::fromStdString(a.panel);
    QWidget *w = panel(id);
    return AnnotationShape::of(a, visibleAnchor(id, QString::fromStdString(a.element)), w ? w->font() : QFont(),
                               m_host ? QRectF(m_host->rect()) : QRectF());
}

mmu::Annotation AnnotationLayer::placed(Kind kind, const QString &panelId, const QString &element,
                                        const QString &text) const
{
    mmu::Annotation a;
    a.kind = kind;
    a.panel = panelId.toStdString();
    a.element = element.toStdString();
    a.text = text.toStdString();
    a.translation = m_translation;
    a.step = m_translation < 0 || m_everyStepAction->isChecked() ? -1 : m_step;
    if (kind == Kind::Box) {
        a.size = {0.25, 0.25};
        return a;
    }
    QWidget *w = panel(panelId);
    const QRectF anchor = visibleAnchor(panelId, element);
    if (!w || anchor.isEmpty())
        return a;
    const double em = AnnotationShape::lineHeight(w->font());
    // The body as it would be drawn, to find it a place in the window, beside the element.
    const QSizeF body = AnnotationShape::of(a, anchor, w->font()).body().size();
    const QRectF room = QRectF(m_host->rect()).adjusted(4, 4, -4, -4);
    const double gap = (kind == Kind::Arrow ? 2.5 : 1.2) * em;
    const QPointF c = anchor.center();
    struct Side {
        QPointF corner;
        bool across; ///< right or left of the element: pushing it sideways moves it onto the element
    };
    const Side sides[] = {
        {{anchor.right() + gap, c.y() - body.height() / 2}, true},               // right
        {{c.x() - body.width() / 2, anchor.bottom() + gap}, false},              // below
        {{c.x() - body.width() / 2, anchor.top() - gap - body.height()}, false}, // above
        {{anchor.left() - gap - body.width(), c.y() - body.height() / 2}, true}, // left
    };
    // Each side kept inside the window; sliding along the element's edge costs nothing, being
    // pushed towards it or over it does, and so does covering another note. The first side of
    // least cost wins.
    // Notes already shown at this step are obstacles too.
    QList<QRectF> others;
    for (int i = 0; i < count(); ++i)
        if (isShown(i))
            others << shape(i).bounds();
    QRectF best;
    double bestCost = 0;
    for (const Side &side : sides) {
        QRectF r(side.corner, body);
        const QPointF before = r.topLeft();
        r.moveLeft(std::clamp(r.left(), room.left(), std::max(room.left(), room.right() - r.width())));
        r.moveTop(std::clamp(r.top(), room.top(), std::max(room.top(), room.bottom() - r.height())));
        const double pushed = side.across ? std::abs(r.left() - before.x()) * r.height()
                                          : std::abs(r.top() - before.y()) * r.width();
        double cost = overlap(r, anchor) + pushed;
        for (const QRectF &other : others)
            cost += overlap(r, other);
        if (best.isNull() || cost < bestCost - 0.5) {
            best = r;
            bestCost = cost;
        }
    }
    const QPointF offset = kind == Kind::Arrow ? best.center() - c : best.topLeft() - c;
    a.offset = {rounded(offset.x() / em), rounded(offset.y() / em)};
    return a;
}

int AnnotationLayer::add(Kind kind, const QString &panelId, const QString &element, const QString &text)
{
    add(placed(kind, panelId, element, text));
    return count() - 1;
}

void AnnotationLayer::add(const mmu::Annotation &annotation)
{
    m_undo->push(new AddAnnotationCommand(this, count(), annotation));
}

void AnnotationLayer::remove(int index)
{
    if (index >= 0 && index < count())
        m_undo->push(new RemoveAnnotationCommand(this, index));
}

void AnnotationLayer::move(int index, mmu::Annotation::Offset offset, mmu::Annotation::Size size)
{
    if (index < 0 || index >= count())
        return;
    offset = {rounded(offset.x), rounded(offset.y)};
    size = {rounded(size.width), rounded(size.height)};
    if (at(index).offset == offset && at(index).size == size)
        return;
    m_undo->push(new MoveAnnotationCommand(this, index, offset, size));
}

void AnnotationLayer::setText(int index, const QString &text)
{
    if (index < 0 || index >= count() || at(index).text == text.toStdString())
        return;
    if (at(index).kind == Kind::Callout && text.trimmed().isEmpty())
        remove(index);
    else
        m_undo->push(new EditAnnotationTextCommand(this, index, text.toStdString()));
}

void AnnotationLayer::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_tool = tool;
    m_calloutAction->setChecked(tool == Tool::Callout);
    m_arrowAction->setChecked(tool == Tool::Arrow);
    m_boxAction->setChecked(tool == Tool::Box);
    refresh();
    emit toolChanged(tool);
}

void AnnotationLayer::setSelected(int index)
{
    if (index < -1 || index >= count())
        index = -1;
    if (m_selected == index)
        return;
    m_selected = index;
    updateActions();
    refresh();
    emit selectionChanged(index);
}

void AnnotationLayer::editText(int index)
{
    if (index >= 0 && index < count() && m_overlay)
        m_overlay->editText(index);
}

QList<QAction *> AnnotationLayer::actions() const
{
    return {m_calloutAction, m_arrowAction, m_boxAction, m_editTextAction, m_deleteAction, m_everyStepAction};
}

QList<QAction *> AnnotationLayer::toolActions() const
{
    return {m_calloutAction, m_arrowAction, m_boxAction};
}

void AnnotationLayer::insertAt(int index, const mmu::Annotation &annotation)
{
    index = std::clamp(index, 0, count());
    m_annotations.insert(m_annotations.begin() + index, annotation);
    if (m_selected >= index)
        ++m_selected;
    refresh();
    emit annotationsChanged();
}

void AnnotationLayer::eraseAt(int index)
{
    if (index < 0 || index >= count())
        return;
    m_annotations.erase(m_annotations.begin() + index);
    if (m_selected == index)
        setSelected(-1);
    else if (m_selected > index)
        --m_selected;
    updateActions();
    refresh();
    emit annotationsChanged();
}

void AnnotationLayer::replaceAt(int index, const mmu::Annotation &annotation)
{
    preview(index, annotation);
    emit annotationsChanged();
}

void AnnotationLayer::preview(int index, const mmu::Annotation &annotation)
{
    if (index < 0 || index >= count())
        return;
    m_annotations[static_cast<size_t>(index)] = annotation;
    refresh();
}

void AnnotationLayer::refresh()
{
    if (m_overlay)
        m_overlay->relayout(true);
}

void AnnotationLayer::updateActions()
{
    m_deleteAction->setEnabled(m_selected >= 0);
    m_editTextAction->setEnabled(m_selected >= 0);
}

} // namespace views
