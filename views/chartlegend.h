// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPen>
#include <QRectF>
#include <QString>

class QPainter;

namespace views {

/**
 * The legend under a chart, wrapped into as many rows as the width needs. Qt Charts' own
 * legend puts every entry in one row and elides the labels that do not fit, so in a narrow
 * dock a comparison read "4K R…", "2M p…"; here a label is elided only when it alone is wider
 * than the whole chart, and its tool tip then has it in full.
 */
class ChartLegend {
public:
    struct Entry {
        QString text; ///< the series' name
        QPen pen;     ///< the line's pen; a bar set's colour when `bar`
        bool bar = false;
        QString shown; ///< the text as drawn: `text`, or elided when it cannot fit
        QRectF rect;   ///< where the entry is drawn, relative to the legend's top left
    };

    void setEntries(QList<Entry> entries);
    const QList<Entry> &entries() const { return m_entries; }
    /** Lays the entries out in centred rows `width` wide; returns the height they take. */
    qreal layout(qreal width, const QFont &font);
    qreal height() const { return m_height; }
    /** Draws the legend with its top left at `topLeft`. */
    void paint(QPainter &painter, QPointF topLeft, const QColor &textColor) const;
    /** The full name of the entry at `at` (relative to the top left), if it was elided. */
    QString toolTipAt(QPointF at) const;

    /** The width of the line sample in front of each label. */
    static constexpr qreal SampleWidth = 20;

private:
    QList<Entry> m_entries;
    QFont m_font;
    qreal m_height = 0;
};

} // namespace views
