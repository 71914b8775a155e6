// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "chartlegend.h"
#include "replayjob.h"
#include "theme.h"

#include <QChartView>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

class QAbstractAxis;
class QAction;
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
 *
 * The access axis is labelled at round counts (0, 2 M, 4 M), as many as the width has room
 * for. Walk cycles, memory and faults can be shown on a log scale (logScaleAction(), also in
 * the context menu); the legend is drawn under the plot and wraps instead of eliding.
 */
class ReplayChart : public QChartView {
    Q_OBJECT
public:
    enum class Kind { HitRate, WalkCycles, WalkHistogram, Memory, Faults };
    /** Bars of the walk-cycle histogram. */
    static constexpr int HistogramBins = 6;

    explicit ReplayChart(Kind kind, QWidget *parent = nullptr);

    /** The chart's title in the current language. */
    static QString title(Kind kind);
    /** An access count as an axis label: "0", "800", "1.5 k", "500 k", "2 M" in the current locale. */
    static QString accessLabel(double accesses);

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
    /** The accesses between two labelled ticks of the access axis (0 for the histogram). */
    double xTickStep() const { return m_xStep; }

    /** Whether the y axis can be switched to a log scale: walk cycles, memory, faults. */
    bool offersLogScale() const;
    bool logScale() const { return m_log; }
    void setLogScale(bool on);
    /** The checkable "Log scale" action (null when !offersLogScale()). */
    QAction *logScaleAction() const { return m_logAction; }
    /**
     * On a log scale, where values of 0 are drawn (the axis' lower end, a decade below the
     * smallest positive value); 0 when the scale is linear or no value needed it.
     */
    double logFloor() const { return m_floor; }

    /** The legend under the plot: its entries (rects in the view's coordinates). */
    QList<ChartLegend::Entry> legendEntries() const;

signals:
    /** The user clicked the plot over access `access`. */
    void accessClicked(quint64 access);
    void logScaleChanged(bool on);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

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
    /** Draws m_lines: down-sampled, clamped to the floor on a log scale, axes ranged. */
    void drawLines();
    void showHistogram(const mmu::ReplaySnapshot &snapshot);
    void buildAxes();
    void retranslate();
    void updateAxisTitles();
    void updateXTicks();
    void updateLegend();
    void updateMargins();
    void applyStyle();
    void updateCursorLine();

    Kind m_kind;
    Theme m_theme = Theme::Light;
    QAbstractAxis *m_x = nullptr;
    QAbstractAxis *m_y = nullptr;       ///< the y axis shown: m_linearY or m_logY
    QAbstractAxis *m_linearY = nullptr;
    QAbstractAxis *m_logY = nullptr;    ///< null for charts without a log scale
    QList<QLineSeries *> m_series;
    /** What each series shows (name, colour, pen, points before down-sampling): redrawn on a change of scale. */
    std::vector<LineData> m_lines;
    QLineSeries *m_cursorLine = nullptr;
    QBarSeries *m_bars = nullptr;
    QAction *m_logAction = nullptr;
    ChartLegend m_legend;
    std::optional<quint64> m_cursor;
    bool m_log = false;
    double m_floor = 0;
    double m_xStep = 0;
    int m_rightMargin = 0; ///< room for the access axis' last label
    QList<double> m_xTicks; ///< where the access axis has its labels
    double m_yMin = 0;
    double m_yMax = 1;
    quint64 m_accesses = 0;
};

} // namespace views
