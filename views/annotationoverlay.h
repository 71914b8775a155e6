// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "annotationshape.h"

#include <QList>
#include <QPointF>
#include <QWidget>

#include <utility>

class QPlainTextEdit;

namespace views {

class AnnotationLayer;

/**
 * One transparent child covering the window's panels (its host, the central widget): it
 * draws the annotations on top of them, so a callout about the cycle bar may sit in the empty
 * part of the next panel. It takes the mouse only where an annotation is drawn (an input mask),
 * or everywhere while a tool is chosen, so the panels underneath work as before. Being a child
 * of the host, it is in every grab() and render() of it: exported figures carry annotations.
 */
class AnnotationOverlay : public QWidget {
    Q_OBJECT
public:
    AnnotationOverlay(AnnotationLayer *layer, QWidget *host);

    /** Follows `panel`: its moves, resizes, scrolling and repaints move the annotations on it. */
    void watch(QWidget *panel);
    /** Works out again where every annotation is drawn; repaints what changed (all when `force`). */
    void relayout(bool force = false);

    /** Indices (in the layer) of the annotations drawn now, bottom to top. */
    QList<int> shownAnnotations() const;
    /** The annotation drawn topmost at `point` (overlay coordinates), or −1. */
    int annotationAt(QPointF point) const;
    /** While a tool is chosen: the panel and element under the mouse (element empty: the whole panel). */
    QString hoveredPanel() const { return m_hoveredPanel; }
    QString hoveredAnchor() const { return m_hoveredElement; }
    /** Opens the in-place text editor on annotation `index`. */
    void editText(int index);
    bool isEditing() const { return m_editor != nullptr; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void scheduleRelayout();
    void updateMask();
    void finishEditing(bool keep);
    void updateCursor(QPointF at);
    void setHovered(const QString &panel, const QString &element, bool hovering);

    AnnotationLayer *m_layer;
    QWidget *m_host;
    QList<std::pair<int, AnnotationShape>> m_shapes; ///< what is drawn now
    bool m_relayoutPending = false;
    QString m_hoveredPanel;
    QString m_hoveredElement;
    bool m_hovering = false; ///< a tool is chosen and the mouse is over a panel
    // A drag in progress: which annotation, whether it resizes, where it started.
    int m_dragIndex = -1;
    bool m_resizing = false;
    QPointF m_dragStart;
    mmu::Annotation m_dragOriginal;
    QPlainTextEdit *m_editor = nullptr;
    int m_editIndex = -1;
};

} // namespace views
