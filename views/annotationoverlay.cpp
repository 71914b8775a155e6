// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationoverlay.h"

#include "anchorprovider.h"
#include "annotationlayer.h"
#include "annotationshape.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>

#include <algorithm>

namespace views {

namespace {
using Kind = mmu::Annotation::Kind;
using Tool = AnnotationLayer::Tool;
} // namespace

AnnotationOverlay::AnnotationOverlay(AnnotationLayer *layer, const QString &panelId, QWidget *panel,
                                     const AnchorProvider *anchors)
    : QWidget(panel)
    , m_layer(layer)
    , m_panelId(panelId)
    , m_panel(panel)
    , m_anchors(anchors)
{
    setObjectName(QStringLiteral("annotations-") + panelId);
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(panel->rect());
    panel->installEventFilter(this);
    connect(layer, &AnnotationLayer::toolChanged, this, [this](Tool tool) {
        m_hovered.clear();
        m_hovering = false;
        if (tool == Tool::None)
            unsetCursor();
        else
            setCursor(Qt::CrossCursor);
        update();
    });
    raise();
    show();
}

bool AnnotationOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel) {
        switch (event->type()) {
        case QEvent::Resize:
            setGeometry(m_panel->rect());
            break;
        case QEvent::ChildAdded:
            raise(); // stay above widgets the panel adds later
            break;
        case QEvent::FontChange:
        case QEvent::LayoutRequest:
            update();
            break;
        default:
            break;
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
    }
    return QWidget::eventFilter(watched, event);
}

QList<int> AnnotationOverlay::shownAnnotations() const
{
    QList<int> shown;
    const std::string id = m_panelId.toStdString();
    for (int i = 0; i < m_layer->count(); ++i)
        if (m_layer->at(i).panel == id && m_layer->isShown(i))
            shown << i;
    return shown;
}

int AnnotationOverlay::annotationAt(QPointF point) const
{
    const QList<int> shown = shownAnnotations();
    for (auto it = shown.rbegin(); it != shown.rend(); ++it)
        if (m_layer->shape(*it).grabs(point))
            return *it;
    return -1;
}

void AnnotationOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_layer->tool() != Tool::None && m_hovering) {
        // The element a click would annotate, named, so the choice is never a guess.
        const QRectF r = m_layer->anchorRect(m_panelId, m_hovered).intersected(QRectF(rect()).adjusted(2, 2, -2, -2));
        const QString name = m_hovered.isEmpty() ? m_panelId : m_hovered;
        const QColor mark = palette().color(QPalette::Highlight);
        p.setPen(QPen(mark, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(-2, -2, 2, 2));
        const QFontMetrics fm = fontMetrics();
        QRectF tag(r.left() - 2, r.top() - 2 - fm.height() - 4, fm.horizontalAdvance(name) + 10, fm.height() + 4);
        if (tag.top() < 0)
            tag.moveTop(r.top() + 2); // no room above: inside the element's top edge
        p.fillRect(tag, mark);
        p.setPen(palette().color(QPalette::HighlightedText));
        p.drawText(tag, Qt::AlignCenter, name);
    }
    for (int index : shownAnnotations())
        if (index != m_editIndex || !m_editor)
            m_layer->shape(index).paint(p, palette(), index == m_layer->selected());
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
        const QString element = m_anchors->anchorAt(pos); // empty: the whole panel
        const Tool tool = m_layer->tool();
        const Kind kind = tool == Tool::Callout ? Kind::Callout : tool == Tool::Arrow ? Kind::Arrow : Kind::Box;
        const int index = m_layer->add(kind, m_panelId, element, kind == Kind::Callout ? tr("Note") : QString());
        m_layer->setTool(Tool::None);
        m_layer->setSelected(index);
        if (kind == Kind::Callout)
            editText(index);
        return;
    }
    const int index = annotationAt(pos);
    if (index < 0) {
        m_layer->setSelected(-1);
        event->ignore(); // the panel underneath gets it
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
        const double em = AnnotationShape::lineHeight(m_panel->font());
        const QPointF d = (pos - m_dragStart) / em;
        mmu::Annotation a = m_dragOriginal;
        if (!m_resizing) {
            a.offset.x += d.x();
            a.offset.y += d.y();
        } else if (a.kind == Kind::Callout) {
            // A fitted callout gets an explicit size from its current one.
            const QRectF anchor = m_layer->anchorRect(m_panelId, QString::fromStdString(a.element));
            const QSizeF body = AnnotationShape::of(m_dragOriginal, anchor, m_panel->font()).body().size() / em;
            a.size = {std::max(1.5, body.width() + d.x()), std::max(1.0, body.height() + d.y())};
        } else if (a.kind == Kind::Box) {
            // The box grows on each side: its corner follows the mouse, the opposite one mirrors it.
            a.size = {std::max(0.0, a.size.width + d.x()), std::max(0.0, a.size.height + d.y())};
        }
        m_layer->preview(m_dragIndex, a);
        event->accept();
        return;
    }
    if (m_layer->tool() != Tool::None) {
        const QString hovered = m_anchors->anchorAt(pos);
        if (hovered != m_hovered || !m_hovering) {
            m_hovered = hovered;
            m_hovering = true;
            update();
        }
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
    if (m_hovering) {
        m_hovered.clear();
        m_hovering = false;
        update();
    }
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
    if (index < 0 || index >= m_layer->count() || !m_layer->isShown(index))
        return;
    const AnnotationShape shape = m_layer->shape(index);
    const double em = AnnotationShape::lineHeight(m_panel->font());
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
    m_editor->setFont(AnnotationShape::textFont(m_panel->font()));
    QPalette pal = m_editor->palette();
    pal.setColor(QPalette::Base, QColor(0xF0, 0xE4, 0x42));
    pal.setColor(QPalette::Text, Qt::black);
    m_editor->setPalette(pal);
    m_editor->setPlainText(QString::fromStdString(m_layer->at(index).text));
    m_editor->setToolTip(tr("Return keeps the text, Shift+Return starts a new line, Escape cancels"));
    m_editor->setGeometry(r.toAlignedRect());
    m_editor->selectAll();
    m_editor->installEventFilter(this);
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
    update();
}

} // namespace views
