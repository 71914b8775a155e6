// SPDX-License-Identifier: GPL-3.0-or-later
#include "walkview.h"

#include "entrydescription.h"
#include "pageentry.h"
#include "pagingformat.h"
#include "palette.h"
#include "retranslator.h"
#include "stepnarrator.h"
#include "steptransition.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace views {

namespace {
constexpr int Pad = 8;
constexpr int Stripe = 10;

QFont monoOf(const QFont &base)
{
    QFont f = base;
    f.setFamily(QStringLiteral("monospace"));
    f.setStyleHint(QFont::Monospace);
    return f;
}
} // namespace

WalkView::WalkView(const mmu::PagingFormat &format, QWidget *parent)
    : QWidget(parent)
    , m_format(&format)
{
    Retranslator::follow(this, [this] { setAccessibleName(tr("Page walk")); });
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    clear();
}

void WalkView::clear()
{
    m_active = false;
    m_noWalk = false;
    m_banner.clear();
    m_levels.assign(static_cast<size_t>(m_format->levelCount()), Level{});
    m_highlight = -1;
    m_physicalShown = false;
    m_physicalCurrent = false;
    m_fault.clear();
    updateGeometry();
    update();
}

WalkView::LevelState WalkView::levelState(int level) const
{
    return level >= 0 && level < static_cast<int>(m_levels.size()) ? m_levels[static_cast<size_t>(level)].state
                                                                    : LevelState::Pending;
}

const mmu::Step *WalkView::entryRead(int level) const
{
    return levelState(level) == LevelState::Read ? &m_levels[static_cast<size_t>(level)].read : nullptr;
}

void WalkView::setWalk(const mmu::PagingFormat &format, uint64_t va, uint64_t cr3, const std::vector<mmu::Step> &steps,
                       int current)
{
    m_format = &format;
    clear();
    m_active = true;
    m_va = va;
    m_cr3 = cr3;
    const StepNarrator narrator(format, &m_machine);
    const bool walks = std::any_of(steps.begin(), steps.end(), [](const mmu::Step &s) {
        return s.stage == mmu::Stage::EntryRead || s.stage == mmu::Stage::WalkCache;
    });
    for (int i = 0; i <= current && i < static_cast<int>(steps.size()); ++i) {
        const mmu::Step &s = steps[static_cast<size_t>(i)];
        const bool isCurrent = i == current;
        switch (s.stage) {
        case mmu::Stage::Canonical:
            if (s.outcome != mmu::Outcome::Ok) {
                m_noWalk = true;
                m_banner = tr("No walk: a non-canonical address is never translated.");
            }
            break;
        case mmu::Stage::TlbLookup:
            if (s.outcome == mmu::Outcome::Hit && !walks) {
                m_noWalk = true;
                m_banner = tr("No walk: %1 already holds the translation.").arg(narrator.tlbName(s.unit));
            }
            break;
        case mmu::Stage::WalkCache:
            if (s.outcome == mmu::Outcome::Hit) {
                for (int l = 0; l <= s.level; ++l) {
                    Level &lv = m_levels[static_cast<size_t>(l)];
                    lv.state = LevelState::Skipped;
                    lv.reason = tr("skipped: the %1 walk cache gave the next table, %2")
                                    .arg(narrator.levelName(s.level), StepNarrator::hexAddress(s.tableBase));
                }
            }
            break;
        case mmu::Stage::EntryRead: {
            Level &lv = m_levels[static_cast<size_t>(s.level)];
            lv.state = LevelState::Read;
            lv.read = s;
            if (isCurrent)
                m_highlight = s.level;
            QString reason;
            if (s.outcome == mmu::Outcome::Leaf)
                reason = tr("not needed: the %1 page ends the walk at %2")
                             .arg(StepNarrator::byteSize(s.pageSize), narrator.levelName(s.level));
            else if (s.outcome == mmu::Outcome::NotPresent)
                reason = tr("not reached: the %1 entry is not present").arg(narrator.levelName(s.level));
            for (int l = s.level + 1; !reason.isEmpty() && l < format.levelCount(); ++l) {
                m_levels[static_cast<size_t>(l)].state = LevelState::NotNeeded;
                m_levels[static_cast<size_t>(l)].reason = reason;
            }
            break;
        }
        case mmu::Stage::AccessedDirty: {
            Level &lv = m_levels[static_cast<size_t>(s.level)];
            lv.written = true;
            lv.writtenValue = s.entryValue;
            if (isCurrent)
                m_highlight = s.level;
            break;
        }
        case mmu::Stage::Fault:
            m_fault = narrator.narrate(s);
            break;
        case mmu::Stage::Physical:
            m_physicalShown = true;
            m_physicalCurrent = isCurrent;
            m_physical = s;
            break;
        case mmu::Stage::TlbFill:
        case mmu::Stage::Handler: // the OS handler's steps are shown by the fault view
            break;
        }
    }
    if (m_noWalk)
        for (Level &lv : m_levels)
            lv.state = LevelState::NotNeeded;
    updateGeometry();
    update();
}

int WalkView::cardHeight() const
{
    return 4 * fontMetrics().height() + 2 * Pad;
}

QSize WalkView::sizeHint() const
{
    const int line = fontMetrics().height();
    const int levels = m_format->levelCount();
    const int h = Pad + line + Pad + 2 * line + levels * (cardHeight() + line) + line + Pad + Pad;
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 64, h};
}

QSize WalkView::minimumSizeHint() const
{
    // Narrower than the hint: the cards then leave out their right-aligned index and cycles.
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 48, sizeHint().height()};
}

void WalkView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int line = fontMetrics().height();
    const int w = width() - 2 * Pad;
    QFont bold = font();
    bold.setBold(true);
    int y = Pad;

    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(bold);
    const QString cr3 = cr3Text();
    const QRect cr3Box = cr3Rect();
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRoundedRect(cr3Box, 4, 4);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(cr3Box, Qt::AlignCenter, cr3);
    y += line + Pad;
    p.setFont(font());
    if (!m_active)
        return;
    if (m_noWalk) {
        p.setFont(bold);
        p.drawText(QRect(Pad, y + line / 2, w, line), Qt::AlignLeft | Qt::AlignVCenter, m_banner);
        p.setFont(font());
        y += line;
    }
    y += line;

    auto arrow = [&](int x, int y0, int y1) {
        p.setPen(QPen(pal.color(QPalette::WindowText), 2));
        p.drawLine(x, y0, x, y1 - 6);
        QPainterPath head;
        head.moveTo(x - 6, y1 - 8);
        head.lineTo(x + 6, y1 - 8);
        head.lineTo(x, y1);
        head.closeSubpath();
        p.fillPath(head, pal.color(QPalette::WindowText));
    };
    for (int level = 0; level < m_format->levelCount(); ++level) {
        arrow(Pad + 40, y - line + 2, y);
        const QRect card = cardRect(level);
        paintLevel(p, level, card);
        y = card.bottom() + 1 + line;
    }
    if (const MovingHighlight frame = moveHighlight(m_fromFrame, highlightFrame(), m_progress); !frame.rect.isEmpty()) {
        p.setOpacity(frame.opacity);
        p.setPen(QPen(currentColor(pal), 5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(frame.rect);
        p.setOpacity(1);
    }
    if (m_physicalShown || !m_fault.isEmpty()) {
        arrow(Pad + 40, y - line + 2, y);
        const QString text = !m_fault.isEmpty()
            ? m_fault
            : tr("Physical address %1 (%2 page)")
                  .arg(StepNarrator::hexAddress(m_physical.physical), StepNarrator::byteSize(m_physical.pageSize));
        const QRect box = physicalRect();
        p.setBrush(!m_fault.isEmpty() ? missColor() : hitColor());
        p.setPen(m_physicalCurrent ? QPen(currentColor(pal), 4) : QPen(Qt::NoPen));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(textOn(!m_fault.isEmpty() ? missColor() : hitColor()));
        p.setFont(bold);
        p.drawText(box.adjusted(Pad, 0, -Pad, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(text, Qt::ElideRight, box.width() - 2 * Pad));
        p.setFont(font());
    }
    if (m_progress < 1 && !m_before.isNull()) {
        // The old contents of what changed, fading out over the new ones.
        const qreal dpr = m_before.devicePixelRatio();
        p.setOpacity(1.0 - m_progress);
        for (const QRect &r : changedRegions())
            p.drawPixmap(r, m_before, QRectF(r.topLeft() * dpr, r.size() * dpr));
        p.setOpacity(1);
    }
}

void WalkView::beginTransition()
{
    m_fromFrame = moveHighlight(m_fromFrame, highlightFrame(), m_progress).rect;
    m_fromLevels = m_levels;
    m_fromPhysical = physicalRect();
    m_before = grab(); // as drawn now, so a step taken mid-transition moves on from there
}

void WalkView::setTransitionProgress(qreal progress)
{
    m_progress = progress;
    if (progress >= 1)
        m_before = QPixmap(); // a finished transition needs no memory of where it began
    update();
}

QRectF WalkView::highlightFrame() const
{
    return m_highlight >= 0 ? QRectF(cardRect(m_highlight).adjusted(-2, -2, 2, 2)) : QRectF();
}

QList<QRect> WalkView::changedRegions() const
{
    QList<QRect> regions;
    for (size_t l = 0; l < m_levels.size(); ++l) {
        const Level &now = m_levels[l];
        const Level *before = l < m_fromLevels.size() ? &m_fromLevels[l] : nullptr;
        if (!before || before->state != now.state || before->written != now.written
            || (now.state == LevelState::Read && before->read.entryAddress != now.read.entryAddress))
            regions << cardRect(static_cast<int>(l));
    }
    if (m_fromPhysical != physicalRect())
        regions << m_fromPhysical.united(physicalRect()).adjusted(-2, -2, 2, 2);
    return regions;
}

void WalkView::paintLevel(QPainter &p, int level, const QRect &card) const
{
    const QPalette pal = palette();
    const Level &lv = m_levels[static_cast<size_t>(level)];
    const int line = fontMetrics().height();
    const bool dim = lv.state == LevelState::Skipped || lv.state == LevelState::NotNeeded;
    const bool pending = lv.state == LevelState::Pending;
    QFont bold = font();
    bold.setBold(true);
    const QFont mono = monoOf(font());

    // A table page: a sheet with the level's colour down its left edge.
    p.setPen(QPen(pal.color(QPalette::Mid), 1, pending ? Qt::DashLine : Qt::SolidLine));
    p.setBrush(dim ? pal.color(QPalette::Window) : pal.color(QPalette::Base));
    p.drawRect(card);
    QColor stripe = fieldColor(level);
    if (dim || pending)
        stripe.setAlpha(70);
    p.fillRect(QRect(card.left(), card.top(), Stripe, card.height()), stripe);

    const QRect text = card.adjusted(Stripe + Pad, Pad, -Pad, -Pad);
    const QColor ink = dim || pending ? pal.color(QPalette::Mid) : pal.color(QPalette::Text);
    const CardText t = cardText(level);
    const QRect row1(text.left(), text.top(), text.width(), line);
    const QRect row2 = row1.translated(0, line);
    const QRect row3 = row1.translated(0, 2 * line);
    const QRect row4 = row1.translated(0, 3 * line);
    p.setFont(bold);
    p.setPen(ink);
    p.drawText(row1, Qt::AlignLeft | Qt::AlignVCenter, t.title);
    p.setFont(font());
    if (lv.state != LevelState::Read) {
        p.drawText(row1, Qt::AlignRight | Qt::AlignVCenter, t.index);
        p.drawText(row2, Qt::AlignLeft | Qt::AlignVCenter, t.reason);
        return;
    }
    const mmu::Step &s = lv.read;
    const uint64_t value = lv.written ? lv.writtenValue : s.entryValue;
    const mmu::DecodedEntry e = mmu::decodeEntry(*m_format, level, value);

    // Row 1, right: where the entry leads; the end of the walk in the hit or miss colour.
    QColor nextInk = pal.color(QPalette::Text);
    const bool darkBase = pal.color(QPalette::Base).lightness() < 128;
    if (s.outcome == mmu::Outcome::NotPresent)
        nextInk = darkBase ? missColor().lighter(130) : missColor().darker(110);
    else if (e.leaf)
        nextInk = darkBase ? hitColor().lighter(140) : hitColor().darker(140);
    p.setFont(bold);
    p.setPen(nextInk);
    p.drawText(row1, Qt::AlignRight | Qt::AlignVCenter, t.next);

    // Row 2: the entry's physical address, computed as the hardware does, and the index.
    p.setFont(mono);
    p.setPen(ink);
    p.drawText(row2, Qt::AlignLeft | Qt::AlignVCenter, t.entry);
    p.setFont(font());
    p.drawText(row2, Qt::AlignRight | Qt::AlignVCenter, t.index);

    // Row 3: the value, its bits, and where the read was served.
    p.setFont(mono);
    p.drawText(row3, Qt::AlignLeft | Qt::AlignVCenter, t.value);
    const int flagsX = row3.left() + p.fontMetrics().horizontalAdvance(t.value) + Pad;
    paintFlags(p, level, value, lv.written ? s.entryValue : value, QPoint(flagsX, row3.top()));
    p.setFont(font());
    p.setPen(ink);
    p.drawText(row3, Qt::AlignRight | Qt::AlignVCenter, t.served);

    // Row 4: the entry as its architecture reads it.
    p.drawText(row4, Qt::AlignLeft | Qt::AlignVCenter, p.fontMetrics().elidedText(t.decode, Qt::ElideRight, row4.width()));
}

WalkView::CardText WalkView::cardText(int level) const
{
    CardText t;
    const Level &lv = m_levels[static_cast<size_t>(level)];
    const mmu::PagingLevel &info = m_format->levels[static_cast<size_t>(level)];
    const QString name = QString::fromStdString(info.name);
    t.index = tr("index %1 = VA bits %2..%3").arg(m_format->index(m_va, level)).arg(info.indexHi).arg(info.indexLo);
    // Right-aligned texts give way when the card is too narrow for both (large type): the index
    // is also in the bit slice, the cycles in the cycle panel.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm = fontMetrics();
    const QFontMetrics bfm(bold);
    const QFontMetrics mfm(monoOf(font()));
    const int room = cardRect(level).width() - Stripe - 2 * Pad - 2 * Pad;
    auto fits = [&](int left, const QString &right) { return left + fm.horizontalAdvance(right) <= room; };
    if (lv.state != LevelState::Read) {
        t.title = tr("%1 table").arg(name);
        t.reason = lv.state == LevelState::Pending ? tr("not read yet") : lv.reason;
        if (!fits(bfm.horizontalAdvance(t.title), t.index))
            t.index.clear();
        return t;
    }
    const StepNarrator narrator(*m_format, &m_machine);
    const mmu::Step &s = lv.read;
    const uint64_t value = lv.written ? lv.writtenValue : s.entryValue;
    const mmu::DecodedEntry e = mmu::decodeEntry(*m_format, level, value);
    t.title = tr("%1 table at %2").arg(name, StepNarrator::hexAddress(s.tableBase));
    if (s.outcome == mmu::Outcome::NotPresent)
        t.next = tr("not present: the walk stops");
    else if (e.leaf)
        t.next = tr("→ %1 page at %2").arg(StepNarrator::byteSize(s.pageSize), StepNarrator::hexAddress(e.frame));
    else
        t.next = tr("→ %1 table at %2").arg(narrator.levelName(level + 1), StepNarrator::hexAddress(e.frame));
    t.entry = tr("entry %1 + %2 × %3 = %4")
                  .arg(StepNarrator::hexAddress(s.tableBase))
                  .arg(s.index)
                  .arg(m_format->entryBytes)
                  .arg(StepNarrator::hexAddress(s.entryAddress));
    t.value = QStringLiteral("0x%1").arg(value, m_format->entryBytes * 2, 16, QLatin1Char('0'));
    t.decode = decodeText(level);
    t.served = tr("%1, %Ln cycle(s)", nullptr, static_cast<int>(s.cycles)).arg(narrator.servedByName(s.servedBy));
    if (!fits(mfm.horizontalAdvance(t.entry), t.index))
        t.index.clear();
    if (!fits(mfm.horizontalAdvance(t.value) + Pad + flagsWidth(level), t.served))
        t.served.clear();
    if (bfm.horizontalAdvance(t.title) + bfm.horizontalAdvance(t.next) > room)
        t.title = bfm.elidedText(t.title, Qt::ElideRight, std::max(0, room - bfm.horizontalAdvance(t.next)));
    return t;
}

QString WalkView::cr3Text() const
{
    if (!m_active)
        return tr("Translate an address to see its page walk.");
    const QString reg = QString::fromStdString(m_format->rootRegister);
    switch (m_format->style) {
    case mmu::EntryStyle::RiscV: // satp holds the root's page number
        return tr("%1.PPN = %2  (the root table at %3)")
            .arg(reg, StepNarrator::hexAddress(m_cr3 >> m_format->pageShift), StepNarrator::hexAddress(m_cr3));
    case mmu::EntryStyle::Ostep: // the exercise prints the page directory's page number
        return tr("%1 = %2  (the page directory at %3)").arg(reg).arg(m_cr3 >> m_format->pageShift).arg(StepNarrator::hexAddress(m_cr3));
    default:
        return tr("%1 = %2  (the root table of this process)").arg(reg, StepNarrator::hexAddress(m_cr3));
    }
}

QRect WalkView::cr3Rect() const
{
    QFont bold = font();
    bold.setBold(true);
    const int line = fontMetrics().height();
    return {Pad, Pad, std::min(width() - 2 * Pad, QFontMetrics(bold).horizontalAdvance(cr3Text()) + 2 * Pad),
            line + Pad};
}

QRect WalkView::cardRect(int level) const
{
    const int line = fontMetrics().height();
    const int top = Pad + line + Pad + (m_noWalk ? line : 0) + line;
    return {Pad, top + level * (cardHeight() + line), width() - 2 * Pad, cardHeight()};
}

QRect WalkView::physicalRect() const
{
    if (!m_active || (!m_physicalShown && m_fault.isEmpty()))
        return {};
    const int line = fontMetrics().height();
    const QRect last = cardRect(m_format->levelCount() - 1);
    return {Pad, last.bottom() + 1 + line, width() - 2 * Pad, line + Pad};
}

uint64_t WalkView::shownValue(int level) const
{
    const Level &lv = m_levels[static_cast<size_t>(level)];
    return lv.written ? lv.writtenValue : lv.read.entryValue;
}

int WalkView::flagsWidth(int level) const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    small.setBold(true);
    const QFontMetrics fm(small);
    int w = 0;
    for (const QString &name : flagLabels(level))
        w += fm.horizontalAdvance(name) + 8 + 3;
    return std::max(0, w - 3);
}

QStringList WalkView::flagLabels(int level) const
{
    QStringList names;
    if (levelState(level) != LevelState::Read)
        return names;
    for (const mmu::EntryFlag &f : mmu::entryFlags(*m_format, level, shownValue(level)))
        names << QString::fromUtf8(f.name.data(), static_cast<qsizetype>(f.name.size()));
    return names;
}

QString WalkView::decodeText(int level) const
{
    if (levelState(level) != LevelState::Read)
        return {};
    const mmu::EntryDescription d = mmu::describeEntry(*m_format, level, shownValue(level));
    const mmu::EntryStyle style = m_format->style;
    QString kind;
    switch (d.kind) {
    case mmu::EntryKind::Invalid:
        kind = style == mmu::EntryStyle::X86 || style == mmu::EntryStyle::X86Legacy ? tr("not present") : tr("not valid");
        break;
    case mmu::EntryKind::Reserved:
        kind = d.decoded.misaligned ? tr("misaligned superpage: its PPN is not a multiple of the page size")
                                    : tr("reserved encoding");
        break;
    case mmu::EntryKind::Table:
        kind = style == mmu::EntryStyle::RiscV ? tr("pointer (R = W = X = 0)")
            : style == mmu::EntryStyle::AArch64 ? tr("table") : tr("points to the next table");
        break;
    case mmu::EntryKind::Block:
        kind = style == mmu::EntryStyle::RiscV ? tr("superpage leaf (R, W or X set)")
            : style == mmu::EntryStyle::AArch64 ? tr("block") : tr("PS = 1: a large page");
        break;
    case mmu::EntryKind::Page:
        kind = style == mmu::EntryStyle::RiscV ? tr("leaf (R, W or X set)")
            : style == mmu::EntryStyle::AArch64 ? tr("page") : tr("maps a page");
        break;
    }
    QStringList parts{tr("%1: %2").arg(QString::fromStdString(d.entryName), kind)};
    if (d.kind != mmu::EntryKind::Invalid) {
        const mmu::EntryField &a = d.address;
        parts << tr("%1 0x%2 (bits %3..%4)")
                     .arg(QString::fromUtf8(a.name.data(), static_cast<qsizetype>(a.name.size())))
                     .arg(a.value, 0, 16)
                     .arg(a.hi)
                     .arg(a.lo);
        for (const mmu::EntryField &f : d.fields)
            parts << QStringLiteral("%1 %2").arg(QString::fromUtf8(f.name.data(), static_cast<qsizetype>(f.name.size()))).arg(f.value);
    }
    return parts.join(QStringLiteral(" · "));
}

int WalkView::scrollTarget(int viewportHeight) const
{
    QRect focus;
    if (m_highlight >= 0)
        focus = cardRect(m_highlight);
    else if (m_physicalShown || !m_fault.isEmpty())
        focus = physicalRect();
    else
        for (int level = 0; level < static_cast<int>(m_levels.size()); ++level)
            if (levelState(level) == LevelState::Read)
                focus = cardRect(level); // between walk steps (TLB fills): where the walk got to
    if (focus.isEmpty())
        return 0;
    return std::max(0, focus.bottom() + Pad + 1 - viewportHeight);
}

QStringList WalkView::anchors() const
{
    QStringList names{QStringLiteral("CR3")};
    if (!m_active)
        return names;
    if (m_noWalk)
        names << QStringLiteral("banner");
    for (int level = 0; level < m_format->levelCount(); ++level) {
        const QString name = QString::fromStdString(m_format->levels[static_cast<size_t>(level)].name);
        names << name + QStringLiteral(".card") << name + QStringLiteral(".title");
        for (const char *part : {".index", ".next", ".entry", ".value", ".flags", ".served", ".decode"})
            if (!anchorRect(name + QLatin1String(part)).isEmpty())
                names << name + QLatin1String(part);
    }
    if (!physicalRect().isEmpty())
        names << QStringLiteral("physical");
    return names;
}

QRectF WalkView::anchorRect(QStringView element) const
{
    if (element == QLatin1String("CR3"))
        return cr3Rect();
    if (!m_active)
        return {};
    const int line = fontMetrics().height();
    if (element == QLatin1String("banner")) {
        if (!m_noWalk)
            return {};
        QFont bold = font();
        bold.setBold(true);
        return QRectF(Pad, Pad + line + Pad + line / 2, QFontMetrics(bold).horizontalAdvance(m_banner), line);
    }
    if (element == QLatin1String("physical"))
        return physicalRect();
    const qsizetype dot = element.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return {};
    const QStringView levelName = element.left(dot);
    const QStringView part = element.mid(dot + 1);
    int level = -1;
    for (int l = 0; l < m_format->levelCount(); ++l)
        if (QString::fromStdString(m_format->levels[static_cast<size_t>(l)].name) == levelName)
            level = l;
    if (level < 0)
        return {};
    const QRect card = cardRect(level);
    if (part == QLatin1String("card"))
        return card;
    const CardText t = cardText(level);
    const QRect text = card.adjusted(Stripe + Pad, Pad, -Pad, -Pad);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm = fontMetrics();
    const QFontMetrics bfm(bold);
    const QFontMetrics mfm(monoOf(font()));
    auto left = [&](int row, int w) { return QRectF(text.left(), text.top() + row * line, w, line); };
    auto right = [&](int row, int w) { return QRectF(text.right() + 1 - w, text.top() + row * line, w, line); };
    const bool read = levelState(level) == LevelState::Read;
    if (part == QLatin1String("title"))
        return left(0, bfm.horizontalAdvance(t.title));
    if (part == QLatin1String("index"))
        return t.index.isEmpty() ? QRectF() : right(read ? 1 : 0, fm.horizontalAdvance(t.index));
    if (!read)
        return {};
    if (part == QLatin1String("next"))
        return right(0, bfm.horizontalAdvance(t.next));
    if (part == QLatin1String("entry"))
        return left(1, mfm.horizontalAdvance(t.entry));
    if (part == QLatin1String("value"))
        return left(2, mfm.horizontalAdvance(t.value));
    if (part == QLatin1String("flags"))
        return QRectF(text.left() + mfm.horizontalAdvance(t.value) + Pad, text.top() + 2 * line, flagsWidth(level), line);
    if (part == QLatin1String("decode"))
        return left(3, std::min(fm.horizontalAdvance(t.decode), text.width()));
    if (part == QLatin1String("served"))
        return t.served.isEmpty() ? QRectF() : right(2, fm.horizontalAdvance(t.served));
    return {};
}

void WalkView::paintFlags(QPainter &p, int level, uint64_t value, uint64_t before, QPoint at) const
{
    const QPalette pal = palette();
    // The format's own bits, only those that mean something for this kind of entry at this level.
    const std::vector<mmu::EntryFlag> now = mmu::entryFlags(*m_format, level, value);
    const std::vector<mmu::EntryFlag> old = mmu::entryFlags(*m_format, level, before);
    struct Flag {
        QString name;
        bool set;
        bool changed; ///< the walker has just written it (A, D, AF, AP[2] with DBM)
    };
    std::vector<Flag> flags;
    for (const mmu::EntryFlag &f : now) {
        const bool was = std::any_of(old.begin(), old.end(), [&](const mmu::EntryFlag &o) { return o.bit == f.bit && o.set; });
        flags.push_back({QString::fromUtf8(f.name.data(), static_cast<qsizetype>(f.name.size())), f.set, was != f.set});
    }
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    small.setBold(true);
    p.setFont(small);
    const QFontMetrics fm(small);
    const int h = fontMetrics().height() - 2;
    int x = at.x();
    for (const Flag &f : flags) {
        const int w = fm.horizontalAdvance(f.name) + 8;
        const QRect chip(x, at.y() + 1, w, h);
        if (f.set) {
            p.setBrush(fieldColor(4));
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(chip, 4, 4);
            p.setPen(textOn(fieldColor(4)));
        } else {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(pal.color(QPalette::Mid), 1));
            p.drawRoundedRect(chip, 4, 4);
        }
        p.drawText(chip, Qt::AlignCenter, f.name);
        if (f.changed) {
            p.setPen(QPen(currentColor(pal), 3));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(chip.adjusted(-2, -2, 2, 2), 5, 5);
        }
        x += w + 3;
    }
    p.setFont(font());
}

} // namespace views
