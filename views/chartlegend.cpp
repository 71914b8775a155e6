// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlegend.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace views {

namespace {

constexpr qreal Gap = 4;       ///< between a sample and its label
constexpr qreal EntryGap = 14; ///< between two entries of a row

} // namespace

void ChartLegend::setEntries(QList<Entry> entries)
{
    m_entries = std::move(entries);
}

qreal ChartLegend::layout(qreal width, const QFont &font)
{
    m_font = font;
    const QFontMetricsF metrics(font);
    const qreal rowHeight = std::ceil(metrics.height()) + 2;
    const qreal textRoom = std::max<qreal>(10, width - SampleWidth - Gap);
    // Greedy rows, each entry as wide as its sample and its text.
    QList<QList<qsizetype>> rows;
    qreal x = 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        e.shown = metrics.horizontalAdvance(e.text) <= textRoom ? e.text
                                                                : metrics.elidedText(e.text, Qt::ElideRight, textRoom);
        const qreal w = SampleWidth + Gap + std::ceil(metrics.horizontalAdvance(e.shown));
        if (rows.isEmpty() || x + EntryGap + w > width) {
            rows.append(QList<qsizetype>());
            x = -EntryGap;
        }
        e.rect = QRectF(x + EntryGap, static_cast<qreal>(rows.size() - 1) * rowHeight, w, rowHeight);
        x += EntryGap + w;
        rows.last().append(i);
    }
    for (const QList<qsizetype> &row : rows) {
        const qreal used = m_entries[row.last()].rect.right();
        const qreal shift = std::floor((width - used) / 2);
        for (qsizetype i : row)
            m_entries[i].rect.translate(shift, 0);
    }
    m_height = static_cast<qreal>(rows.size()) * rowHeight;
    return m_height;
}

void ChartLegend::paint(QPainter &painter, QPointF topLeft, const QColor &textColor) const
{
    painter.save();
    painter.setFont(m_font);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Entry &e : m_entries) {
        const QRectF r = e.rect.translated(topLeft);
        const qreal mid = r.center().y();
        const QRectF sample(r.left(), mid - 4, SampleWidth, 8);
        if (e.bar) {
            painter.setPen(QPen(e.pen.color().darker(130), 1));
            painter.setBrush(e.pen.color());
            painter.drawRect(sample.adjusted(4, 0, -4, 0));
        } else {
            QPen pen = e.pen;
            pen.setWidthF(std::min<qreal>(pen.widthF(), 3)); // a sample, not a stroke to match
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.drawLine(QPointF(sample.left(), mid), QPointF(sample.right(), mid));
        }
        painter.setPen(textColor);
        painter.drawText(QRectF(sample.right() + Gap, r.top(), r.right() - sample.right() - Gap + 1, r.height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, e.shown);
    }
    painter.restore();
}

QString ChartLegend::toolTipAt(QPointF at) const
{
    for (const Entry &e : m_entries)
        if (e.rect.contains(at) && e.shown != e.text)
            return e.text;
    return QString();
}

} // namespace views
