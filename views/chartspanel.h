// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replaychart.h"
#include "replayworker.h"
#include "theme.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace views {

class ComparisonTable;
class ReplayController;

/**
 * The charts dock's page: a workload picker, a progress bar with cancel, the live charts of
 * one replay or of a comparison overlaid, the comparison table, the timeline cursor and the
 * exports (series as CSV, a chart as PNG or SVG). The replay itself runs in a ReplayController.
 */
class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    /** The cursor replays at most this many accesses before the one it shows (≈ 1 s of replay). */
    static constexpr quint64 CursorLimit = 20'000'000;
    /** From this width on the charts stand two side by side, below it one above the other. */
    static constexpr int TwoColumnWidth = 640;
    /** Writes `chart` to `path` (format by suffix); false with `error` when it cannot. */
    using ChartExporter = std::function<bool(QWidget *chart, const QString &path, QString *error)>;

    explicit ChartsPanel(QWidget *parent = nullptr);

    ReplayController *controller() const { return m_controller; }
    ReplayChart *chart(ReplayChart::Kind kind) const;
    const QList<ReplayChart *> &charts() const { return m_charts; }
    ComparisonTable *comparisonTable() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    /** What the cursor shows or why it shows nothing. */
    QString cursorText() const;
    /** The status line: what the replay is doing or did. */
    QString statusText() const;

    /** Replays `job`, replacing what the charts showed. */
    void start(mmu::ReplayJob job);
    /** Opens the workload picker and replays what it returns. */
    void pickWorkload();
    void setTheme(Theme theme);
    /** Moves the timeline cursor to access `index` of the run chosen for stepping through. */
    void selectAccess(quint64 index);

    bool exportCsv(const QString &path, QString *error) const;
    bool exportChart(ReplayChart *chart, const QString &path, QString *error) const;
    /** How charts are written as figures (the window's FigureExporter); export is off without one. */
    void setChartExporter(ChartExporter exporter);
    /** How many charts stand side by side: 1 or 2. */
    int columns() const { return m_columns; }

signals:
    /** The cursor's translation session is ready: controller()->takeCursorSession(). */
    void cursorSessionReady();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int columns);
    void refresh(const SnapshotPtr &snapshot);
    /** Gives the next chart of a live refresh its snapshot; one chart per pass of the event loop. */
    void refreshNextChart();
    void finished(const SnapshotPtr &snapshot);
    void cursorReady(const QString &error);
    void chooseCsv();
    void chooseChart(ReplayChart *chart);
    /**
     * Shows a line of the status (or the cursor's) label, made by `text` now and again when
     * the language changes, so that a message in the old language does not stay behind.
     */
    void showStatus(std::function<QString()> text);
    void showCursor(std::function<QString()> text);

    ReplayController *m_controller;
    QList<ReplayChart *> m_charts;
    ComparisonTable *m_table;
    QPushButton *m_pick;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QComboBox *m_cursorRun;
    QLabel *m_cursor;
    std::function<QString()> m_statusText; ///< what m_status shows, in the language of the day
    std::function<QString()> m_cursorText; ///< what m_cursor shows, likewise
    QPushButton *m_csv;
    QToolButton *m_figure;
    QToolButton *m_scale; ///< which charts have a log scale
    QGridLayout *m_grid;
    QWidget *m_tableBox; ///< the comparison table and the cursor's line
    int m_columns = 0;
    ChartExporter m_exporter;
    quint64 m_cursorIndex = 0; ///< the access the last seek asked for
    SnapshotPtr m_pending;     ///< a live refresh's snapshot, while charts still wait for it
    qsizetype m_nextChart = 0; ///< the chart that gets it next
    bool m_chartQueued = false;
    class WorkloadPicker *m_picker = nullptr; ///< kept: it remembers the last choice
};

} // namespace views
