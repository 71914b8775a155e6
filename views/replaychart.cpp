// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaychart.h"

#include "palette.h"
#include "retranslator.h"

#include "chartdata.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace views {

namespace {

constexpr double MiB = 1024.0 * 1024.0;

/** Room for one label of the access axis ("7.5 M" and the space around it). */
constexpr int PixelsPerXLabel = 75;

std::vector<mmu::ChartPoint> chartPoints(const std::vector<mmu::SeriesPoint> &points, double yScale)
{
    std::vector<mmu::ChartPoint> out;
    out.reserve(points.size());
    for (const mmu::SeriesPoint &p : points)
        out.push_back({static_cast<double>(p.x), p.value * yScale});
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
    // Bytes span decades (a few KiB of page tables beside GiBs of data): log from the start.
    , m_log(kind == Kind::Memory)
{
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    // Our own legend (drawForeground()), which wraps where Qt's elides.
    c->legend()->hide();
    c->setMargins(QMargins(0, 0, 0, 0));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->setBackgroundRoundness(0);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 160);
    if (offersLogScale()) {
        m_logAction = new QAction(this);
        m_logAction->setCheckable(true);
        m_logAction->setChecked(m_log);
        connect(m_logAction, &QAction::toggled, this, &ReplayChart::setLogScale);
        addAction(m_logAction);
        setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    buildAxes();
    applyStyle();
    Retranslator::follow(this, [this] { retranslate(); });
}

QString ReplayChart::title(Kind kind)
{
    switch (kind) {
    case Kind::HitRate:
        return tr("TLB hit rate");
    case Kind::WalkCycles:
        return tr("Page-walk cycles per access");
    case Kind::WalkHistogram:
        return tr("Walk cycles per access: histogram");
    case Kind::Memory:
        return tr("Resident memory and page tables");
    case Kind::Faults:
        return tr("Page faults by kind");
    }
    return QString();
}

QString ReplayChart::accessLabel(double accesses)
{
    // SI prefixes, which read the same in every language of the GUI; the number follows the
    // locale ("1.5 M", "1,5 M"), joined to its prefix by a no-break space.
    const QLocale locale;
    const std::pair<double, char16_t> prefixes[] = {{1e9, u'G'}, {1e6, u'M'}, {1e3, u'k'}};
    for (const auto &[unit, prefix] : prefixes)
        if (std::abs(accesses) >= unit)
            return locale.toString(accesses / unit, 'f', QLocale::FloatingPointShortest) + QChar(0x00a0) + QChar(prefix);
    return locale.toString(accesses, 'f', QLocale::FloatingPointShortest);
}

bool ReplayChart::offersLogScale() const
{
    return m_kind == Kind::WalkCycles || m_kind == Kind::Memory || m_kind == Kind::Faults;
}

void ReplayChart::setLogScale(bool on)
{
    if (!offersLogScale() || on == m_log)
        return;
    m_log = on;
    m_logAction->setChecked(on);
    // Both axes stay in the chart and the idle one is hidden: Qt 6.4 kept drawing an axis
    // removed from a chart that had been painted, over the one that replaced it.
    for (QLineSeries *s : m_series)
        s->detachAxis(m_y);
    if (m_cursorLine)
        m_cursorLine->detachAxis(m_y);
    m_y->setVisible(false);
    m_y = on ? m_logY : m_linearY;
    m_y->setVisible(true);
    // Emptied first: a log axis warns of every point it cannot place; drawLines() refills them.
    for (QLineSeries *s : m_series) {
        s->clear();
        s->attachAxis(m_y);
    }
    if (m_cursorLine) {
        m_cursorLine->clear();
        m_cursorLine->attachAxis(m_y);
    }
    drawLines();
    emit logScaleChanged(on);
}

void ReplayChart::retranslate()
{
    chart()->setTitle(title(m_kind));
    if (m_logAction) {
        m_logAction->setText(tr("&Log scale"));
        m_logAction->setToolTip(tr("Logarithmic y axis; values of 0 are drawn at its lower end"));
    }
    updateAxisTitles();
    // The labels of the access axis follow the locale's digits and separators.
    m_xTicks.clear();
    updateXTicks();
}

void ReplayChart::buildAxes()
{
    QChart *c = chart();
    if (m_kind == Kind::WalkHistogram) {
        m_x = new QBarCategoryAxis;
    } else {
        // Labels at round counts, which a QValueAxis cannot place: it divides the range into
        // equal parts (0, 1.33 M, 2.67 M). A category axis puts each label where we say.
        auto *x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        m_x = x;
    }
    c->addAxis(m_x, Qt::AlignBottom);
    auto *linear = new QValueAxis;
    linear->setLabelFormat(m_kind == Kind::HitRate || m_kind == Kind::WalkHistogram ? QStringLiteral("%.0f")
                                                                                   : QStringLiteral("%g"));
    if (m_kind == Kind::WalkHistogram)
        linear->setRange(0, 100);
    m_linearY = linear;
    c->addAxis(m_linearY, Qt::AlignLeft);
    if (offersLogScale()) {
        auto *log = new QLogValueAxis;
        log->setBase(10);
        log->setLabelFormat(QStringLiteral("%g"));
        log->setMinorTickCount(-1);
        m_logY = log;
        c->addAxis(m_logY, Qt::AlignLeft);
    }
    m_y = m_log ? m_logY : m_linearY;
    m_linearY->setVisible(!m_log);
    if (m_logY)
        m_logY->setVisible(m_log);
    updateAxisTitles();
}

void ReplayChart::updateAxisTitles()
{
    if (!m_x || !m_y)
        return;
    if (m_kind == Kind::WalkHistogram) {
        m_x->setTitleText(tr("walk cycles per access"));
        m_y->setTitleText(tr("share of accesses (%)"));
        return;
    }
    m_x->setTitleText(tr("accesses"));
    const QString quantity = m_kind == Kind::HitRate      ? tr("hit rate (%)")
                             : m_kind == Kind::WalkCycles ? tr("cycles per access")
                             : m_kind == Kind::Memory     ? tr("MiB")
                                                          : tr("faults since the start");
    // A log axis cannot show 0, and hiding those points would hide every TLB hit: they are
    // drawn at the axis' lower end instead, and the title says so.
    if (!m_log)
        m_y->setTitleText(quantity);
    else if (m_floor > 0)
        // Short: the title runs along the axis, and a chart in a narrow dock is not tall.
        m_y->setTitleText(tr("%1 (log; 0 at %2)")
                              .arg(quantity, QLocale().toString(m_floor, 'g', QLocale::FloatingPointShortest)));
    else
        m_y->setTitleText(tr("%1 (log scale)").arg(quantity));
}

void ReplayChart::updateXTicks()
{
    auto *x = qobject_cast<QCategoryAxis *>(m_x);
    if (!x)
        return;
    const double xMax = std::max(1.0, static_cast<double>(m_accesses));
    const int intervals = std::clamp(viewport()->width() / PixelsPerXLabel, 2, 10);
    m_xStep = mmu::roundTickStep(xMax, intervals);
    QList<double> ticks;
    // Whole multiples of a whole step: exact in a double up to 2^53 accesses.
    for (double i = 0; i * m_xStep <= xMax; ++i)
        ticks.append(i * m_xStep);
    if (ticks != m_xTicks) {
        m_xTicks = ticks;
        for (const QString &label : x->categoriesLabels())
            x->remove(label);
        x->setStartValue(0);
        for (double t : ticks)
            x->append(accessLabel(t), t);
        // Room right of the plot for half of a label at its right end, which Qt would elide.
        m_rightMargin = static_cast<int>(std::ceil(QFontMetricsF(x->labelsFont()).horizontalAdvance(accessLabel(ticks.last())) / 2));
        updateMargins();
    }
    x->setRange(0, xMax);
}

void ReplayChart::updateMargins()
{
    const int bottom = m_legend.height() > 0 ? static_cast<int>(std::ceil(m_legend.height())) + 4 : 0;
    const QMargins margins(0, 0, m_rightMargin, bottom);
    if (chart()->margins() != margins)
        chart()->setMargins(margins);
}

void ReplayChart::clear()
{
    chart()->removeAllSeries();
    m_series.clear();
    m_cursorLine = nullptr;
    m_bars = nullptr;
    m_lines.clear();
    m_accesses = 0;
    m_floor = 0;
    m_xTicks.clear();
    updateXTicks();
    if (auto *categories = qobject_cast<QBarCategoryAxis *>(m_x))
        categories->clear();
    updateAxisTitles();
    updateLegend();
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
                             chartPoints(s.points(mmu::SeriesMetric::HitRate), 100)});
            if (!several)
                lines.push_back({tr("windowed"), 1, Qt::SolidLine, 1.5,
                                 chartPoints(s.points(mmu::SeriesMetric::WindowHitRate), 100)});
            // Per level only for one run: overlaid runs would be a tangle. Windowed rates zigzag
            // from bucket to bucket; dashing thousands of short segments cost more than all the
            // rest of a refresh, so they are thin solid lines told apart by colour.
            if (!several && run.tlbLevels > 1)
                for (int l = 1; l <= std::min<int>(run.tlbLevels, static_cast<int>(mmu::SeriesTlbLevels)); ++l)
                    lines.push_back({tr("L%1 TLB, windowed").arg(l), 1 + l, Qt::SolidLine, 1.5,
                                     chartPoints(s.tlbLevelPoints(l, true), 100)});
            break;
        }
        case Kind::WalkCycles:
            lines.push_back({several ? QString::fromStdString(run.label) : tr("walk cycles per access"), color,
                             Qt::SolidLine, 2,
                             chartPoints(s.points(mmu::SeriesMetric::WalkCyclesPerAccess), 1)});
            break;
        case Kind::Memory:
            lines.push_back({named(run, tr("RSS")), color, Qt::SolidLine, 2.5,
                             chartPoints(s.points(mmu::SeriesMetric::RssBytes), 1 / MiB)});
            lines.push_back({named(run, tr("page tables")), several ? color : 1, Qt::DashLine, 2,
                             chartPoints(s.points(mmu::SeriesMetric::PageTableBytes), 1 / MiB)});
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
                                     2, chartPoints(s.points(kinds[k].first), 1)});
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
    if (m_kind == Kind::WalkHistogram)
        showHistogram(snapshot);
    else
        showLines(linesFor(snapshot));
}

void ReplayChart::showLines(std::vector<LineData> lines)
{
    QChart *c = chart();
    bool same = lines.size() == static_cast<size_t>(m_series.size());
    for (size_t i = 0; same && i < lines.size(); ++i)
        same = lines[i].name == m_lines[i].name;
    m_lines = std::move(lines);
    if (!same) {
        c->removeAllSeries();
        m_series.clear();
        for (const LineData &l : m_lines) {
            auto *s = new QLineSeries;
            s->setName(l.name);
            c->addSeries(s);
            s->attachAxis(m_x);
            s->attachAxis(m_y);
            m_series.append(s);
        }
        m_cursorLine = new QLineSeries;
        c->addSeries(m_cursorLine);
        m_cursorLine->attachAxis(m_x);
        m_cursorLine->attachAxis(m_y);
        applyStyle();
    }
    drawLines();
}

void ReplayChart::drawLines()
{
    // On a log scale, 0 goes to a floor a decade below the smallest positive value (so it
    // cannot be mistaken for one), or to 0.1 when nothing is positive — all TLB hits.
    double floor = 0;
    if (m_log) {
        double smallest = std::numeric_limits<double>::infinity();
        bool zero = false;
        for (const LineData &l : m_lines)
            for (const mmu::ChartPoint &p : l.points) {
                if (p.y > 0)
                    smallest = std::min(smallest, p.y);
                else
                    zero = true;
            }
        const double decade = std::isfinite(smallest) ? std::pow(10.0, std::floor(std::log10(smallest))) : 1;
        floor = decade / 10;
        m_floor = zero ? floor : 0;
    } else {
        m_floor = 0;
    }

    const auto cap = static_cast<std::size_t>(pointCap());
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < m_lines.size(); ++i) {
        std::vector<mmu::ChartPoint> shown = mmu::downsampleMinMax(m_lines[i].points, cap);
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(shown.size()));
        for (const mmu::ChartPoint &p : shown) {
            const double y = m_log ? std::max(p.y, floor) : p.y;
            points.append(QPointF(p.x, y));
            lo = std::min(lo, y);
            hi = std::max(hi, y);
        }
        m_series[static_cast<qsizetype>(i)]->replace(points);
    }

    updateXTicks();
    if (m_kind == Kind::HitRate) {
        m_yMin = 0;
        m_yMax = 100;
    } else if (m_log) {
        // Whole decades, so the log axis labels powers of ten.
        m_yMin = std::isfinite(lo) ? std::pow(10.0, std::floor(std::log10(lo))) : 0.1;
        m_yMax = std::isfinite(hi) ? std::pow(10.0, std::ceil(std::log10(hi))) : 1;
        if (m_yMax <= m_yMin)
            m_yMax = m_yMin * 10;
    } else {
        m_yMin = 0;
        m_yMax = std::isfinite(hi) && hi > 0 ? hi * 1.05 : 1;
    }
    if (m_log) {
        static_cast<QLogValueAxis *>(m_y)->setRange(m_yMin, m_yMax);
    } else {
        auto *y = static_cast<QValueAxis *>(m_y);
        y->setRange(m_yMin, m_yMax);
        if (m_kind != Kind::HitRate)
            y->applyNiceNumbers();
        m_yMin = y->min();
        m_yMax = y->max();
    }
    updateAxisTitles();
    updateCursorLine();
    updateLegend();
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
        m_lines.clear();
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
            if (snapshot.runs.size() == 1)
                set->setLabel(tr("walk cycles per access")); // the language may have changed
        }
    }
    static_cast<QBarCategoryAxis *>(m_x)->setCategories(categories);
    if (resize)
        applyStyle();
    updateLegend();
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
        const LineData &l = m_lines[static_cast<size_t>(i)];
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
    updateLegend();
}

void ReplayChart::updateLegend()
{
    QList<ChartLegend::Entry> entries;
    for (QLineSeries *s : m_series)
        entries.append({s->name(), s->pen(), false, {}, {}});
    if (m_bars)
        for (QBarSet *set : m_bars->barSets())
            entries.append({set->label(), QPen(set->color()), true, {}, {}});
    m_legend.setEntries(std::move(entries));
    const int width = viewport()->width();
    m_legend.layout(width - 8, chart()->legend()->font());
    updateMargins();
    viewport()->update();
}

QList<ChartLegend::Entry> ReplayChart::legendEntries() const
{
    QList<ChartLegend::Entry> entries = m_legend.entries();
    const QPointF origin(4, viewport()->height() - m_legend.height() - 2);
    for (ChartLegend::Entry &e : entries)
        e.rect.translate(origin);
    return entries;
}

void ReplayChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    // The scene is the viewport's size, its origin at the viewport's: view coordinates.
    m_legend.paint(*painter, QPointF(4, viewport()->height() - m_legend.height() - 2), chart()->legend()->labelColor());
}

bool ReplayChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString full = m_legend.toolTipAt(QPointF(help->pos()) - QPointF(4, viewport()->height() - m_legend.height() - 2));
        if (!full.isEmpty()) {
            QToolTip::showText(help->globalPos(), full, this);
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

void ReplayChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateLegend();
    updateXTicks();
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
    const auto x = static_cast<double>(*m_cursor);
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
    const double x = chart()->mapToValue(at).x();
    const auto access = static_cast<quint64>(std::clamp(x, 0.0, static_cast<double>(m_accesses - 1)));
    emit accessClicked(access);
}

} // namespace views
