// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationshape.h"

#include "palette.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace views {

namespace {

using Kind = mmu::Annotation::Kind;

/** The note colour: Okabe–Ito yellow, the one colour of the palette black text reads best on. */
const QColor NoteColor(0xF0, 0xE4, 0x42);
const QColor Ink(Qt::black);

constexpr double MaxCalloutWidth = 16; ///< lines of text; longer text wraps
constexpr double PadX = 0.4;
constexpr double PadY = 0.2;

/** Where the segment from `from` (inside r) towards `to` leaves r; `to` when it stays inside. */
QPointF exitPoint(const QRectF &r, QPointF from, QPointF to)
{
    const QPointF d = to - from;
    double t = 1.0;
    if (d.x() > 0)
        t = std::min(t, (r.right() - from.x()) / d.x());
    else if (d.x() < 0)
        t = std::min(t, (r.left() - from.x()) / d.x());
    if (d.y() > 0)
        t = std::min(t, (r.bottom() - from.y()) / d.y());
    else if (d.y() < 0)
        t = std::min(t, (r.top() - from.y()) / d.y());
    return from + d * std::clamp(t, 0.0, 1.0);
}

/** The point of the anchor's middle half nearest to `from`: arrows aim at the element, not at a corner. */
QPointF aimPoint(const QRectF &anchor, QPointF from)
{
    const QRectF inner = anchor.adjusted(anchor.width() / 4, anchor.height() / 4, -anchor.width() / 4,
                                         -anchor.height() / 4);
    return {std::clamp(from.x(), inner.left(), inner.right()), std::clamp(from.y(), inner.top(), inner.bottom())};
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + ab * t).length();
}

QSizeF textSize(const QString &text, const QFont &font, double em)
{
    const QFontMetricsF fm(font);
    const QRectF r = fm.boundingRect(QRectF(0, 0, MaxCalloutWidth * em, 1e6), Qt::AlignLeft | Qt::TextWordWrap,
                                     text.isEmpty() ? QStringLiteral(" ") : text);
    return {std::ceil(r.width()) + 2 * PadX * em, std::ceil(r.height()) + 2 * PadY * em};
}

} // namespace

QFont AnnotationShape::textFont(const QFont &font)
{
    QFont f = font;
    f.setBold(true);
    return f;
}

double AnnotationShape::lineHeight(const QFont &font)
{
    return QFontMetricsF(font).height();
}

AnnotationShape AnnotationShape::of(const mmu::Annotation &a, const QRectF &anchor, const QFont &font,
                                    const QRectF &room)
{
    auto keepInside = [&room](QRectF r) {
        if (room.isEmpty())
            return r;
        r.moveLeft(std::clamp(r.left(), room.left(), std::max(room.left(), room.right() - r.width())));
        r.moveTop(std::clamp(r.top(), room.top(), std::max(room.top(), room.bottom() - r.height())));
        return r;
    };
    AnnotationShape s;
    s.m_kind = a.kind;
    s.m_anchor = anchor;
    s.m_font = textFont(font);
    s.m_em = lineHeight(font);
    s.m_text = QString::fromStdString(a.text);
    const double em = s.m_em;
    const QPointF offset(a.offset.x * em, a.offset.y * em);
    const QSizeF size(a.size.width * em, a.size.height * em);
    const QSizeF fitted = textSize(s.m_text, s.m_font, em);

    switch (a.kind) {
    case Kind::Callout: {
        const QSizeF box = size.width() > 0 && size.height() > 0 ? size.expandedTo(QSizeF(em, em)) : fitted;
        s.m_body = keepInside(QRectF(anchor.center() + offset, box));
        const QPointF aim = aimPoint(anchor, s.m_body.center());
        s.m_tip = exitPoint(anchor, aim, s.m_body.center());
        s.m_tail = exitPoint(s.m_body, s.m_body.center(), aim);
        s.m_pointer = !s.m_body.intersects(anchor) && QLineF(s.m_tail, s.m_tip).length() > 0.5 * em;
        break;
    }
    case Kind::Arrow: {
        const QSizeF box = s.m_text.isEmpty() ? QSizeF(1.2 * em, 1.2 * em) : fitted;
        s.m_body = keepInside(QRectF(anchor.center() + offset - QPointF(box.width() / 2, box.height() / 2), box));
        const QPointF tail = s.m_body.center();
        const QPointF aim = aimPoint(anchor, tail);
        s.m_tip = exitPoint(anchor, aim, tail);
        s.m_tail = s.m_text.isEmpty() ? tail : exitPoint(s.m_body, tail, aim);
        s.m_pointer = !anchor.contains(tail) && QLineF(s.m_tail, s.m_tip).length() > 0.5 * em;
        break;
    }
    case Kind::Box: {
        s.m_body = anchor.translated(offset).adjusted(-size.width(), -size.height(), size.width(), size.height());
        if (!s.m_text.isEmpty())
            s.m_label = QRectF(s.m_body.left(), s.m_body.top() - fitted.height() - 0.25 * em, fitted.width(),
                               fitted.height());
        break;
    }
    }
    if (s.m_pointer) {
        // Stop just short of the element, so the head does not hide its border.
        const QLineF back(s.m_tip, s.m_tail);
        s.m_tip = back.pointAt(std::min(0.3, std::max(2.0, 0.1 * em) / std::max(1.0, back.length())));
    }
    return s;
}

QRectF AnnotationShape::handle() const
{
    if (m_kind == Kind::Arrow)
        return {};
    const double h = std::max(8.0, 0.55 * m_em);
    return {m_body.right() - h / 2, m_body.bottom() - h / 2, h, h};
}

QRectF AnnotationShape::bounds() const
{
    QRectF r = m_body.united(handle());
    if (!m_label.isEmpty())
        r = r.united(m_label);
    if (m_pointer)
        r = r.united(QRectF(m_tail, m_tip).normalized());
    const double margin = 0.5 * m_em + 4;
    return r.adjusted(-margin, -margin, margin, margin);
}

bool AnnotationShape::grabs(QPointF point) const
{
    if (handle().contains(point))
        return true;
    const double near = std::max(6.0, 0.45 * m_em);
    if (m_pointer && distanceToSegment(point, m_tail, m_tip) < near)
        return true;
    if (m_kind == Kind::Box) {
        if (m_label.contains(point))
            return true;
        const QRectF outer = m_body.adjusted(-near, -near, near, near);
        const QRectF inner = m_body.adjusted(near, near, -near, -near);
        return outer.contains(point) && !inner.contains(point);
    }
    return m_body.contains(point);
}

QRegion AnnotationShape::region() const
{
    const double grow = 0.4 * m_em + 4;
    auto around = [grow](const QRectF &r) { return QRegion(r.adjusted(-grow, -grow, grow, grow).toAlignedRect()); };
    QRegion region;
    if (m_kind == Kind::Box) {
        region = around(m_body) - QRegion(m_body.adjusted(grow, grow, -grow, -grow).toAlignedRect());
        if (!m_label.isEmpty())
            region += around(m_label);
        region += around(handle());
    } else {
        region = around(m_body) + around(handle()); // an arrow's body: its label, or a square at its tail
    }
    if (m_pointer) {
        QPainterPath shaft(m_tail);
        shaft.lineTo(m_tip);
        QPainterPathStroker stroker;
        stroker.setWidth(2 * grow + 0.5 * m_em);
        stroker.setCapStyle(Qt::RoundCap);
        for (const QPolygonF &polygon : stroker.createStroke(shaft).toFillPolygons())
            region += QRegion(polygon.toPolygon());
    }
    return region;
}

void AnnotationShape::paintPointer(QPainter &p, double width) const
{
    const QLineF line(m_tail, m_tip);
    const double len = line.length();
    if (len < 1)
        return;
    const QPointF u = (m_tip - m_tail) / len;
    const QPointF n(-u.y(), u.x());
    const double head = std::min(len, 4.0 * width);
    const double half = 2.2 * width;
    const QPointF base = m_tip - u * head;
    QPolygonF arrow;
    arrow << m_tail + n * width / 2 << base + n * width / 2 << base + n * half << m_tip << base - n * half
          << base - n * width / 2 << m_tail - n * width / 2;
    QPainterPath path;
    path.addPolygon(arrow);
    path.closeSubpath();
    // A yellow halo under black ink: the arrow shows on white, black and coloured panels.
    p.strokePath(path, QPen(NoteColor, std::max(3.0, 0.22 * m_em), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.fillPath(path, Ink);
}

void AnnotationShape::paintNote(QPainter &p, const QRectF &r) const
{
    const double radius = 0.25 * m_em;
    const double shadow = std::max(2.0, 0.12 * m_em);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 80));
    p.drawRoundedRect(r.translated(shadow, shadow), radius, radius);
    p.setBrush(NoteColor);
    p.setPen(QPen(Ink, std::max(2.0, 0.09 * m_em)));
    p.drawRoundedRect(r, radius, radius);
    p.setFont(m_font);
    p.setPen(Ink);
    p.drawText(r.adjusted(PadX * m_em, PadY * m_em, -PadX * m_em, -PadY * m_em),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_text);
}

void AnnotationShape::paint(QPainter &p, const QPalette &palette, bool selected) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    switch (m_kind) {
    case Kind::Callout:
        if (m_pointer)
            paintPointer(p, std::max(3.0, 0.16 * m_em));
        paintNote(p, m_body);
        break;
    case Kind::Arrow:
        if (m_pointer)
            paintPointer(p, std::max(4.0, 0.24 * m_em));
        if (!m_text.isEmpty())
            paintNote(p, m_body);
        break;
    case Kind::Box: {
        const double radius = 0.2 * m_em;
        QColor wash = NoteColor;
        wash.setAlpha(55);
        p.setPen(QPen(Ink, std::max(5.0, 0.24 * m_em), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(wash);
        p.drawRoundedRect(m_body, radius, radius);
        p.setPen(QPen(NoteColor, std::max(2.5, 0.12 * m_em), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(m_body, radius, radius);
        if (!m_label.isEmpty())
            paintNote(p, m_label);
        break;
    }
    }
    if (selected) {
        const QColor mark = currentColor(palette);
        QRectF r = m_body;
        if (!m_label.isEmpty())
            r = r.united(m_label);
        const double gap = std::max(4.0, 0.25 * m_em);
        p.setPen(QPen(mark, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(-gap, -gap, gap, gap));
        if (!handle().isEmpty()) {
            p.setPen(QPen(Qt::white, 1));
            p.setBrush(mark);
            p.drawRect(handle());
        }
    }
    p.restore();
}

} // namespace views
