// SPDX-License-Identifier: GPL-3.0-or-later
#include "bitsliceview.h"

#include "palette.h"
#include "pagingformat.h"
#include "retranslator.h"
#include "steptransition.h"

#include <QPainter>

#include <algorithm>

namespace views {

namespace {
constexpr int Margin = 8;
}

BitSliceView::BitSliceView(const mmu::PagingFormat &format, QWidget *parent)
    : QWidget(parent)
    , m_format(&format)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    Retranslator::follow(this, [this] { setAccessibleName(tr("Address bit fields")); });
    setAddress(0);
}

void BitSliceView::setFormat(const mmu::PagingFormat &format)
{
    m_format = &format;
    m_leafLevel = -1;
    setAddress(m_address);
    updateGeometry();
}

void BitSliceView::setAddress(uint64_t va)
{
    m_address = va;
    m_fields = mmu::sliceAddress(va, *m_format);
    if (m_leafLevel >= 0 && m_leafLevel + 1 < m_format->levelCount()) {
        // A hugepage: the walk ends at the leaf and everything below its index is offset.
        const int lo = m_format->levels[static_cast<size_t>(m_leafLevel)].indexLo;
        m_fields.resize(static_cast<size_t>(m_leafLevel) + 1);
        m_fields.push_back({"offset", lo - 1, 0, va & ((uint64_t{1} << lo) - 1)});
    }
    update();
}

void BitSliceView::setLeafLevel(int level)
{
    if (m_leafLevel == level)
        return;
    m_leafLevel = level;
    setAddress(m_address);
}

int BitSliceView::colorIndex(size_t field) const
{
    return m_fields[field].name == "offset" ? m_format->levelCount() : static_cast<int>(field);
}

void BitSliceView::setHighlightedField(int index)
{
    if (m_highlight == index)
        return;
    m_highlight = index;
    update();
}

void BitSliceView::beginTransition()
{
    m_fromFrame = moveHighlight(m_fromFrame, highlightFrame(layout()), m_progress).rect;
}

void BitSliceView::setTransitionProgress(qreal progress)
{
    m_progress = progress;
    update();
}

QRectF BitSliceView::highlightFrame(const Layout &l) const
{
    if (m_highlight < 0 || m_highlight >= static_cast<int>(m_fields.size()))
        return {};
    const mmu::AddressField &f = m_fields[static_cast<size_t>(m_highlight)];
    const int x0 = l.xOfBit(f.hi);
    const int x1 = l.xOfBit(f.lo) + l.cell;
    return QRect(x0 - 3, l.bitTop - 3, x1 - x0 + 6, l.labelTop - l.bitTop + 3 * l.lineH + 11);
}

int BitSliceView::cellWidth() const
{
    const int preferred = fontMetrics().horizontalAdvance(QLatin1Char('0')) + 6;
    const int fit = (width() - 2 * Margin) / std::max(1, m_format->addressBits);
    return std::max(4, std::min(preferred, fit));
}

QSize BitSliceView::sizeHint() const
{
    const int cell = fontMetrics().horizontalAdvance(QLatin1Char('0')) + 6;
    return {2 * Margin + cell * m_format->addressBits, 2 * Margin + 7 * fontMetrics().height() + 12};
}

QSize BitSliceView::minimumSizeHint() const
{
    return {2 * Margin + 4 * m_format->addressBits, 2 * Margin + 7 * fontMetrics().height() + 12};
}

QColor BitSliceView::colorForBit(int bit) const
{
    for (size_t i = 0; i < m_fields.size(); ++i)
        if (bit <= m_fields[i].hi && bit >= m_fields[i].lo)
            return fieldColor(colorIndex(i));
    return palette().color(QPalette::Mid); // sign extension
}

BitSliceView::Layout BitSliceView::layout() const
{
    Layout l;
    l.cell = cellWidth();
    l.bits = m_format->addressBits;
    l.lineH = fontMetrics().height();
    l.bitTop = Margin + l.lineH;
    l.bitH = l.lineH + 4;
    l.hexTop = l.bitTop + l.bitH + 2;
    l.labelTop = l.hexTop + l.lineH + 2;
    l.left = std::max(Margin, (width() - l.bits * l.cell) / 2);
    return l;
}

QString BitSliceView::valueText(const mmu::AddressField &f) const
{
    return f.name == "offset" ? QStringLiteral("0x%1").arg(f.value, 0, 16) : QString::number(f.value);
}

QStringList BitSliceView::anchors() const
{
    QStringList names;
    if (m_format->vaBits < m_format->addressBits)
        names << QStringLiteral("sign");
    names << QStringLiteral("hex");
    for (const mmu::AddressField &f : m_fields)
        names << QString::fromStdString(f.name) << QString::fromStdString(f.name) + QStringLiteral(".value");
    return names;
}

QRectF BitSliceView::anchorRect(QStringView element) const
{
    const Layout l = layout();
    if (element == QLatin1String("sign")) {
        if (m_format->vaBits >= l.bits)
            return {};
        const int x0 = l.xOfBit(l.bits - 1);
        return QRectF(x0, Margin, l.xOfBit(m_format->vaBits - 1) - x0, l.bitTop + l.bitH - Margin);
    }
    if (element == QLatin1String("hex")) {
        const int w = fontMetrics().horizontalAdvance(
            QString::fromStdString(mmu::hexGrouped(m_address, (l.bits + 3) / 4)));
        return QRectF(l.left + l.bits * l.cell - w, Margin, w, l.lineH);
    }
    const bool value = element.endsWith(QLatin1String(".value"));
    const QStringView name = value ? element.chopped(6) : element;
    for (const mmu::AddressField &f : m_fields) {
        if (QString::fromStdString(f.name) != name)
            continue;
        const int x0 = l.xOfBit(f.hi);
        const int x1 = l.xOfBit(f.lo) + l.cell;
        if (!value)
            return QRectF(x0 - 3, l.bitTop - 3, x1 - x0 + 6, l.labelTop - l.bitTop + 3 * l.lineH + 11);
        QFont bold = font();
        bold.setBold(true);
        const int w = QFontMetrics(bold).horizontalAdvance(valueText(f)) + 6;
        return QRectF((x0 + x1 - w) / 2.0, l.labelTop + 2 * l.lineH, w, l.lineH);
    }
    return {};
}

void BitSliceView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Layout l = layout();
    const int cell = l.cell;
    const int bits = l.bits;
    const int lineH = l.lineH;
    const int bitTop = l.bitTop;
    const int bitH = l.bitH;
    const int left = l.left;
    auto xOfBit = [&](int bit) { return l.xOfBit(bit); };

    // The bits, most significant first.
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.85));
    for (int bit = bits - 1; bit >= 0; --bit) {
        const QRect r(xOfBit(bit), bitTop, cell, bitH);
        const QColor c = colorForBit(bit);
        p.fillRect(r, c);
        p.setPen(palette().color(QPalette::Window));
        p.drawRect(r.adjusted(0, 0, -1, -1));
        p.setPen(textOn(c));
        p.setFont(small);
        p.drawText(r, Qt::AlignCenter, ((m_address >> bit) & 1) ? QStringLiteral("1") : QStringLiteral("0"));
    }
    p.setFont(font());

    // The same bits as hex digits, one under each group of four bits.
    const int hexTop = l.hexTop;
    p.setPen(palette().color(QPalette::WindowText));
    for (int nibble = 0; nibble * 4 < bits; ++nibble) {
        const int hi = std::min(bits - 1, nibble * 4 + 3);
        const QRect r(xOfBit(hi), hexTop, (hi - nibble * 4 + 1) * cell, lineH);
        p.drawLine(r.left() + 2, r.top(), r.right() - 2, r.top());
        p.drawText(r, Qt::AlignCenter, QString::number((m_address >> (nibble * 4)) & 0xf, 16));
    }

    // Sign-extension label.
    if (m_format->vaBits < bits) {
        const QRect ext(xOfBit(bits - 1), Margin, xOfBit(m_format->vaBits - 1) - xOfBit(bits - 1), lineH);
        // AArch64's TTBR0 half has zeros there instead of copies of the top bit.
        const bool sign = m_format->signExtended;
        const bool ok = m_format->isCanonical(m_address);
        p.drawText(ext, Qt::AlignCenter,
                   sign ? (ok ? tr("sign extension") : tr("sign extension — NOT canonical"))
                        : (ok ? tr("zero (the lower half)") : tr("not zero — NOT in the lower half")));
    }

    const int labelTop = l.labelTop;
    // The current step's field: tinted behind its labels and framed from the bits down. In a
    // transition the frame slides from the previous field, or fades in or out where there is none.
    if (const MovingHighlight frame = moveHighlight(m_fromFrame, highlightFrame(l), m_progress); !frame.rect.isEmpty()) {
        p.setOpacity(frame.opacity);
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlpha(50);
        p.fillRect(QRectF(frame.rect.left(), labelTop, frame.rect.width(), 3 * lineH + 8), tint);
        p.setPen(QPen(palette().color(QPalette::Highlight), 4));
        p.drawRect(frame.rect);
        p.setOpacity(1);
    }
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const mmu::AddressField &f = m_fields[i];
        const int x0 = xOfBit(f.hi);
        const int x1 = xOfBit(f.lo) + cell;
        const QRect span(x0, labelTop, x1 - x0, 4 * lineH);
        const bool hot = static_cast<int>(i) == m_highlight;
        p.setPen(palette().color(QPalette::WindowText));
        const QString name = f.name == "offset" ? tr("offset") : QString::fromStdString(f.name);
        const QString value = valueText(f);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(span.left(), span.top(), span.width(), lineH), Qt::AlignCenter, name);
        p.setFont(font());
        p.drawText(QRect(span.left(), span.top() + lineH, span.width(), lineH), Qt::AlignCenter,
                   QStringLiteral("%1..%2").arg(f.hi).arg(f.lo));
        p.setFont(hot ? bold : font());
        p.drawText(QRect(span.left(), span.top() + 2 * lineH, span.width(), lineH), Qt::AlignCenter, value);
        p.setFont(font());
        // A bracket under the field in its colour.
        p.fillRect(QRect(x0 + 1, span.top() + 3 * lineH + 2, x1 - x0 - 2, 4), fieldColor(colorIndex(i)));
    }

    // Hex at the top right.
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(left, Margin, bits * cell, lineH), Qt::AlignRight,
               QString::fromStdString(mmu::hexGrouped(m_address, (bits + 3) / 4)));
}

} // namespace views
