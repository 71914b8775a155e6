// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QFont>
#include <QPalette>
#include <QPointF>
#include <QRectF>
#include <QRegion>
#include <QString>

class QPainter;

namespace views {

/**
 * Where an annotation is drawn, worked out from its anchor's rectangle and the panel's font:
 * the annotation's geometry is in lines of text relative to the anchor (see mmu::Annotation),
 * so zoom and layout move and scale it with the element it points at. Also paints it, in
 * the same colours in every theme: black ink on Okabe–Ito yellow, which stands out on light,
 * dark and coloured backgrounds alike.
 */
class AnnotationShape {
public:
    /**
     * The shape of `a` pointing at `anchor` on a panel drawn in `font`. A callout's box or an
     * arrow's tail that would fall outside `room` (when given) is moved inside it, so a note
     * placed on a larger screen is never lost off the edge of a smaller one.
     */
    static AnnotationShape of(const mmu::Annotation &a, const QRectF &anchor, const QFont &font,
                              const QRectF &room = QRectF());
    /** The text font of annotations on a panel drawn in `font`. */
    static QFont textFont(const QFont &font);
    /** One line of the panel's text, the unit of annotation geometry, in pixels. */
    static double lineHeight(const QFont &font);

    mmu::Annotation::Kind kind() const { return m_kind; }
    const QRectF &anchor() const { return m_anchor; }
    /** The callout's box, the box's frame, or the arrow's label (a small square at its tail if none). */
    const QRectF &body() const { return m_body; }
    /** True when a pointer (callout) or shaft (arrow) is drawn from tail() to tip(). */
    bool hasPointer() const { return m_pointer; }
    QPointF tail() const { return m_tail; }
    /** Where the arrowhead touches the anchor's edge. */
    QPointF tip() const { return m_tip; }
    /** The square to drag to resize (callouts and boxes); empty for arrows. */
    QRectF handle() const;
    /** Everything painted, with room for the outline and shadow. */
    QRectF bounds() const;
    /** True when a press at `point` grabs this annotation (its body, frame, pointer or label). */
    bool grabs(QPointF point) const;
    /**
     * Where it paints, outline, shadow and selection marks included, and nothing more (a box's
     * inside is not in it): an overlay takes the mouse only there.
     */
    QRegion region() const;

    void paint(QPainter &p, const QPalette &palette, bool selected) const;

private:
    void paintPointer(QPainter &p, double width) const;
    void paintNote(QPainter &p, const QRectF &r) const;

    mmu::Annotation::Kind m_kind = mmu::Annotation::Kind::Callout;
    QRectF m_anchor;
    QRectF m_body;
    QRectF m_label; ///< a box's text tab, above its frame
    QPointF m_tail;
    QPointF m_tip;
    bool m_pointer = false;
    QString m_text;
    QFont m_font;
    double m_em = 16;
};

} // namespace views
