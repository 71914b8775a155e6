// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchorprovider.h"
#include "step.h"
#include "tlb.h"

#include <QWidget>

#include <vector>

namespace views {

/**
 * Every TLB array of the machine as a grid of sets × ways: VPN, frame, page size, PCID and
 * LRU rank per valid way. The set this translation indexes is tinted, a hit way framed in
 * the hit colour, a miss and an evicted victim marked. Large TLBs show only a window of sets
 * around the indexed one (and ways around the interesting ones), so the picture stays legible.
 *
 * Anchors, per TLB array by its name N ("L1 DTLB"): "N" (the whole array), "N.title",
 * "N.status" (hit/miss in words), "N.set" (the indexed set's row), "N.hit" (the way that
 * hit) and "N.fill" (the way filled).
 */
class TlbView : public QWidget, public AnchorProvider {
    Q_OBJECT
public:
    explicit TlbView(QWidget *parent = nullptr);

    /** `tlbs[u]` is TLB array u as it stands after step `current` of `steps`. */
    void setState(const std::vector<const mmu::Tlb *> &tlbs, const std::vector<mmu::Step> &steps, int current);
    void clear();
    /**
     * Compact (for a projector): only the sets this translation indexes and at most four ways
     * per array, the ones that hit or were filled first. Applies from the next setState().
     */
    void setCompact(bool compact) { m_compact = compact; }
    bool isCompact() const { return m_compact; }

    /** For tests: the set shown as indexed in TLB `unit` (-1 none), its hit way and miss state. */
    int indexedSet(int unit) const;
    int hitWay(int unit) const;
    bool missed(int unit) const;
    int arrayCount() const { return static_cast<int>(m_arrays.size()); }

    /**
     * The state set next will arrive from what is drawn now (StepTransition): each array's
     * indexed-set tint slides to its new set, the current-step frame to its new array.
     */
    void beginTransition();
    /** How far that move is drawn, 0 … 1; at 1 the view shows its static picture. */
    void setTransitionProgress(qreal progress);
    /**
     * Where a scroll area `viewportHeight` high should scroll to show the set the current step
     * looks up or fills: from the top while it fits, else just far enough down; the top for
     * steps outside the TLBs. A function of the step alone, so stepping back shows the same
     * picture.
     */
    int scrollTarget(int viewportHeight) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    QRectF anchorRect(QStringView element) const override;
    QStringList anchors() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Array {
        QString name;
        uint32_t sets = 0;
        uint32_t ways = 0;
        QString policy;
        std::vector<uint32_t> shownSets; ///< ascending
        std::vector<uint32_t> shownWays; ///< ascending
        std::vector<mmu::TlbEntry> entries; ///< shownSets × shownWays
        std::vector<uint32_t> ranks;
        int indexedSet = -1;
        int hitWay = -1;
        bool miss = false;
        int fillSet = -1;
        int fillWay = -1;
        bool evicted = false;
        uint64_t victimVpn = 0;
        bool current = false;
    };
    int cellWidth() const;
    int cellHeight() const;
    int arrayHeight(const Array &a) const;
    int arrayTop(size_t array) const;
    int labelWidth() const;
    /** Top of the row of shown set `row` in an array drawn from `top`. */
    int setRowTop(const Array &a, int top, size_t row) const;
    QRect cellRect(const Array &a, int top, uint32_t set, uint32_t way) const;
    void paintArray(QPainter &p, const Array &a, int top) const;
    /** The tinted row of array `i`'s indexed set, and the frame of the array the current step is in; empty for none. */
    QRectF setTint(size_t i) const;
    QRectF currentFrame() const;
    /** While a transition is drawn the tints and the frame move on their own, outside paintArray(). */
    bool moving() const { return m_progress < 1; }

    std::vector<Array> m_arrays;
    int m_vpnDigits = 9;
    bool m_compact = false;
    std::vector<QRectF> m_fromTints; ///< per array, where the transition started
    QRectF m_fromFrame;
    qreal m_progress = 1;
};

} // namespace views
