// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspanel.h"

#include "comparisontable.h"
#include "replaycontroller.h"
#include "retranslator.h"
#include "workloadpicker.h"

#include "seriescsv.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <sstream>

namespace views {

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_controller(new ReplayController(this))
    , m_table(new ComparisonTable)
    , m_pick(new QPushButton)
    , m_cancel(new QPushButton)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_cursorRun(new QComboBox)
    , m_cursor(new QLabel)
    , m_csv(new QPushButton)
    , m_figure(new QToolButton)
    , m_scale(new QToolButton)
    , m_grid(new QGridLayout)
    , m_tableBox(new QWidget)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setMaximumWidth(240);
    m_progress->setMinimumWidth(60);
    m_cancel->setEnabled(false);
    m_csv->setEnabled(false);
    m_figure->setPopupMode(QToolButton::InstantPopup);
    m_figure->setEnabled(false);
    m_scale->setPopupMode(QToolButton::InstantPopup);
    m_cursorRun->hide();
    m_cursor->setWordWrap(true);

    // Two rows of controls: one row did not fit a dock 400 pixels wide.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_pick);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    bar->addWidget(m_cursorRun);
    auto *tools = new QHBoxLayout;
    tools->addStretch(1);
    tools->addWidget(m_scale);
    tools->addWidget(m_csv);
    tools->addWidget(m_figure);
    m_status->setWordWrap(true);

    m_grid->setSpacing(4);
    const ReplayChart::Kind kinds[] = {ReplayChart::Kind::HitRate, ReplayChart::Kind::WalkCycles,
                                       ReplayChart::Kind::WalkHistogram, ReplayChart::Kind::Memory,
                                       ReplayChart::Kind::Faults};
    auto *figures = new QMenu(m_figure);
    auto *scales = new QMenu(m_scale);
    QList<std::pair<QAction *, ReplayChart::Kind>> titled;
    for (ReplayChart::Kind kind : kinds) {
        auto *c = new ReplayChart(kind);
        m_charts.append(c);
        connect(c, &ReplayChart::accessClicked, this, &ChartsPanel::selectAccess);
        titled.append({figures->addAction(QString(), this, [this, c] { chooseChart(c); }), kind});
        if (c->offersLogScale()) {
            // The panel's own actions: a chart's "Log scale" would read the same for every chart here.
            QAction *scale = scales->addAction(QString());
            scale->setCheckable(true);
            scale->setChecked(c->logScale());
            connect(scale, &QAction::toggled, c, &ReplayChart::setLogScale);
            connect(c, &ReplayChart::logScaleChanged, scale, &QAction::setChecked);
            titled.append({scale, kind});
        }
    }
    m_figure->setMenu(figures);
    m_scale->setMenu(scales);
    auto *tableLayout = new QVBoxLayout(m_tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_cursor);
    arrange(2);

    // The charts scroll when the dock is too short for them, one above the other.
    auto *page = new QWidget;
    page->setLayout(m_grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addLayout(tools);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    m_statusText = [] { return tr("Choose a workload to replay."); };
    m_cursorText = [] { return tr("Click a chart to step through that access."); };
    Retranslator::follow(this, [this, titled] {
        m_pick->setText(tr("&Workload…"));
        m_cancel->setText(tr("&Cancel"));
        m_csv->setText(tr("Export &CSV…"));
        m_figure->setText(tr("Export c&hart"));
        m_scale->setText(tr("&Log scale"));
        m_scale->setToolTip(tr("Which charts have a logarithmic y axis"));
        m_progress->setFormat(tr("%p %"));
        m_cursorRun->setToolTip(tr("The run whose accesses a click on a chart steps through"));
        if (m_statusText)
            m_status->setText(m_statusText());
        if (m_cursorText)
            m_cursor->setText(m_cursorText());
        for (const auto &[action, kind] : titled)
            action->setText(ReplayChart::title(kind));
        // Legends are the series' names, made from the snapshot in the language of the day.
        if (const SnapshotPtr latest = m_controller->latest(); latest && !latest->runs.empty())
            for (ReplayChart *c : m_charts)
                c->setSnapshot(*latest);
    });

    connect(m_pick, &QPushButton::clicked, this, &ChartsPanel::pickWorkload);
    connect(m_cancel, &QPushButton::clicked, m_controller, &ReplayController::cancel);
    connect(m_csv, &QPushButton::clicked, this, &ChartsPanel::chooseCsv);
    connect(m_controller, &ReplayController::refreshed, this, &ChartsPanel::refresh);
    connect(m_controller, &ReplayController::finished, this, &ChartsPanel::finished);
    connect(m_controller, &ReplayController::runningChanged, m_cancel, &QPushButton::setEnabled);
    connect(m_controller, &ReplayController::cursorReady, this, &ChartsPanel::cursorReady);
}

void ChartsPanel::arrange(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ReplayChart *c : m_charts)
        m_grid->removeWidget(c);
    m_grid->removeWidget(m_tableBox);
    for (int i = 0; i < 6; ++i) {
        m_grid->setRowStretch(i, 0);
        m_grid->setColumnStretch(i % 2, 0);
    }
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        const int at = static_cast<int>(i);
        m_grid->addWidget(m_charts[i], at / columns, at % columns);
        // Alone in its row a chart is as wide as the dock: taller keeps its plot readable.
        m_charts[i]->setMinimumHeight(columns == 1 ? 260 : 160);
    }
    const int cells = static_cast<int>(m_charts.size());
    m_grid->addWidget(m_tableBox, cells / columns, cells % columns);
    for (int r = 0; r <= cells / columns; ++r)
        m_grid->setRowStretch(r, 1);
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
}

void ChartsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side, two charts need about 320 pixels each; below that, one column.
    arrange(width() >= TwoColumnWidth ? 2 : 1);
}

ReplayChart *ChartsPanel::chart(ReplayChart::Kind kind) const
{
    for (ReplayChart *c : m_charts)
        if (c->kind() == kind)
            return c;
    return nullptr;
}

QString ChartsPanel::cursorText() const
{
    return m_cursor->text();
}

QString ChartsPanel::statusText() const
{
    return m_status->text();
}

void ChartsPanel::start(mmu::ReplayJob job)
{
    for (ReplayChart *c : m_charts) {
        c->clear();
        c->setCursorAccess(std::nullopt);
    }
    m_table->clearRuns();
    m_cursorRun->clear();
    for (const mmu::ReplayRun &run : job.runs)
        m_cursorRun->addItem(QString::fromStdString(run.label));
    m_cursorRun->setVisible(job.runs.size() > 1);
    m_progress->setValue(0);
    m_csv->setEnabled(false);
    showStatus([source = QString::fromStdString(job.workload ? *job.workload : job.trace.value_or(std::string()))] {
        return tr("Replaying %1…").arg(source);
    });
    m_controller->start(std::move(job));
}

void ChartsPanel::pickWorkload()
{
    if (!m_picker)
        m_picker = new WorkloadPicker(this);
    if (m_picker->exec() != QDialog::Accepted)
        return;
    if (auto job = m_picker->job())
        start(std::move(*job));
}

void ChartsPanel::refresh(const SnapshotPtr &snapshot)
{
    if (snapshot->runs.empty())
        return;
    if (snapshot->finished) {
        // The last picture at once and complete: it is what exports and the cursor work on.
        m_pending.reset();
        for (ReplayChart *c : m_charts)
            c->setSnapshot(*snapshot);
    } else {
        // While the replay runs, the charts take turns: painting all of them in one pass of the
        // event loop kept it busy for over 100 ms, one at a time keeps each pass short.
        m_pending = snapshot;
        m_nextChart = 0;
        if (!m_chartQueued) {
            m_chartQueued = true;
            QMetaObject::invokeMethod(this, &ChartsPanel::refreshNextChart, Qt::QueuedConnection);
        }
    }
    m_table->setRuns(*snapshot);
    const bool lookAhead = snapshot->progress.phase == mmu::ReplayProgress::Phase::LookAhead;
    m_progress->setValue(static_cast<int>(snapshot->progress.fraction * 1000));
    if (!snapshot->finished)
        showStatus([lookAhead, accesses = snapshot->progress.accesses] {
            return (lookAhead ? tr("OPT: learning the future, %1 accesses") : tr("Replaying: %1 accesses"))
                .arg(QLocale().toString(static_cast<qulonglong>(accesses)));
        });
}

void ChartsPanel::refreshNextChart()
{
    m_chartQueued = false;
    if (!m_pending)
        return;
    if (m_nextChart >= m_charts.size()) {
        m_pending.reset();
        return;
    }
    m_charts[m_nextChart++]->setSnapshot(*m_pending);
    m_chartQueued = true;
    QMetaObject::invokeMethod(this, &ChartsPanel::refreshNextChart, Qt::QueuedConnection);
}

void ChartsPanel::finished(const SnapshotPtr &snapshot)
{
    const bool any = !snapshot->runs.empty();
    m_csv->setEnabled(any);
    m_figure->setEnabled(any && m_exporter != nullptr);
    if (snapshot->error) {
        showStatus([error = QString::fromStdString(*snapshot->error)] { return tr("Replay failed: %1").arg(error); });
        return;
    }
    const qulonglong accesses = any ? snapshot->runs.front().summary.accesses : 0;
    if (snapshot->stopped) {
        showStatus([accesses] { return tr("Cancelled after %1 accesses.").arg(QLocale().toString(accesses)); });
        return;
    }
    m_progress->setValue(m_progress->maximum());
    showStatus([accesses] { return tr("Replayed %1 accesses.").arg(QLocale().toString(accesses)); });
}

void ChartsPanel::selectAccess(quint64 index)
{
    const SnapshotPtr latest = m_controller->latest();
    if (!latest || !latest->finished || latest->runs.empty()) {
        showCursor([] { return tr("The cursor works once the replay has finished."); });
        return;
    }
    for (ReplayChart *c : m_charts)
        c->setCursorAccess(index);
    const qulonglong number = index + 1;
    if (index >= CursorLimit) {
        showCursor([number] {
            return tr("Access %1 is out of the cursor's range: it replays the first %2 accesses only.")
                .arg(QLocale().toString(number), QLocale().toString(static_cast<qulonglong>(CursorLimit)));
        });
        return;
    }
    m_cursorIndex = index;
    showCursor([number] { return tr("Replaying up to access %1…").arg(QLocale().toString(number)); });
    m_controller->seek(std::max(0, m_cursorRun->currentIndex()), index);
}

void ChartsPanel::cursorReady(const QString &error)
{
    if (!error.isEmpty()) {
        showCursor([error] { return tr("Cannot step through that access: %1").arg(error); });
        return;
    }
    showCursor([number = static_cast<qulonglong>(m_cursorIndex + 1), run = m_cursorRun->currentText()] {
        return tr("The step-through views show access %1 of %2.").arg(QLocale().toString(number), run);
    });
    emit cursorSessionReady();
}

void ChartsPanel::showStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void ChartsPanel::showCursor(std::function<QString()> text)
{
    m_cursorText = std::move(text);
    m_cursor->setText(m_cursorText());
}

void ChartsPanel::setTheme(Theme theme)
{
    for (ReplayChart *c : m_charts)
        c->setTheme(theme);
}

bool ChartsPanel::exportCsv(const QString &path, QString *error) const
{
    const SnapshotPtr latest = m_controller->latest();
    if (!latest || latest->runs.empty()) {
        if (error)
            *error = tr("There is no replay to export.");
        return false;
    }
    std::vector<mmu::LabelledSeries> series;
    for (const mmu::RunSnapshot &run : latest->runs)
        series.push_back({run.label, &run.series});
    std::ostringstream text;
    mmu::writeSeriesCsv(text, series);
    QSaveFile file(path);
    const std::string bytes = text.str();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), static_cast<qint64>(bytes.size())) < 0
        || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartsPanel::exportChart(ReplayChart *chart, const QString &path, QString *error) const
{
    if (!m_exporter) {
        if (error)
            *error = tr("Charts cannot be exported here.");
        return false;
    }
    return m_exporter(chart, path, error);
}

void ChartsPanel::setChartExporter(ChartExporter exporter)
{
    m_exporter = std::move(exporter);
}

void ChartsPanel::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart data"), QStringLiteral("replay.csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        showStatus([error] { return error; });
}

void ChartsPanel::chooseChart(ReplayChart *chart)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QStringLiteral("chart.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    QString error;
    if (!path.isEmpty() && !exportChart(chart, path, &error))
        showStatus([error] { return error; });
}

} // namespace views
