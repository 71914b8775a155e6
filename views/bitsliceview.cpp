// SPDX-License-Identifier: GPL-3.0-or-later
#include "bitsliceview.h"

#include "palette.h"
#include "pagingformat.h"

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
    setAccessibleName(tr("Address bit fields"));
    setAddress(0);
}

void BitSliceView::setFormat(const mmu::PagingFormat &format)
{
    m_format = &format;
    setAddress(m_address);
    updateGeometry();
}

void BitSliceView::setAddress(uint64_t va)
{
    m_address = va;
    m_fields = mmu::sliceAddress(va, *m_format);
    update();
}

void BitSliceView::setHighlightedField(int index)
{
    if (m_highlight == index)
        return;
    m_highlight = index;
    update();
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
    return {2 * Margin + cell * m_format->addressBits, 2 * Margin + 6 * fontMetrics().height()};
}

QSize BitSliceView::minimumSizeHint() const
{
    return {2 * Margin + 4 * m_format->addressBits, 2 * Margin + 6 * fontMetrics().height()};
}

QColor BitSliceView::colorForBit(int bit) const
{
    for (size_t i = 0; i < m_fields.size(); ++i)
        if (bit <= m_fields[i].hi && bit >= m_fields[i].lo)
            return fieldColor(static_cast<int>(i));
    return palette().color(QPalette::Mid); // sign extension
}

void BitSliceView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int cell = cellWidth();
    const int bits = m_format->addressBits;
    const int lineH = fm.height();
    const int bitTop = Margin + lineH;
    const int bitH = lineH + 4;
    const int left = std::max(Margin, (width() - bits * cell) / 2);
    auto xOfBit = [&](int bit) { return left + (bits - 1 - bit) * cell; };

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

    // Sign-extension label and bit numbers at field boundaries.
    p.setPen(palette().color(QPalette::WindowText));
    if (m_format->vaBits < bits) {
        const QRect ext(xOfBit(bits - 1), Margin, xOfBit(m_format->vaBits - 1) - xOfBit(bits - 1), lineH);
        p.drawText(ext, Qt::AlignCenter,
                   m_format->isCanonical(m_address) ? tr("sign extension") : tr("sign extension — NOT canonical"));
    }

    for (size_t i = 0; i < m_fields.size(); ++i) {
        const mmu::AddressField &f = m_fields[i];
        const int x0 = xOfBit(f.hi);
        const int x1 = xOfBit(f.lo) + cell;
        const QRect span(x0, bitTop + bitH + 2, x1 - x0, 4 * lineH);
        const bool hot = static_cast<int>(i) == m_highlight;
        if (hot) {
            QPen pen(palette().color(QPalette::Highlight), 3);
            p.setPen(pen);
            p.drawRect(QRect(x0 - 2, bitTop - 2, x1 - x0 + 4, bitH + 4 * lineH + 8));
        }
        p.setPen(palette().color(QPalette::WindowText));
        const QString name = f.name == "offset" ? tr("offset") : QString::fromStdString(f.name);
        const QString value = f.name == "offset" ? QStringLiteral("0x%1").arg(f.value, 0, 16)
                                                 : QString::number(f.value);
        QFont bold = font();
        bold.setBold(hot);
        p.setFont(bold);
        p.drawText(QRect(span.left(), span.top(), span.width(), lineH), Qt::AlignCenter, name);
        p.setFont(font());
        p.drawText(QRect(span.left(), span.top() + lineH, span.width(), lineH), Qt::AlignCenter,
                   QStringLiteral("%1..%2").arg(f.hi).arg(f.lo));
        p.drawText(QRect(span.left(), span.top() + 2 * lineH, span.width(), lineH), Qt::AlignCenter, value);
        // A bracket under the field in its colour.
        p.fillRect(QRect(x0 + 1, span.top() + 3 * lineH + 2, x1 - x0 - 2, 4), fieldColor(static_cast<int>(i)));
    }

    // Hex at the top right.
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(left, Margin, bits * cell, lineH), Qt::AlignRight,
               QString::fromStdString(mmu::hexGrouped(m_address, (bits + 3) / 4)));
}

} // namespace views
