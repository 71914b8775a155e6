// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QPointF>
#include <QPointer>
#include <QWidget>

class QPlainTextEdit;

namespace views {

class AnchorProvider;
class AnnotationLayer;

/**
 * A transparent child covering one panel: it draws that panel's annotations on top of it and
 * takes the mouse only where an annotation is (or everywhere while a tool is chosen), so the
 * panel underneath works as before. Being a child, it is in every grab() and render() of
 * the panel, which is how exported figures carry their annotations.
 */
class AnnotationOverlay : public QWidget {
    Q_OBJECT
public:
    AnnotationOverlay(AnnotationLayer *layer, const QString &panelId, QWidget *panel, const AnchorProvider *anchors);

    QString panelId() const { return m_panelId; }
    /** Indices (in the layer) of the annotations drawn here now. */
    QList<int> shownAnnotations() const;
    /** The annotation drawn topmost at `point`, or −1. */
    int annotationAt(QPointF point) const;
    /** The element a tool would attach to under the mouse (empty: the whole panel). */
    QString hoveredAnchor() const { return m_hovered; }
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
    void finishEditing(bool keep);
    void updateCursor(QPointF at);

    AnnotationLayer *m_layer;
    QString m_panelId;
    QWidget *m_panel;
    const AnchorProvider *m_anchors;
    QString m_hovered;
    bool m_hovering = false; ///< a tool is chosen and the mouse is over this panel
    // A drag in progress: which annotation, whether it resizes, where it started.
    int m_dragIndex = -1;
    bool m_resizing = false;
    QPointF m_dragStart;
    mmu::Annotation m_dragOriginal;
    QPlainTextEdit *m_editor = nullptr;
    int m_editIndex = -1;
};

} // namespace views
