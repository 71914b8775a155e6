// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineconfig.h"
#include "step.h"

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
 */
class WalkView : public QWidget {
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

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

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
    int cardHeight() const;
    void paintLevel(QPainter &p, int level, const QRect &card) const;
    void paintFlags(QPainter &p, int level, uint64_t value, uint64_t before, QPoint at) const;

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
};

} // namespace views
