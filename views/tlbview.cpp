// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlbview.h"

#include "palette.h"
#include "retranslator.h"
#include "stepnarrator.h"
#include "steptransition.h"

#include <QEvent>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <bit>
#include <set>

namespace views {

namespace {

constexpr uint32_t MaxSets = 4; ///< sets shown in full; more are windowed around the indexed one
constexpr uint32_t MaxWays = 8;
constexpr uint32_t CompactWays = 4;
constexpr int Pad = 6;

QFont monoFont(const QFont &base, double scale)
{
    QFont f = base;
    f.setFamily(QStringLiteral("monospace"));
    f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(base.pointSizeF() * scale);
    return f;
}

std::vector<uint32_t> shownWindow(uint32_t count, uint32_t limit, const std::set<uint32_t> &interesting, uint32_t around)
{
    std::set<uint32_t> shown;
    if (count <= limit) {
        for (uint32_t i = 0; i < count; ++i)
            shown.insert(i);
    } else if (interesting.empty()) {
        for (uint32_t i = 0; i < std::min(count, 2 * around + 1); ++i)
            shown.insert(i);
    } else {
        for (uint32_t c : interesting) {
            const uint32_t lo = c >= around ? c - around : 0;
            const uint32_t hi = std::min(count - 1, c + around);
            for (uint32_t i = lo; i <= hi; ++i)
                shown.insert(i);
        }
    }
    return {shown.begin(), shown.end()};
}

} // namespace

TlbView::TlbView(QWidget *parent)
    : QWidget(parent)
{
    Retranslator::follow(this, [this] { setAccessibleName(tr("TLB contents")); });
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void TlbView::clear()
{
    m_arrays.clear();
    updateGeometry();
    update();
}

void TlbView::setState(const std::vector<const mmu::Tlb *> &tlbs, const std::vector<mmu::Step> &steps, int current)
{
    m_arrays.clear();
    // Wide enough for every VPN of this translation and the entries shown (LA57 VPNs are longer).
    auto digits = [](uint64_t v) { return std::max(1, (64 - std::countl_zero(v) + 3) / 4); };
    m_vpnDigits = 9;
    for (const mmu::Step &s : steps)
        m_vpnDigits = std::max(m_vpnDigits, digits(s.vpn));
    for (size_t u = 0; u < tlbs.size(); ++u) {
        const mmu::Tlb &tlb = *tlbs[u];
        Array a;
        a.name = QString::fromStdString(tlb.config().name);
        a.sets = tlb.sets();
        a.ways = tlb.ways();
        a.policy = QString::fromStdString(mmu::replacementKindName(tlb.config().policy)).toUpper();
        std::set<uint32_t> sets;
        std::set<uint32_t> ways;
        for (size_t i = 0; i < steps.size(); ++i) {
            const mmu::Step &s = steps[i];
            if (s.unit != static_cast<int>(u) || (s.stage != mmu::Stage::TlbLookup && s.stage != mmu::Stage::TlbFill))
                continue;
            sets.insert(s.set);
            if (s.way >= 0)
                ways.insert(static_cast<uint32_t>(s.way));
            if (static_cast<int>(i) > current)
                continue;
            if (s.stage == mmu::Stage::TlbLookup) {
                a.indexedSet = static_cast<int>(s.set);
                a.miss = s.outcome == mmu::Outcome::Miss;
                a.hitWay = a.miss ? -1 : s.way;
            } else {
                a.fillSet = static_cast<int>(s.set);
                a.fillWay = s.way;
                a.evicted = s.evicted;
                a.victimVpn = s.victimVpn;
            }
            a.current = static_cast<int>(i) == current;
        }
        const uint32_t maxWays = m_compact ? CompactWays : MaxWays;
        a.shownSets = m_compact ? shownWindow(a.sets, 1, sets, 0) : shownWindow(a.sets, MaxSets, sets, 1);
        if (a.ways <= maxWays) {
            a.shownWays = shownWindow(a.ways, maxWays, {}, 0);
        } else {
            // The ways that matter first, then the lowest others up to the limit.
            std::set<uint32_t> shown = ways;
            for (uint32_t w = 0; w < a.ways && shown.size() < maxWays; ++w)
                shown.insert(w);
            a.shownWays.assign(shown.begin(), shown.end());
        }
        for (uint32_t set : a.shownSets) {
            for (uint32_t way : a.shownWays) {
                if (tlb.entry(set, way).valid)
                    m_vpnDigits = std::max(m_vpnDigits, digits(tlb.entry(set, way).vpn));
                a.entries.push_back(tlb.entry(set, way));
                a.ranks.push_back(tlb.rank(set, way));
            }
        }
        m_arrays.push_back(std::move(a));
    }
    updateGeometry();
    update();
}

int TlbView::indexedSet(int unit) const
{
    return unit >= 0 && unit < arrayCount() ? m_arrays[static_cast<size_t>(unit)].indexedSet : -1;
}

int TlbView::hitWay(int unit) const
{
    return unit >= 0 && unit < arrayCount() ? m_arrays[static_cast<size_t>(unit)].hitWay : -1;
}

bool TlbView::missed(int unit) const
{
    return unit >= 0 && unit < arrayCount() && m_arrays[static_cast<size_t>(unit)].miss;
}

int TlbView::cellWidth() const
{
    const QFontMetrics mono(monoFont(font(), 0.8));
    return mono.horizontalAdvance(QString(m_vpnDigits, QLatin1Char('f'))) + 2 * Pad + 8; // + the cell inset
}

int TlbView::cellHeight() const
{
    return 2 * QFontMetrics(monoFont(font(), 0.8)).height() + QFontMetrics(monoFont(font(), 0.7)).height() + 2 * Pad;
}

int TlbView::arrayHeight(const Array &a) const
{
    const int line = fontMetrics().height();
    int gaps = 0;
    for (size_t i = 1; i < a.shownSets.size(); ++i)
        gaps += a.shownSets[i] != a.shownSets[i - 1] + 1;
    if (!a.shownSets.empty())
        gaps += a.shownSets.front() != 0;
    if (!a.shownSets.empty())
        gaps += a.shownSets.back() != a.sets - 1;
    // Compact leaves one line below an array instead of two: room is short on a projector.
    return 3 * line + Pad + static_cast<int>(a.shownSets.size()) * cellHeight() + gaps * line + (m_compact ? 1 : 2) * line;
}

QSize TlbView::sizeHint() const
{
    int h = Pad + (m_compact ? 0 : fontMetrics().height());
    uint32_t ways = 1;
    for (const Array &a : m_arrays) {
        h += arrayHeight(a);
        ways = std::max<uint32_t>(ways, static_cast<uint32_t>(a.shownWays.size()));
    }
    const int label = fontMetrics().horizontalAdvance(tr("set %1").arg(8888)) + 3 * Pad;
    return {label + static_cast<int>(ways) * cellWidth() + 2 * Pad, std::max(h, 4 * fontMetrics().height())};
}

QSize TlbView::minimumSizeHint() const
{
    return sizeHint();
}

int TlbView::arrayTop(size_t array) const
{
    int top = Pad + (m_compact ? 0 : fontMetrics().height() + Pad);
    for (size_t i = 0; i < array && i < m_arrays.size(); ++i)
        top += arrayHeight(m_arrays[i]);
    return top;
}

int TlbView::labelWidth() const
{
    return fontMetrics().horizontalAdvance(tr("set %1").arg(8888)) + 3 * Pad;
}

int TlbView::setRowTop(const Array &a, int top, size_t row) const
{
    const int line = fontMetrics().height();
    int y = top + 3 * line + Pad;
    for (size_t r = 0; r <= row && r < a.shownSets.size(); ++r) {
        const uint32_t set = a.shownSets[r];
        if ((r == 0 && set != 0) || (r > 0 && set != a.shownSets[r - 1] + 1))
            y += line; // the "sets not shown" row
        if (r < row)
            y += cellHeight();
    }
    return y;
}

QRect TlbView::cellRect(const Array &a, int top, uint32_t set, uint32_t way) const
{
    const auto r = std::find(a.shownSets.begin(), a.shownSets.end(), set);
    const auto w = std::find(a.shownWays.begin(), a.shownWays.end(), way);
    if (r == a.shownSets.end() || w == a.shownWays.end())
        return {};
    const int cw = cellWidth();
    const int y = setRowTop(a, top, static_cast<size_t>(r - a.shownSets.begin()));
    return {Pad + labelWidth() + static_cast<int>(w - a.shownWays.begin()) * cw + 2, y + 2, cw - 4, cellHeight() - 4};
}

QStringList TlbView::anchors() const
{
    QStringList names;
    for (const Array &a : m_arrays) {
        names << a.name << a.name + QStringLiteral(".title");
        for (const char *part : {".status", ".set", ".hit", ".fill"}) {
            const QString name = a.name + QLatin1String(part);
            if (!anchorRect(name).isEmpty())
                names << name;
        }
    }
    return names;
}

QRectF TlbView::anchorRect(QStringView element) const
{
    const int line = fontMetrics().height();
    QFont bold = font();
    bold.setBold(true);
    for (size_t i = 0; i < m_arrays.size(); ++i) {
        const Array &a = m_arrays[i];
        const int top = arrayTop(i);
        const int gridW = labelWidth() + static_cast<int>(a.shownWays.size()) * cellWidth();
        if (element == a.name)
            return QRectF(Pad - 3, top - 3, gridW + 6, arrayHeight(a) - (m_compact ? 0 : line) - Pad);
        if (!element.startsWith(a.name) || element.size() <= a.name.size() || element[a.name.size()] != QLatin1Char('.'))
            continue;
        const QStringView part = element.mid(a.name.size() + 1);
        if (part == QLatin1String("title"))
            return QRectF(Pad, top, std::min(gridW, QFontMetrics(bold).horizontalAdvance(a.name)), line);
        if (part == QLatin1String("status"))
            return a.indexedSet >= 0 || a.fillWay >= 0 ? QRectF(Pad, top + line, gridW, line) : QRectF();
        if (part == QLatin1String("set")) {
            const int set = a.indexedSet >= 0 ? a.indexedSet : a.fillSet;
            const auto r = std::find(a.shownSets.begin(), a.shownSets.end(), static_cast<uint32_t>(std::max(0, set)));
            if (set < 0 || r == a.shownSets.end())
                return {};
            return QRectF(Pad, setRowTop(a, top, static_cast<size_t>(r - a.shownSets.begin())), gridW, cellHeight());
        }
        if (part == QLatin1String("hit"))
            return a.hitWay >= 0 && a.indexedSet >= 0
                ? QRectF(cellRect(a, top, static_cast<uint32_t>(a.indexedSet), static_cast<uint32_t>(a.hitWay)))
                : QRectF();
        if (part == QLatin1String("fill"))
            return a.fillWay >= 0 && a.fillSet >= 0
                ? QRectF(cellRect(a, top, static_cast<uint32_t>(a.fillSet), static_cast<uint32_t>(a.fillWay)))
                : QRectF();
    }
    return {};
}

void TlbView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void TlbView::beginTransition()
{
    // Where the highlights are drawn now, part way through a transition or not.
    std::vector<QRectF> tints;
    for (size_t i = 0; i < m_arrays.size(); ++i)
        tints.push_back(moveHighlight(i < m_fromTints.size() ? m_fromTints[i] : QRectF(), setTint(i), m_progress).rect);
    m_fromTints = std::move(tints);
    m_fromFrame = moveHighlight(m_fromFrame, currentFrame(), m_progress).rect;
}

void TlbView::setTransitionProgress(qreal progress)
{
    m_progress = progress;
    update();
}

QRectF TlbView::setTint(size_t i) const
{
    return i < m_arrays.size() ? anchorRect(QString(m_arrays[i].name + QStringLiteral(".set"))) : QRectF();
}

int TlbView::scrollTarget(int viewportHeight) const
{
    QRectF focus;
    for (size_t i = 0; i < m_arrays.size(); ++i)
        if (m_arrays[i].current)
            focus = setTint(i);
    if (focus.isEmpty())
        return 0;
    return std::max(0, qCeil(focus.bottom()) + Pad + 1 - viewportHeight);
}

QRectF TlbView::currentFrame() const
{
    for (const Array &a : m_arrays)
        if (a.current)
            return anchorRect(a.name);
    return {};
}

void TlbView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.setRenderHint(QPainter::Antialiasing);
    if (m_arrays.empty()) {
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(rect().adjusted(Pad, Pad, -Pad, -Pad), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("This machine has no TLB."));
        return;
    }
    // What a cell says, once for all arrays (left out in compact form).
    if (!m_compact) {
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(Pad, Pad, width() - 2 * Pad, fontMetrics().height()), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Each way: VPN → PFN (hex), page size, LRU rank (0 = newest), PCID when not 0"));
    }
    for (size_t i = 0; moving() && i < m_arrays.size(); ++i) {
        const Array &a = m_arrays[i];
        const MovingHighlight tint = moveHighlight(i < m_fromTints.size() ? m_fromTints[i] : QRectF(), setTint(i), m_progress);
        QColor c = a.miss && a.fillWay < 0 ? missColor() : pal.color(QPalette::Highlight);
        c.setAlphaF(60.0 / 255 * tint.opacity); // as the static tint, faded in or out
        p.fillRect(tint.rect, c);
    }
    int top = arrayTop(0);
    for (const Array &a : m_arrays) {
        paintArray(p, a, top);
        top += arrayHeight(a);
    }
    if (const MovingHighlight frame = moveHighlight(m_fromFrame, currentFrame(), m_progress); moving() && !frame.rect.isEmpty()) {
        p.setOpacity(frame.opacity);
        p.setPen(QPen(currentColor(pal), 4));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(frame.rect, 6, 6);
        p.setOpacity(1);
    }
}

void TlbView::paintArray(QPainter &p, const Array &a, int top) const
{
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int cw = cellWidth();
    const int ch = cellHeight();
    const int label = fm.horizontalAdvance(tr("set %1").arg(8888)) + 3 * Pad;
    const int left = Pad;
    const int gridW = label + static_cast<int>(a.shownWays.size()) * cw;
    QFont bold = font();
    bold.setBold(true);
    const QFont mono = monoFont(font(), 0.8);
    const QFont small = monoFont(font(), 0.7);
    const QFontMetrics mfm(mono);

    // Title with the outcome in words, so colour is never the only cue.
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    const QString title = a.name + QStringLiteral("  ")
        + tr("%L1 sets × %L2 ways, %3").arg(a.sets).arg(a.ways).arg(a.policy);
    p.drawText(QRect(left, top, gridW, line), Qt::AlignLeft | Qt::AlignVCenter, title);
    QString status;
    QColor statusColor = pal.color(QPalette::WindowText);
    if (a.indexedSet >= 0 && a.miss) {
        status = tr("set %1: MISS").arg(a.indexedSet);
        statusColor = missColor();
    } else if (a.indexedSet >= 0) {
        status = tr("set %1, way %2: HIT").arg(a.indexedSet).arg(a.hitWay);
        statusColor = hitColor();
    }
    if (a.fillWay >= 0)
        status = (status.isEmpty() ? QString() : status + QStringLiteral("; "))
            + (a.evicted ? tr("filled set %1, way %2; evicted VPN %3")
                                 .arg(a.fillSet)
                                 .arg(a.fillWay)
                                 .arg(StepNarrator::hexAddress(a.victimVpn))
                           : tr("filled set %1, way %2 (free)").arg(a.fillSet).arg(a.fillWay));
    p.setPen(statusColor == pal.color(QPalette::WindowText) ? statusColor : statusColor.darker(a.fillWay >= 0 ? 100 : 110));
    p.drawText(QRect(left, top + line, gridW, line), Qt::AlignLeft | Qt::AlignVCenter, status);
    if (a.current && !moving()) {
        p.setPen(QPen(currentColor(pal), 4));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRect(left - 3, top - 3, gridW + 6, arrayHeight(a) - (m_compact ? 0 : line) - Pad), 6, 6);
    }
    p.setFont(font());

    // Way numbers.
    int y = top + 3 * line + Pad;
    p.setPen(pal.color(QPalette::WindowText));
    for (size_t w = 0; w < a.shownWays.size(); ++w)
        p.drawText(QRect(left + label + static_cast<int>(w) * cw, y - line, cw, line), Qt::AlignCenter,
                   tr("way %1").arg(a.shownWays[w]));

    auto gapRow = [&](int &yy, uint32_t from, uint32_t to) {
        p.setFont(font());
        p.setPen(pal.color(QPalette::Mid));
        p.drawText(QRect(left, yy, gridW, line), Qt::AlignLeft | Qt::AlignVCenter,
                   from == to ? tr("⋮  set %1 not shown").arg(from) : tr("⋮  sets %1–%2 not shown").arg(from).arg(to));
        yy += line;
    };
    for (size_t r = 0; r < a.shownSets.size(); ++r) {
        const uint32_t set = a.shownSets[r];
        if (r == 0 && set != 0)
            gapRow(y, 0, set - 1);
        else if (r > 0 && set != a.shownSets[r - 1] + 1)
            gapRow(y, a.shownSets[r - 1] + 1, set - 1);
        const bool indexed = static_cast<int>(set) == a.indexedSet || static_cast<int>(set) == a.fillSet;
        if (indexed && !moving()) {
            QColor tint = a.miss && a.fillWay < 0 ? missColor() : pal.color(QPalette::Highlight);
            tint.setAlpha(60);
            p.fillRect(QRect(left, y, gridW, ch), tint);
        }
        p.setFont(indexed ? bold : font());
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(left, y, label - Pad, ch), Qt::AlignRight | Qt::AlignVCenter,
                   indexed ? QStringLiteral("▶ ") + tr("set %1").arg(set) : tr("set %1").arg(set));
        p.setFont(mono);
        for (size_t w = 0; w < a.shownWays.size(); ++w) {
            const uint32_t way = a.shownWays[w];
            const mmu::TlbEntry &e = a.entries[r * a.shownWays.size() + w];
            const QRect cell(left + label + static_cast<int>(w) * cw + 2, y + 2, cw - 4, ch - 4);
            p.setPen(pal.color(QPalette::Mid));
            p.setBrush(e.valid ? pal.color(QPalette::Base) : pal.color(QPalette::Window));
            p.drawRect(cell);
            p.setPen(e.valid ? pal.color(QPalette::Text) : pal.color(QPalette::Mid));
            if (!e.valid) {
                p.drawText(cell, Qt::AlignCenter, tr("empty"));
            } else {
                const int lh = mfm.height();
                const QRect l1(cell.left() + Pad, cell.top() + Pad / 2, cell.width() - 2 * Pad, lh);
                p.drawText(l1, Qt::AlignLeft | Qt::AlignVCenter, QString::number(e.vpn, 16));
                p.drawText(l1.translated(0, lh), Qt::AlignLeft | Qt::AlignVCenter,
                           QStringLiteral("→%1 %2")
                               .arg(QString::number(e.frame >> 12, 16),
                                    QString::fromStdString(mmu::pageSizeName(e.pageSize))));
                p.setFont(small);
                p.drawText(QRect(l1.left(), l1.top() + 2 * lh, l1.width(), QFontMetrics(small).height()),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           e.pcid ? tr("LRU %1 PCID %2").arg(a.ranks[r * a.shownWays.size() + w]).arg(e.pcid)
                                  : tr("LRU %1").arg(a.ranks[r * a.shownWays.size() + w]));
                p.setFont(mono);
            }
            const bool hit = static_cast<int>(set) == a.indexedSet && static_cast<int>(way) == a.hitWay;
            const bool filled = static_cast<int>(set) == a.fillSet && static_cast<int>(way) == a.fillWay;
            if (hit || filled) {
                const QColor c = filled ? (a.evicted ? victimColor() : pal.color(QPalette::Highlight)) : hitColor();
                p.setPen(QPen(c, 4));
                p.setBrush(Qt::NoBrush);
                p.drawRect(cell.adjusted(1, 1, -1, -1));
                const QString badge = filled ? (a.evicted ? tr("REPLACED") : tr("NEW")) : tr("HIT");
                // In the bottom right corner, beside the short LRU line: the VPN fills the top line.
                const QFontMetrics bfm(small);
                const QRect b(cell.right() - bfm.horizontalAdvance(badge) - Pad - 2, cell.bottom() - bfm.height() - 2,
                              bfm.horizontalAdvance(badge) + Pad, bfm.height());
                p.setFont(small);
                p.fillRect(b, c);
                p.setPen(textOn(c));
                p.drawText(b, Qt::AlignCenter, badge);
                p.setFont(mono);
            }
        }
        y += ch;
    }
    if (!a.shownSets.empty() && a.shownSets.back() != a.sets - 1)
        gapRow(y, a.shownSets.back() + 1, a.sets - 1);
    if (a.shownWays.size() < a.ways) {
        p.setFont(font());
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(left, y, gridW, line), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%1 of %2 ways shown").arg(a.shownWays.size()).arg(a.ways));
    }
    p.setFont(font());
}

} // namespace views
