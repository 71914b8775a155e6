// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address.h"
#include "anchorprovider.h"

#include <QWidget>

#include <vector>

namespace mmu {
struct PagingFormat;
}

namespace views {

/**
 * Draws a virtual address as its bits, cut into coloured fields: the sign extension, one
 * index per page-table level, and the page offset, each labelled with its bit range and value.
 * One field can be highlighted (the level the current step reads).
 *
 * Anchors: each field by name ("PML4" … "offset": its bits and labels), "<field>.value",
 * "sign" (the sign-extension bits) and "hex" (the address in hex).
 */
class BitSliceView : public QWidget, public AnchorProvider {
    Q_OBJECT
public:
    explicit BitSliceView(const mmu::PagingFormat &format, QWidget *parent = nullptr);

    void setFormat(const mmu::PagingFormat &format);
    void setAddress(uint64_t va);
    /** The level of the leaf once known (-1: not known, smallest page): a hugepage's offset spans the lower levels' bits. */
    void setLeafLevel(int level);
    uint64_t address() const { return m_address; }
    /** -1 for none, otherwise an index into fields(). */
    void setHighlightedField(int index);
    int highlightedField() const { return m_highlight; }
    const std::vector<mmu::AddressField> &fields() const { return m_fields; }
    /** The highlight will slide from where it is drawn now to the field set next (StepTransition). */
    void beginTransition();
    /** How far that slide is drawn, 0 … 1; at 1 the view shows its static picture. */
    void setTransitionProgress(qreal progress);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    QRectF anchorRect(QStringView element) const override;
    QStringList anchors() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /** Where things are drawn at the current size and font. */
    struct Layout {
        int cell = 0;
        int bits = 0;
        int lineH = 0;
        int bitTop = 0;
        int bitH = 0;
        int hexTop = 0;
        int labelTop = 0;
        int left = 0;
        int xOfBit(int bit) const { return left + (bits - 1 - bit) * cell; }
    };
    Layout layout() const;
    QString valueText(const mmu::AddressField &field) const;
    int cellWidth() const;
    QColor colorForBit(int bit) const;
    /** Colour index of field i: the offset keeps its colour whatever the page size. */
    int colorIndex(size_t field) const;
    /** The frame around the highlighted field from the bits down to its labels; empty for none. */
    QRectF highlightFrame(const Layout &l) const;

    const mmu::PagingFormat *m_format;
    uint64_t m_address = 0;
    int m_highlight = -1;
    int m_leafLevel = -1;
    QRectF m_fromFrame;
    qreal m_progress = 1;
    std::vector<mmu::AddressField> m_fields;
};

} // namespace views
