// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaychart.h"

#include "palette.h"

#include "chartdata.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace views {

namespace {

constexpr double MiB = 1024.0 * 1024.0;

std::vector<mmu::ChartPoint> chartPoints(const std::vector<mmu::SeriesPoint> &points, double xScale, double yScale,
                                         bool positiveOnly)
{
    std::vector<mmu::ChartPoint> out;
    out.reserve(points.size());
    for (const mmu::SeriesPoint &p : points)
        if (!positiveOnly || p.value > 0)
            out.push_back({static_cast<double>(p.x) / xScale, p.value * yScale});
    return out;
}

QChart::ChartTheme chartTheme(Theme theme)
{
    return theme == Theme::Dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
}

} // namespace

ReplayChart::ReplayChart(Kind kind, QWidget *parent)
    // Our chart from the start: QChartView(parent) would make a default chart of its own, and
    // setChart() only releases the one it replaces (never deletes it), so that one would leak.
    : QChartView(new QChart, parent)
    , m_kind(kind)
{
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(0, 0, 0, 0));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->setBackgroundRoundness(0);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 160);
    switch (kind) {
    case Kind::HitRate:
        c->setTitle(tr("TLB hit rate"));
        break;
    case Kind::WalkCycles:
        c->setTitle(tr("Page-walk cycles per access"));
        break;
    case Kind::WalkHistogram:
        c->setTitle(tr("Walk cycles per access: histogram"));
        break;
    case Kind::Memory:
        c->setTitle(tr("Resident memory and page tables"));
        break;
    case Kind::Faults:
        c->setTitle(tr("Page faults by kind"));
        break;
    }
    rebuildAxes();
    applyStyle();
}

void ReplayChart::rebuildAxes()
{
    QChart *c = chart();
    for (QAbstractAxis *a : c->axes())
        c->removeAxis(a);
    delete m_x;
    delete m_y;
    if (m_kind == Kind::WalkHistogram) {
        auto *x = new QBarCategoryAxis;
        x->setTitleText(tr("walk cycles per access"));
        auto *y = new QValueAxis;
        y->setTitleText(tr("share of accesses (%)"));
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setRange(0, 100);
        m_x = x;
        m_y = y;
    } else {
        auto *x = new QValueAxis;
        x->setLabelFormat(QStringLiteral("%g"));
        x->setTitleText(tr("accesses"));
        m_x = x;
        if (m_kind == Kind::Memory) {
            auto *y = new QLogValueAxis;
            y->setBase(10);
            y->setLabelFormat(QStringLiteral("%g"));
            y->setTitleText(tr("MiB (log scale)"));
            y->setMinorTickCount(-1);
            m_y = y;
        } else {
            auto *y = new QValueAxis;
            y->setLabelFormat(m_kind == Kind::HitRate ? QStringLiteral("%.0f") : QStringLiteral("%g"));
            y->setTitleText(m_kind == Kind::HitRate      ? tr("hit rate (%)")
                                : m_kind == Kind::Faults ? tr("faults since the start")
                                                         : tr("cycles per access"));
            m_y = y;
        }
    }
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
}

void ReplayChart::clear()
{
    chart()->removeAllSeries();
    m_series.clear();
    m_style.clear();
    m_cursorLine = nullptr;
    m_bars = nullptr;
    m_accesses = 0;
    rebuildAxes();
    applyStyle();
}

std::vector<ReplayChart::LineData> ReplayChart::linesFor(const mmu::ReplaySnapshot &snapshot) const
{
    std::vector<LineData> lines;
    const bool several = snapshot.runs.size() > 1;
    auto named = [&](const mmu::RunSnapshot &run, const QString &what) {
        return several ? QStringLiteral("%1 %2").arg(QString::fromStdString(run.label), what) : what;
    };
    for (size_t r = 0; r < snapshot.runs.size(); ++r) {
        const mmu::RunSnapshot &run = snapshot.runs[r];
        const mmu::ReplaySeries &s = run.series;
        const int color = static_cast<int>(r);
        switch (m_kind) {
        case Kind::HitRate: {
            // Overlaid runs show their cumulative rate only: two lines a run would be a tangle.
            lines.push_back({several ? QString::fromStdString(run.label) : tr("cumulative"), color, Qt::SolidLine, 2.5,
                             chartPoints(s.points(mmu::SeriesMetric::HitRate), m_xScale, 100, false)});
            if (!several)
                lines.push_back({tr("windowed"), 1, Qt::SolidLine, 1.5,
                                 chartPoints(s.points(mmu::SeriesMetric::WindowHitRate), m_xScale, 100, false)});
            // Per level only for one run: overlaid runs would be a tangle. Windowed rates zigzag
            // from bucket to bucket; dashing thousands of short segments cost more than all the
            // rest of a refresh, so they are thin solid lines told apart by colour.
            if (!several && run.tlbLevels > 1)
                for (int l = 1; l <= std::min<int>(run.tlbLevels, static_cast<int>(mmu::SeriesTlbLevels)); ++l)
                    lines.push_back({tr("L%1 TLB, windowed").arg(l), 1 + l, Qt::SolidLine, 1.5,
                                     chartPoints(s.tlbLevelPoints(l, true), m_xScale, 100, false)});
            break;
        }
        case Kind::WalkCycles:
            lines.push_back({several ? QString::fromStdString(run.label) : tr("walk cycles per access"), color,
                             Qt::SolidLine, 2,
                             chartPoints(s.points(mmu::SeriesMetric::WalkCyclesPerAccess), m_xScale, 1, false)});
            break;
        case Kind::Memory:
            lines.push_back({named(run, tr("RSS")), color, Qt::SolidLine, 2.5,
                             chartPoints(s.points(mmu::SeriesMetric::RssBytes), m_xScale, 1 / MiB, true)});
            lines.push_back({named(run, tr("page tables")), several ? color : 1, Qt::DashLine, 2,
                             chartPoints(s.points(mmu::SeriesMetric::PageTableBytes), m_xScale, 1 / MiB, true)});
            break;
        case Kind::Faults: {
            const std::pair<mmu::SeriesMetric, QString> kinds[] = {
                {mmu::SeriesMetric::MinorFaults, tr("minor")},
                {mmu::SeriesMetric::MajorFaults, tr("major")},
                {mmu::SeriesMetric::ProtectionFaults, tr("protection")},
                {mmu::SeriesMetric::SegvFaults, tr("segmentation")}};
            const uint64_t counts[] = {run.summary.os.minor, run.summary.os.major, run.summary.os.protection,
                                       run.summary.os.segv};
            const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
            for (int k = 0; k < 4; ++k)
                if (k == 0 || counts[k] > 0) // minor faults always: a flat line says "none" too
                    lines.push_back({named(run, kinds[k].second), several ? color : k, several ? styles[k] : Qt::SolidLine,
                                     2, chartPoints(s.points(kinds[k].first), m_xScale, 1, false)});
            break;
        }
        case Kind::WalkHistogram:
            break;
        }
    }
    return lines;
}

void ReplayChart::setSnapshot(const mmu::ReplaySnapshot &snapshot)
{
    m_accesses = 0;
    for (const mmu::RunSnapshot &run : snapshot.runs)
        m_accesses = std::max<quint64>(m_accesses, run.summary.accesses);
    const double scale = m_accesses >= 2'000'000 ? 1e6 : m_accesses >= 2'000 ? 1e3 : 1;
    if (m_kind != Kind::WalkHistogram && (scale != m_xScale || m_x->titleText().isEmpty())) {
        m_xScale = scale;
        m_x->setTitleText(scale == 1e6 ? tr("accesses (millions)") : scale == 1e3 ? tr("accesses (thousands)")
                                                                               : tr("accesses"));
    }
    if (m_kind == Kind::WalkHistogram)
        showHistogram(snapshot);
    else
        showLines(linesFor(snapshot));
}

void ReplayChart::showLines(std::vector<LineData> lines)
{
    QChart *c = chart();
    bool same = lines.size() == m_style.size();
    for (size_t i = 0; same && i < lines.size(); ++i)
        same = lines[i].name == m_style[i].name;
    if (!same) {
        c->removeAllSeries();
        m_series.clear();
        m_style.clear();
        for (const LineData &l : lines) {
            auto *s = new QLineSeries;
            s->setName(l.name);
            c->addSeries(s);
            s->attachAxis(m_x);
            s->attachAxis(m_y);
            m_series.append(s);
            m_style.push_back({l.name, l.color, l.style, l.width, {}});
        }
        m_cursorLine = new QLineSeries;
        c->addSeries(m_cursorLine);
        m_cursorLine->attachAxis(m_x);
        m_cursorLine->attachAxis(m_y);
        for (QLegendMarker *m : c->legend()->markers(m_cursorLine))
            m->setVisible(false);
        applyStyle();
    }

    const auto cap = static_cast<std::size_t>(pointCap());
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::vector<mmu::ChartPoint> shown = mmu::downsampleMinMax(lines[i].points, cap);
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(shown.size()));
        for (const mmu::ChartPoint &p : shown) {
            points.append(QPointF(p.x, p.y));
            lo = std::min(lo, p.y);
            hi = std::max(hi, p.y);
        }
        m_series[static_cast<qsizetype>(i)]->replace(points);
    }

    const double xMax = std::max(1.0, static_cast<double>(m_accesses) / m_xScale);
    static_cast<QValueAxis *>(m_x)->setRange(0, xMax);
    if (m_kind == Kind::HitRate) {
        m_yMin = 0;
        m_yMax = 100;
    } else if (m_kind == Kind::Memory) {
        // Whole decades, so the log axis labels powers of ten.
        m_yMin = std::isfinite(lo) ? std::pow(10.0, std::floor(std::log10(lo))) : 0.01;
        m_yMax = std::isfinite(hi) ? std::pow(10.0, std::ceil(std::log10(hi))) : 1;
        if (m_yMax <= m_yMin)
            m_yMax = m_yMin * 10;
    } else {
        m_yMin = 0;
        m_yMax = std::isfinite(hi) && hi > 0 ? hi * 1.05 : 1;
    }
    if (m_kind == Kind::Memory)
        static_cast<QLogValueAxis *>(m_y)->setRange(m_yMin, m_yMax);
    else {
        auto *y = static_cast<QValueAxis *>(m_y);
        y->setRange(m_yMin, m_yMax);
        if (m_kind != Kind::HitRate)
            y->applyNiceNumbers();
        m_yMin = y->min();
        m_yMax = y->max();
    }
    updateCursorLine();
}

void ReplayChart::showHistogram(const mmu::ReplaySnapshot &snapshot)
{
    QChart *c = chart();
    // One range for every run, so that the bars of a comparison line up.
    std::vector<std::vector<double>> values(snapshot.runs.size());
    std::vector<std::vector<double>> weights(snapshot.runs.size());
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (size_t r = 0; r < snapshot.runs.size(); ++r) {
        const mmu::ReplaySeries &s = snapshot.runs[r].series;
        for (size_t i = 0; i < s.size(); ++i) {
            const double v = s.value(i, mmu::SeriesMetric::WalkCyclesPerAccess);
            values[r].push_back(v);
            weights[r].push_back(static_cast<double>(s.bucket(i).accesses));
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (!std::isfinite(lo))
        return;
    lo = std::floor(lo);
    hi = std::max(lo + 1, std::ceil(hi));
    if (!m_bars) {
        c->removeAllSeries();
        m_series.clear();
        m_style.clear();
        m_bars = new QBarSeries;
        c->addSeries(m_bars);
        m_bars->attachAxis(m_x);
        m_bars->attachAxis(m_y);
    }
    QStringList categories;
    QList<QBarSet *> sets = m_bars->barSets();
    const bool resize = sets.size() != static_cast<qsizetype>(snapshot.runs.size());
    if (resize) {
        m_bars->clear();
        sets.clear();
    }
    for (size_t r = 0; r < snapshot.runs.size(); ++r) {
        const auto bins = mmu::histogram(values[r], weights[r], HistogramBins, lo, hi);
        double total = 0;
        for (const mmu::HistogramBin &b : bins)
            total += b.weight;
        QList<qreal> shares;
        for (const mmu::HistogramBin &b : bins)
            shares.append(total > 0 ? 100.0 * b.weight / total : 0);
        if (r == 0) {
            const int decimals = hi - lo >= 2 * HistogramBins ? 0 : 1;
            for (const mmu::HistogramBin &b : bins)
                categories.append(QStringLiteral("%1–%2").arg(b.lo, 0, 'f', decimals).arg(b.hi, 0, 'f', decimals));
        }
        if (resize) {
            auto *set = new QBarSet(snapshot.runs.size() > 1 ? QString::fromStdString(snapshot.runs[r].label)
                                                              : tr("walk cycles per access"));
            set->append(shares);
            m_bars->append(set);
            sets.append(set);
        } else {
            QBarSet *set = sets[static_cast<qsizetype>(r)];
            set->remove(0, set->count());
            set->append(shares);
        }
    }
    static_cast<QBarCategoryAxis *>(m_x)->setCategories(categories);
    if (resize)
        applyStyle();
}

void ReplayChart::setTheme(Theme theme)
{
    m_theme = theme;
    // setTheme() resets every pen, brush and font: ours go on after it.
    chart()->setTheme(chartTheme(theme));
    applyStyle();
}

void ReplayChart::applyStyle()
{
    QChart *c = chart();
    const bool dark = m_theme == Theme::Dark;
    const qreal boost = m_theme == Theme::HighContrast ? 1.5 : 1.0;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const LineData &l = m_style[static_cast<size_t>(i)];
        QPen pen(seriesColor(l.color, dark), l.width * boost);
        pen.setStyle(l.style);
        // Bevel joins and flat caps: thousands of round joins per refresh (an atan2 and an arc
        // each) made stroking the lines the UI thread's main cost during a replay.
        pen.setJoinStyle(Qt::BevelJoin);
        pen.setCapStyle(Qt::FlatCap);
        m_series[i]->setPen(pen);
    }
    if (m_cursorLine) {
        QPen pen(palette().color(QPalette::WindowText), 1.5);
        pen.setStyle(Qt::DashDotLine);
        m_cursorLine->setPen(pen);
    }
    if (m_bars) {
        const QList<QBarSet *> sets = m_bars->barSets();
        for (qsizetype i = 0; i < sets.size(); ++i) {
            sets[i]->setColor(seriesColor(static_cast<int>(i), dark));
            sets[i]->setBorderColor(seriesColor(static_cast<int>(i), dark).darker(130));
        }
    }
    // Type follows the window's font (zoom, presentation mode).
    QFont body = font();
    QFont title = body;
    title.setBold(true);
    c->setTitleFont(title);
    QFont small = body;
    small.setPointSizeF(body.pointSizeF() * 0.8);
    c->legend()->setFont(small);
    for (QAbstractAxis *a : c->axes()) {
        a->setLabelsFont(small);
        a->setTitleFont(small);
    }
}

void ReplayChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyStyle();
}

int ReplayChart::pointCap() const
{
    // The view's width, not the plot's: the plot narrows as the legend and labels grow, and a
    // cap that moved with it would leave lines over their cap until the next refresh.
    return std::max(64, viewport()->width());
}

QXYSeries *ReplayChart::line(const QString &name) const
{
    for (QLineSeries *s : m_series)
        if (s->name() == name)
            return s;
    return nullptr;
}

QStringList ReplayChart::lineNames() const
{
    QStringList names;
    for (QLineSeries *s : m_series)
        names.append(s->name());
    return names;
}

void ReplayChart::setCursorAccess(std::optional<quint64> access)
{
    m_cursor = access;
    updateCursorLine();
}

void ReplayChart::updateCursorLine()
{
    if (!m_cursorLine)
        return;
    if (!m_cursor) {
        m_cursorLine->clear();
        return;
    }
    const double x = static_cast<double>(*m_cursor) / m_xScale;
    m_cursorLine->replace({QPointF(x, m_yMin), QPointF(x, m_yMax)});
}

void ReplayChart::mousePressEvent(QMouseEvent *event)
{
    const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    if (m_kind == Kind::WalkHistogram || event->button() != Qt::LeftButton || m_accesses == 0
        || !chart()->plotArea().contains(at)) {
        QChartView::mousePressEvent(event);
        return;
    }
    const double x = chart()->mapToValue(at).x() * m_xScale;
    const auto access = static_cast<quint64>(std::clamp(x, 0.0, static_cast<double>(m_accesses - 1)));
    emit accessClicked(access);
}

} // namespace views
