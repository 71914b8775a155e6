// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorymapview.h"

#include "palette.h"
#include "retranslator.h"
#include "stepnarrator.h"

#include <QPainter>

#include <algorithm>

namespace views {

namespace {
constexpr int Pad = 6;

QColor useColor(mmu::FrameUse use, const QPalette &pal)
{
    switch (use) {
    case mmu::FrameUse::PageTable:
        return tableColor();
    case mmu::FrameUse::Data:
        return dataColor();
    case mmu::FrameUse::Free:
        break;
    }
    return pal.color(QPalette::Base);
}
} // namespace

MemoryMapView::MemoryMapView(QWidget *parent)
    : QWidget(parent)
{
    Retranslator::follow(this, [this] { setAccessibleName(tr("Physical memory map")); });
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void MemoryMapView::clear()
{
    m_map.clear();
    m_touched.clear();
    m_current = -1;
    m_rows.clear();
    updateGeometry();
    update();
}

void MemoryMapView::setFrames(const std::vector<mmu::FrameExtent> &map, uint64_t frameBytes,
                              const std::vector<uint64_t> &touched, int64_t currentFrame)
{
    m_map = map;
    m_frameBytes = frameBytes;
    m_touched = touched;
    std::sort(m_touched.begin(), m_touched.end());
    m_current = currentFrame;
    buildRows();
    updateGeometry();
    update();
}

mmu::FrameUse MemoryMapView::useOf(uint64_t frame) const
{
    auto it = std::upper_bound(m_map.begin(), m_map.end(), frame,
                               [](uint64_t f, const mmu::FrameExtent &e) { return f < e.first; });
    if (it == m_map.begin())
        return mmu::FrameUse::Free;
    --it;
    return frame < it->first + it->count ? it->use : mmu::FrameUse::Free;
}

bool MemoryMapView::isTouched(uint64_t frame) const
{
    return std::binary_search(m_touched.begin(), m_touched.end(), frame);
}

void MemoryMapView::buildRows()
{
    m_rows.clear();
    if (m_map.empty())
        return;
    const uint64_t begin = m_map.front().first / FramesPerRow * FramesPerRow;
    const uint64_t end = m_map.back().first + m_map.back().count;
    uint64_t row = begin;
    while (row < end) {
        // A row inside one extent with nothing touched is uniform; runs of them collapse.
        auto it = std::upper_bound(m_map.begin(), m_map.end(), row,
                                   [](uint64_t f, const mmu::FrameExtent &e) { return f < e.first; });
        bool uniform = it != m_map.begin();
        uint64_t runEnd = row + FramesPerRow;
        if (uniform) {
            const mmu::FrameExtent &e = *(it - 1);
            const uint64_t extentEnd = e.first + e.count;
            uniform = extentEnd >= row + FramesPerRow;
            runEnd = extentEnd / FramesPerRow * FramesPerRow;
        }
        if (uniform) {
            auto t = std::lower_bound(m_touched.begin(), m_touched.end(), row);
            if (t != m_touched.end() && *t < runEnd)
                runEnd = std::max(row + FramesPerRow, *t / FramesPerRow * FramesPerRow);
            if (t != m_touched.end() && *t < row + FramesPerRow)
                uniform = false;
        }
        if (!uniform) {
            m_rows.push_back({row, 1, false, useOf(row)});
            row += FramesPerRow;
            continue;
        }
        const uint64_t rows = (runEnd - row) / FramesPerRow;
        m_rows.push_back({row, rows, rows > 1, useOf(row)});
        row = runEnd;
    }
}

int MemoryMapView::rowHeight() const
{
    return fontMetrics().height() + 4;
}

int MemoryMapView::labelWidth() const
{
    QFont mono = font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    return QFontMetrics(mono).horizontalAdvance(QStringLiteral("0x00000000")) + 2 * Pad;
}

int MemoryMapView::cellWidth() const
{
    return std::clamp((width() - labelWidth() - 2 * Pad) / FramesPerRow, 6, 28);
}

QStringList MemoryMapView::anchors() const
{
    QStringList names{QStringLiteral("legend")};
    if (!anchorRect(u"current").isEmpty())
        names << QStringLiteral("current");
    return names;
}

QRectF MemoryMapView::anchorRect(QStringView element) const
{
    const int rh = rowHeight();
    if (element == QLatin1String("legend"))
        return QRectF(Pad, Pad, width() - 2 * Pad, rh);
    if (element != QLatin1String("current") || m_current < 0)
        return {};
    const auto frame = static_cast<uint64_t>(m_current);
    int y = Pad + rh + 4;
    for (const Row &r : m_rows) {
        if (!r.collapsed && frame >= r.first && frame < r.first + FramesPerRow)
            return QRectF(labelWidth() + static_cast<int>(frame - r.first) * cellWidth() - 1, y + 1, cellWidth() + 1,
                          rh - 2);
        y += rh;
    }
    return {};
}

QSize MemoryMapView::sizeHint() const
{
    const int rows = std::max<int>(3, rowCount());
    return {labelWidth() + FramesPerRow * 14 + 2 * Pad, Pad + (rows + 2) * rowHeight() + Pad};
}

QSize MemoryMapView::minimumSizeHint() const
{
    return {labelWidth() + FramesPerRow * 8 + 2 * Pad, sizeHint().height()};
}

void MemoryMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const int rh = rowHeight();
    const int label = labelWidth();
    const int cell = cellWidth();
    const int gridW = cell * FramesPerRow;
    QFont mono = font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    int y = Pad;

    // Legend first: what the colours mean, in words.
    struct Key {
        QString text;
        QColor color;
    };
    const Key keys[] = {{tr("page table"), tableColor()}, {tr("data"), dataColor()}, {tr("free"), pal.color(QPalette::Base)}};
    int x = Pad;
    p.setPen(pal.color(QPalette::WindowText));
    for (const Key &k : keys) {
        p.fillRect(QRect(x, y + 4, rh - 8, rh - 8), k.color);
        p.drawRect(QRect(x, y + 4, rh - 8, rh - 8));
        x += rh;
        p.drawText(QRect(x, y, width(), rh), Qt::AlignLeft | Qt::AlignVCenter, k.text);
        x += p.fontMetrics().horizontalAdvance(k.text) + 2 * Pad;
    }
    p.setPen(QPen(pal.color(QPalette::WindowText), 3));
    p.drawRect(QRect(x, y + 4, rh - 8, rh - 8));
    x += rh;
    p.drawText(QRect(x, y, width(), rh), Qt::AlignLeft | Qt::AlignVCenter, tr("touched"));
    y += rh + 4;

    for (const Row &r : m_rows) {
        p.setFont(mono);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(Pad, y, label - Pad, rh), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("0x%1").arg(r.first * m_frameBytes, 8, 16, QLatin1Char('0')));
        p.setFont(font());
        if (r.collapsed) {
            const QRect bar(label, y + 2, gridW, rh - 4);
            QColor c = useColor(r.use, pal);
            p.fillRect(bar, c);
            p.setPen(pal.color(QPalette::Mid));
            p.drawRect(bar);
            const QString what = r.use == mmu::FrameUse::Free ? tr("free")
                : r.use == mmu::FrameUse::Data                ? tr("data")
                                                              : tr("page tables");
            p.setPen(r.use == mmu::FrameUse::Free ? pal.color(QPalette::Text) : textOn(c));
            p.drawText(bar, Qt::AlignCenter,
                       tr("⋮ %1: %2").arg(StepNarrator::byteSize(r.count * FramesPerRow * m_frameBytes), what));
        } else {
            for (int i = 0; i < FramesPerRow; ++i) {
                const uint64_t frame = r.first + static_cast<uint64_t>(i);
                const QRect c(label + i * cell, y + 2, cell - 1, rh - 4);
                p.fillRect(c, useColor(useOf(frame), pal));
                p.setPen(pal.color(QPalette::Mid));
                p.drawRect(c);
                if (isTouched(frame)) {
                    const bool now = static_cast<int64_t>(frame) == m_current;
                    p.setPen(QPen(now ? currentColor(pal) : pal.color(QPalette::WindowText), now ? 4 : 3));
                    p.drawRect(c.adjusted(-1, -1, 1, 1));
                }
            }
        }
        y += rh;
    }
}

} // namespace views
