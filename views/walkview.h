// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchorprovider.h"
#include "machineconfig.h"
#include "step.h"

#include <QPixmap>
#include <QWidget>

#include <vector>

namespace mmu {
struct PagingFormat;
}

namespace views {

/**
 * The page walk: CR3, then one card per table level with the indexed entry, its physical
 * address (table base + index × entry size), the value read and its decoded bits. Levels
 * not reached yet are drawn empty; levels a walk cache skipped, and levels below a hugepage
 * leaf or a missing entry, are greyed with the reason. The current step's level is framed.
 *
 * Anchors: "CR3", "banner" (why there is no walk), "physical" (the result or the fault), and
 * per level, by the format's level name: "<L>.card", "<L>.title", "<L>.index", and once the
 * entry is read "<L>.next", "<L>.entry", "<L>.value", "<L>.flags", "<L>.served".
 */
class WalkView : public QWidget, public AnchorProvider {
    Q_OBJECT
public:
    enum class LevelState { Pending, Read, Skipped, NotNeeded };

    explicit WalkView(const mmu::PagingFormat &format, QWidget *parent = nullptr);

    void setMachine(const mmu::MachineConfig &machine) { m_machine = machine; }
    /** The walk of `va` from `cr3` as it stands after step `current` of `steps`. */
    void setWalk(const mmu::PagingFormat &format, uint64_t va, uint64_t cr3, const std::vector<mmu::Step> &steps,
                 int current);
    void clear();

    LevelState levelState(int level) const;
    /** The entry read at `level` so far, or nullptr. */
    const mmu::Step *entryRead(int level) const;
    /** Level of the current step when it reads or writes an entry, else -1. */
    int highlightedLevel() const { return m_highlight; }
    /** True when the translation needs no walk (TLB hit) or cannot walk (not canonical). */
    bool noWalk() const { return m_noWalk; }
    /**
     * Where a scroll area `viewportHeight` high should scroll to show the current step: from
     * the top while it fits, else just far enough down. A function of the step alone, so
     * stepping back shows the same picture.
     */
    int scrollTarget(int viewportHeight) const;
    /** The names of the bits the card of `level` shows as chips: the format's own (V R W X …, valid AF …). */
    QStringList flagLabels(int level) const;
    /**
     * The entry at `level` in its format's terms: its name (PML4E, PTE, L2 descriptor, PDE),
     * its kind (table, block, page, pointer, leaf) and its address and multi-bit fields.
     */
    QString decodeText(int level) const;
    /**
     * The picture of the walk set next will arrive from what is drawn now (StepTransition):
     * the current-step frame slides to its new card, cards that change fade into their new
     * contents.
     */
    void beginTransition();
    /** How far that move is drawn, 0 … 1; at 1 the view shows its static picture. */
    void setTransitionProgress(qreal progress);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    QRectF anchorRect(QStringView element) const override;
    QStringList anchors() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Level {
        LevelState state = LevelState::Pending;
        mmu::Step read;
        bool written = false;   ///< the walker wrote A/D back
        uint64_t writtenValue = 0;
        QString reason;         ///< why Skipped or NotNeeded
    };
    /** What a level's card says; empty strings for parts not shown. */
    struct CardText {
        QString title;
        QString index;
        QString next;
        QString entry;
        QString value;
        QString served;
        QString reason;
        QString decode; ///< the entry in its architecture's terms (decodeText)
    };
    int cardHeight() const;
    QString cr3Text() const;
    QRect cr3Rect() const;
    QRect cardRect(int level) const;
    QRect physicalRect() const;
    CardText cardText(int level) const;
    int flagsWidth(int level) const;
    /** The value of the entry at `level` as the card shows it (after the walker's A/D write). */
    uint64_t shownValue(int level) const;
    void paintLevel(QPainter &p, int level, const QRect &card) const;
    void paintFlags(QPainter &p, int level, uint64_t value, uint64_t before, QPoint at) const;
    /** The frame around the current step's card; empty when the step reads no entry. */
    QRectF highlightFrame() const;
    /** Regions whose contents differ from the picture the transition started from. */
    QList<QRect> changedRegions() const;

    const mmu::PagingFormat *m_format;
    mmu::MachineConfig m_machine;
    uint64_t m_va = 0;
    uint64_t m_cr3 = 0;
    bool m_active = false;
    bool m_noWalk = false;
    QString m_banner;
    std::vector<Level> m_levels;
    int m_highlight = -1;
    bool m_physicalShown = false;
    bool m_physicalCurrent = false;
    mmu::Step m_physical;
    QString m_fault;
    // Where a transition starts: the picture, the frame and the levels as they were drawn.
    QPixmap m_before;
    QRectF m_fromFrame;
    std::vector<Level> m_fromLevels;
    QRect m_fromPhysical; ///< the result's box, empty when none
    qreal m_progress = 1;
};

} // namespace views
