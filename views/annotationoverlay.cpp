// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationoverlay.h"

#include "anchorprovider.h"
#include "annotationlayer.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTimer>

#include <algorithm>

namespace views {

namespace {
using Kind = mmu::Annotation::Kind;
using Tool = AnnotationLayer::Tool;
} // namespace

AnnotationOverlay::AnnotationOverlay(AnnotationLayer *layer, QWidget *host)
    : QWidget(host)
    , m_layer(layer)
    , m_host(host)
{
    setObjectName(QStringLiteral("annotations"));
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(host->rect());
    host->installEventFilter(this);
    connect(layer, &AnnotationLayer::toolChanged, this, [this](Tool tool) {
        setHovered({}, {}, false);
        if (tool == Tool::None)
            unsetCursor();
        else
            setCursor(Qt::CrossCursor);
        updateMask();
        update();
    });
    raise();
    show();
    relayout();
}

void AnnotationOverlay::watch(QWidget *panel)
{
    panel->installEventFilter(this);
    scheduleRelayout();
}

bool AnnotationOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host) {
        if (event->type() == QEvent::Resize) {
            setGeometry(m_host->rect());
            scheduleRelayout();
        } else if (event->type() == QEvent::ChildAdded) {
            raise(); // stay above widgets the host gains later
        }
        return false;
    }
    if (watched == m_editor) {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && !(key->modifiers() & Qt::ShiftModifier);
            if (key->key() == Qt::Key_Escape || enter) {
                // Ours, not the window's Escape action: accept the override, act on the press.
                event->accept();
                if (event->type() == QEvent::KeyPress)
                    finishEditing(enter);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            finishEditing(true);
        }
        return false;
    }
    // A watched panel: anything that can move its elements (scrolling moves the panel itself;
    // a new step repaints it) makes the annotations look again where their anchors are.
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_layer->setSelected(-1); // a click beside the annotations, on a panel
        break;
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::FontChange:
    case QEvent::LayoutRequest:
    case QEvent::Paint:
        scheduleRelayout();
        break;
    default:
        break;
    }
    return false;
}

void AnnotationOverlay::scheduleRelayout()
{
    if (m_relayoutPending)
        return;
    m_relayoutPending = true;
    QTimer::singleShot(0, this, [this] { relayout(); });
}

void AnnotationOverlay::relayout(bool force)
{
    m_relayoutPending = false;
    QList<std::pair<int, AnnotationShape>> shapes;
    for (int i = 0; i < m_layer->count(); ++i)
        if (m_layer->isShown(i))
            shapes.append({i, m_layer->shape(i)});
    QRegion dirty;
    bool same = shapes.size() == m_shapes.size();
    for (qsizetype i = 0; same && i < shapes.size(); ++i)
        same = shapes[i].first == m_shapes[i].first && shapes[i].second.region() == m_shapes[i].second.region()
            && m_layer->at(shapes[i].first) == m_layer->at(m_shapes[i].first);
    if (same && !force)
        return;
    for (const auto &[index, shape] : m_shapes)
        dirty += shape.region();
    m_shapes = shapes;
    for (const auto &[index, shape] : m_shapes)
        dirty += shape.region();
    updateMask();
    update(dirty);
}

void AnnotationOverlay::updateMask()
{
    if (m_layer->tool() != Tool::None) {
        clearMask();
        setAttribute(Qt::WA_TransparentForMouseEvents, false);
        return;
    }
    QRegion region;
    for (const auto &[index, shape] : m_shapes)
        region += shape.region();
    if (m_editor)
        region += m_editor->geometry();
    // An empty mask would mean no mask at all: with nothing to grab, let every event through.
    setAttribute(Qt::WA_TransparentForMouseEvents, region.isEmpty());
    if (!region.isEmpty())
        setMask(region);
}

QList<int> AnnotationOverlay::shownAnnotations() const
{
    QList<int> shown;
    for (const auto &[index, shape] : m_shapes)
        shown << index;
    return shown;
}

int AnnotationOverlay::annotationAt(QPointF point) const
{
    for (auto it = m_shapes.rbegin(); it != m_shapes.rend(); ++it)
        if (it->second.grabs(point))
            return it->first;
    return -1;
}

void AnnotationOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_layer->tool() != Tool::None && m_hovering) {
        // The element a click would annotate, named, so the choice is never a guess.
        const QRectF r = m_layer->visibleAnchor(m_hoveredPanel, m_hoveredElement);
        const QString name = m_hoveredElement.isEmpty() ? m_hoveredPanel
                                                        : m_hoveredPanel + QStringLiteral(": ") + m_hoveredElement;
        const QColor mark = palette().color(QPalette::Highlight);
        p.setPen(QPen(mark, 3, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(-2, -2, 2, 2));
        const QFontMetrics fm = fontMetrics();
        QRectF tag(r.left() - 2, r.top() - 2 - fm.height() - 4, fm.horizontalAdvance(name) + 12, fm.height() + 4);
        if (tag.top() < 0)
            tag.moveTop(r.top() + 2); // no room above: inside the element's top edge
        p.fillRect(tag, mark);
        p.setPen(palette().color(QPalette::HighlightedText));
        p.drawText(tag, Qt::AlignCenter, name);
    }
    for (const auto &[index, shape] : m_shapes)
        if (index != m_editIndex || !m_editor)
            shape.paint(p, palette(), index == m_layer->selected());
}

void AnnotationOverlay::setHovered(const QString &panel, const QString &element, bool hovering)
{
    if (panel == m_hoveredPanel && element == m_hoveredElement && hovering == m_hovering)
        return;
    m_hoveredPanel = panel;
    m_hoveredElement = element;
    m_hovering = hovering;
    update();
}

void AnnotationOverlay::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_layer->tool() != Tool::None) {
        event->accept();
        if (event->button() != Qt::LeftButton) {
            m_layer->setTool(Tool::None);
            return;
        }
        QString element;
        const QString panel = m_layer->panelAt(pos, &element); // element empty: the whole panel
        if (panel.isEmpty())
            return;
        const Tool tool = m_layer->tool();
        const Kind kind = tool == Tool::Callout ? Kind::Callout : tool == Tool::Arrow ? Kind::Arrow : Kind::Box;
        const int index = m_layer->add(kind, panel, element, kind == Kind::Callout ? tr("Note") : QString());
        m_layer->setTool(Tool::None);
        m_layer->setSelected(index);
        relayout();
        if (kind == Kind::Callout)
            editText(index);
        return;
    }
    const int index = annotationAt(pos);
    if (index < 0) {
        m_layer->setSelected(-1);
        event->ignore();
        return;
    }
    event->accept();
    m_layer->setSelected(index);
    if (event->button() == Qt::RightButton) {
        QMenu menu(this);
        for (QAction *a : m_layer->actions())
            if (!a->isCheckable())
                menu.addAction(a);
        menu.exec(event->globalPosition().toPoint());
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_dragIndex = index;
    m_dragStart = pos;
    m_dragOriginal = m_layer->at(index);
    m_resizing = m_layer->shape(index).handle().contains(pos);
}

void AnnotationOverlay::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_dragIndex >= 0) {
        const QString panel = QString::fromStdString(m_dragOriginal.panel);
        const double em = AnnotationShape::lineHeight(m_layer->panel(panel)->font());
        const QPointF d = (pos - m_dragStart) / em;
        mmu::Annotation a = m_dragOriginal;
        if (!m_resizing) {
            a.offset.x += d.x();
            a.offset.y += d.y();
        } else if (a.kind == Kind::Callout) {
            // A fitted callout gets an explicit size from its current one.
            const QSizeF body = m_layer->shapeOf(m_dragOriginal).body().size() / em;
            a.size = {std::max(1.5, body.width() + d.x()), std::max(1.0, body.height() + d.y())};
        } else if (a.kind == Kind::Box) {
            // The box grows on each side: its corner follows the mouse, the opposite one mirrors it.
            a.size = {std::max(0.0, a.size.width + d.x()), std::max(0.0, a.size.height + d.y())};
        }
        m_layer->preview(m_dragIndex, a);
        relayout();
        event->accept();
        return;
    }
    if (m_layer->tool() != Tool::None) {
        QString element;
        const QString panel = m_layer->panelAt(pos, &element);
        setHovered(panel, element, !panel.isEmpty());
        event->accept();
        return;
    }
    updateCursor(pos);
    event->setAccepted(annotationAt(pos) >= 0);
}

void AnnotationOverlay::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragIndex < 0) {
        event->setAccepted(m_layer->tool() != Tool::None);
        return;
    }
    const mmu::Annotation moved = m_layer->at(m_dragIndex);
    // Back to where the drag began, so the command records the move from there.
    m_layer->preview(m_dragIndex, m_dragOriginal);
    const int index = m_dragIndex;
    m_dragIndex = -1;
    m_layer->move(index, moved.offset, moved.size);
    relayout();
    event->accept();
}

void AnnotationOverlay::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = m_layer->tool() == Tool::None ? annotationAt(event->position()) : -1;
    if (index < 0) {
        event->ignore();
        return;
    }
    event->accept();
    editText(index);
}

void AnnotationOverlay::leaveEvent(QEvent *event)
{
    setHovered({}, {}, false);
    QWidget::leaveEvent(event);
}

void AnnotationOverlay::updateCursor(QPointF at)
{
    if (m_layer->tool() != Tool::None)
        return;
    const int index = annotationAt(at);
    if (index < 0)
        unsetCursor();
    else if (m_layer->shape(index).handle().contains(at))
        setCursor(Qt::SizeFDiagCursor);
    else
        setCursor(Qt::SizeAllCursor);
}

void AnnotationOverlay::editText(int index)
{
    finishEditing(true);
    relayout();
    if (index < 0 || index >= m_layer->count() || !m_layer->isShown(index))
        return;
    const AnnotationShape shape = m_layer->shape(index);
    QWidget *panel = m_layer->panel(QString::fromStdString(m_layer->at(index).panel));
    const double em = AnnotationShape::lineHeight(panel->font());
    QRectF r = shape.body();
    if (shape.kind() == Kind::Box)
        r = QRectF(r.left(), r.top() - 2.4 * em, r.width(), 2.2 * em);
    r.setWidth(std::max(r.width(), 12 * em));
    r.setHeight(std::max(r.height(), 2.2 * em));
    r.moveLeft(std::clamp(r.left(), 0.0, std::max(0.0, width() - r.width())));
    r.moveTop(std::clamp(r.top(), 0.0, std::max(0.0, height() - r.height())));

    m_editIndex = index;
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("annotation-editor"));
    m_editor->setFont(AnnotationShape::textFont(panel->font()));
    QPalette pal = m_editor->palette();
    pal.setColor(QPalette::Base, QColor(0xF0, 0xE4, 0x42));
    pal.setColor(QPalette::Text, Qt::black);
    m_editor->setPalette(pal);
    m_editor->setPlainText(QString::fromStdString(m_layer->at(index).text));
    m_editor->setToolTip(tr("Return keeps the text, Shift+Return starts a new line, Escape cancels"));
    m_editor->setGeometry(r.toAlignedRect());
    m_editor->selectAll();
    m_editor->installEventFilter(this);
    updateMask();
    m_editor->show();
    m_editor->setFocus();
    update();
}

void AnnotationOverlay::finishEditing(bool keep)
{
    if (!m_editor)
        return;
    QPlainTextEdit *editor = m_editor;
    const int index = m_editIndex;
    m_editor = nullptr;
    m_editIndex = -1;
    editor->removeEventFilter(this);
    const QString text = editor->toPlainText();
    editor->hide();
    editor->deleteLater();
    if (keep)
        m_layer->setText(index, text);
    updateMask();
    update();
}

} // namespace views
