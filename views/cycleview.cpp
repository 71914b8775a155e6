// SPDX-License-Identifier: GPL-3.0-or-later
#include "cycleview.h"

#include "pagingformat.h"
#include "palette.h"
#include "retranslator.h"
#include "stepnarrator.h"
#include "steptransition.h"

#include <QPainter>

#include <algorithm>

namespace views {

namespace {
constexpr int Pad = 8;
constexpr int MaxAccessRows = 10;
} // namespace

CycleView::CycleView(const mmu::PagingFormat &format, QWidget *parent)
    : QWidget(parent)
    , m_format(&format)
{
    Retranslator::follow(this, [this] { setAccessibleName(tr("Cycle breakdown")); });
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CycleView::setMachine(const mmu::MachineConfig &machine)
{
    m_machine = machine;
    updateGeometry();
    update();
}

void CycleView::clear()
{
    m_segments.clear();
    m_accesses.clear();
    m_running = 0;
    m_total = 0;
    m_accessRows = 0;
    updateGeometry();
    update();
}

void CycleView::setSteps(const mmu::PagingFormat &format, const std::vector<mmu::Step> &steps, int current)
{
    m_format = &format;
    clear();
    const StepNarrator narrator(format, &m_machine);
    for (size_t i = 0; i < steps.size(); ++i) {
        const mmu::Step &s = steps[i];
        const bool reached = static_cast<int>(i) <= current;
        m_total += s.cycles;
        if (reached)
            m_running += s.cycles;
        if (s.stage == mmu::Stage::EntryRead || s.stage == mmu::Stage::AccessedDirty) {
            ++m_accessRows;
            const QString what = s.stage == mmu::Stage::EntryRead ? tr("%1 entry read").arg(narrator.levelName(s.level))
                                                                  : tr("%1 A/D write").arg(narrator.levelName(s.level));
            if (reached)
                m_accesses.push_back({what, s.servedBy, static_cast<uint32_t>(s.cycles), static_cast<int>(i) == current});
        }
        if (s.cycles == 0)
            continue;
        Segment seg;
        seg.cycles = s.cycles;
        seg.reached = reached;
        seg.current = static_cast<int>(i) == current;
        switch (s.stage) {
        case mmu::Stage::TlbLookup:
            seg.label = tr("TLB");
            seg.color = fieldColor(1);
            break;
        case mmu::Stage::WalkCache:
            seg.label = tr("walk cache");
            seg.color = fieldColor(3);
            break;
        case mmu::Stage::EntryRead:
            seg.label = narrator.levelName(s.level);
            seg.color = fieldColor(s.level);
            break;
        case mmu::Stage::AccessedDirty:
            seg.label = tr("A/D");
            seg.color = victimColor();
            break;
        default:
            seg.label = QString();
            seg.color = palette().color(QPalette::Mid);
            break;
        }
        m_segments.push_back(seg);
    }
    m_accessRows = std::min(m_accessRows, MaxAccessRows);
    if (m_accesses.size() > MaxAccessRows)
        m_accesses.erase(m_accesses.begin(), m_accesses.end() - MaxAccessRows);
    updateGeometry();
    update();
}

void CycleView::setCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    updateGeometry();
    update();
}

void CycleView::beginTransition()
{
    m_fromRunning = shownRunning();
    m_fromCurrent = moveHighlight(m_fromCurrent, anchorRect(u"current"), m_progress).rect;
}

void CycleView::setTransitionProgress(qreal progress)
{
    m_progress = progress;
    update();
}

double CycleView::shownRunning() const
{
    return moving() ? m_fromRunning + (double(m_running) - m_fromRunning) * m_progress : double(m_running);
}

QSize CycleView::sizeHint() const
{
    const int line = fontMetrics().height();
    if (m_compact)
        return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24, Pad + line + 4 + 2 * line + Pad};
    // Rows for every entry access of the whole translation, so the panel keeps its size while stepping.
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 40,
            Pad + line + 4 + 2 * line + Pad + (m_accessRows + 1) * (line + 4) + Pad};
}

QSize CycleView::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * (m_compact ? 16 : 36), sizeHint().height()};
}

QString CycleView::totalText() const
{
    return tr("%L1 of %Ln cycle(s) so far", nullptr, static_cast<int>(m_total)).arg(qRound64(shownRunning()));
}

QRect CycleView::barRect() const
{
    const int line = fontMetrics().height();
    return {Pad, Pad + line + 4, width() - 2 * Pad, 2 * line};
}

QStringList CycleView::anchors() const
{
    QStringList names{QStringLiteral("total"), QStringLiteral("bar")};
    if (!anchorRect(u"current").isEmpty())
        names << QStringLiteral("current");
    if (!m_compact)
        names << QStringLiteral("served");
    return names;
}

QRectF CycleView::anchorRect(QStringView element) const
{
    const int line = fontMetrics().height();
    const QRect bar = barRect();
    if (element == QLatin1String("total")) {
        QFont bold = font();
        bold.setBold(true);
        return QRectF(Pad, Pad, std::min(bar.width(), QFontMetrics(bold).horizontalAdvance(totalText())), line);
    }
    if (element == QLatin1String("bar"))
        return bar;
    if (element == QLatin1String("current")) {
        double x = bar.left();
        for (const Segment &seg : m_segments) {
            const double segW = m_total > 0 ? double(bar.width()) * double(seg.cycles) / double(m_total) : 0;
            if (seg.current)
                return QRectF(x, bar.top(), segW, bar.height());
            x += segW;
        }
        return {};
    }
    if (element == QLatin1String("served") && !m_compact) {
        const int top = bar.bottom() + 1 + Pad;
        return QRectF(Pad, top, bar.width(), (static_cast<int>(m_accesses.size()) + 1) * (line + 4));
    }
    return {};
}

void CycleView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int line = fontMetrics().height();
    const int w = width() - 2 * Pad;
    QFont bold = font();
    bold.setBold(true);
    int y = Pad;

    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(Pad, y, w, line), Qt::AlignLeft | Qt::AlignVCenter, totalText());
    p.setFont(font());
    y += line + 4;

    // The stacked bar: each step with a cost is a segment, in step order.
    const QRect bar = barRect();
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRect(bar);
    if (m_total > 0) {
        double x = bar.left();
        double before = 0; // cycles of the segments left of this one
        const double shown = shownRunning();
        for (const Segment &seg : m_segments) {
            const double segW = double(bar.width()) * double(seg.cycles) / double(m_total);
            const QRectF r(x, bar.top(), segW, bar.height());
            // In a transition the reached part grows (or shrinks) to the running total, cycle by cycle.
            const double part = !moving() ? (seg.reached ? 1.0 : 0.0)
                                          : std::clamp((shown - before) / double(seg.cycles), 0.0, 1.0);
            before += double(seg.cycles);
            QColor c = seg.color;
            if (part < 1) {
                c.setAlpha(55);
                p.fillRect(r, c);
                if (part > 0)
                    p.fillRect(QRectF(r.left(), r.top(), segW * part, r.height()), seg.color);
            } else {
                p.fillRect(r, c);
            }
            p.setPen(pal.color(QPalette::Window));
            p.drawLine(r.topRight(), r.bottomRight());
            if (segW > p.fontMetrics().horizontalAdvance(seg.label) + 6 && part >= 1) {
                p.setPen(textOn(seg.color));
                p.drawText(r, Qt::AlignCenter, seg.label);
            }
            if (seg.current && !moving()) {
                p.setPen(QPen(currentColor(pal), 4));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(1, -2, -1, 2));
            }
            x += segW;
        }
        if (const MovingHighlight frame = moveHighlight(m_fromCurrent, anchorRect(u"current"), m_progress);
            moving() && !frame.rect.isEmpty()) {
            p.setOpacity(frame.opacity);
            p.setPen(QPen(currentColor(pal), 4));
            p.setBrush(Qt::NoBrush);
            p.drawRect(frame.rect.adjusted(1, -2, -1, 2));
            p.setOpacity(1);
        }
    }
    y += 2 * line + Pad;
    if (m_compact)
        return;

    // Which level of the data-cache hierarchy served each entry access.
    const int levels = static_cast<int>(m_machine.caches.size()) + 1;
    const StepNarrator narrator(*m_format, &m_machine);
    const int labelW = std::max(fontMetrics().horizontalAdvance(tr("served by (cycles)")), w / 3);
    const int boxW = std::max(20, (w - labelW) / std::max(1, levels));
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(Pad, y, labelW, line), Qt::AlignLeft | Qt::AlignVCenter, tr("served by (cycles)"));
    for (int l = 0; l < levels; ++l) {
        p.drawText(QRect(Pad + labelW + l * boxW, y, boxW, line), Qt::AlignCenter, narrator.servedByName(l));
    }
    y += line + 4;
    for (const Access &a : m_accesses) {
        QFont f = a.current ? bold : font();
        p.setFont(f);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(Pad, y, labelW, line), Qt::AlignLeft | Qt::AlignVCenter, a.label);
        for (int l = 0; l < levels; ++l) {
            const QRect box(Pad + labelW + l * boxW + 2, y, boxW - 4, line);
            const bool served = l == a.servedBy;
            const bool missedHere = l < a.servedBy;
            p.setPen(pal.color(QPalette::Mid));
            p.setBrush(served ? fieldColor(4) : pal.color(QPalette::Base));
            p.drawRect(box);
            p.setPen(served ? textOn(fieldColor(4)) : pal.color(QPalette::Mid));
            p.drawText(box, Qt::AlignCenter,
                       served ? QString::number(a.cycles) : (missedHere ? tr("miss") : QString()));
        }
        if (a.current) {
            p.setPen(QPen(currentColor(pal), 3));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRect(Pad - 3, y - 2, w + 6, line + 4));
        }
        y += line + 4;
    }
    p.setFont(font());
}

} // namespace views
