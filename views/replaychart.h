// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "replayjob.h"
#include "theme.h"

#include <QChartView>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

class QAbstractAxis;
class QBarSeries;
class QLineSeries;
class QXYSeries;

namespace views {

/**
 * One chart of a replay's series (DESIGN §2.5): TLB hit rate, walk cycles per access (over
 * time, or as a histogram), RSS and page-table bytes, or faults by kind. Several runs are
 * overlaid in the run's colour. Each line is down-sampled to twice the plot's width, keeping
 * minima and maxima, and refilled with one QXYSeries::replace(); no OpenGL, no animation.
 * A click on the plot selects the access under the mouse (the timeline cursor).
 */
class ReplayChart : public QChartView {
    Q_OBJECT
public:
    enum class Kind { HitRate, WalkCycles, WalkHistogram, Memory, Faults };
    /** Bars of the walk-cycle histogram. */
    static constexpr int HistogramBins = 6;

    explicit ReplayChart(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    /** Shows `snapshot`'s runs; the lines are rebuilt only when their set changes. */
    void setSnapshot(const mmu::ReplaySnapshot &snapshot);
    void clear();
    void setTheme(Theme theme);
    /** Marks access `access` with a vertical line; nullopt removes the mark. */
    void setCursorAccess(std::optional<quint64> access);

    /** The most points a line gets: twice the chart's width in pixels (the plot is a little narrower). */
    int pointCap() const;
    /** The line named `name` as the legend shows it, or nullptr. */
    QXYSeries *line(const QString &name) const;
    /** Every line's name, in legend order. */
    QStringList lineNames() const;
    /** The histogram's bars (WalkHistogram only). */
    QBarSeries *bars() const { return m_bars; }
    /** Accesses per unit of the x axis: 1, 1,000 or 1,000,000. */
    double xScale() const { return m_xScale; }

signals:
    /** The user clicked the plot over access `access`. */
    void accessClicked(quint64 access);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct LineData {
        QString name;
        int color = 0;
        Qt::PenStyle style = Qt::SolidLine;
        qreal width = 2;
        std::vector<mmu::ChartPoint> points;
    };
    std::vector<LineData> linesFor(const mmu::ReplaySnapshot &snapshot) const;
    void showLines(std::vector<LineData> lines);
    void showHistogram(const mmu::ReplaySnapshot &snapshot);
    void rebuildAxes();
    void applyStyle();
    void updateCursorLine();

    Kind m_kind;
    Theme m_theme = Theme::Light;
    QAbstractAxis *m_x = nullptr;
    QAbstractAxis *m_y = nullptr;
    QList<QLineSeries *> m_series;
    std::vector<LineData> m_style; ///< colour, pen and name of each series, points emptied
    QLineSeries *m_cursorLine = nullptr;
    QBarSeries *m_bars = nullptr;
    std::optional<quint64> m_cursor;
    double m_xScale = 1;
    double m_yMin = 0;
    double m_yMax = 1;
    quint64 m_accesses = 0;
};

} // namespace views
