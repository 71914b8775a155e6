// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchorprovider.h"
#include "machineconfig.h"
#include "step.h"

#include <QWidget>

#include <vector>

namespace mmu {
struct PagingFormat;
}

namespace views {

/**
 * Where the translation's cycles went: a horizontal stacked bar (TLB lookups, walk caches,
 * each level's entry read, A/D writes) with the steps not yet reached faded, the running
 * total, and for every entry access the data-cache level that served it (L1D … DRAM).
 *
 * Anchors: "total" (the running total), "bar", "current" (the current step's segment) and
 * "served" (the table of which cache served each entry access).
 */
class CycleView : public QWidget, public AnchorProvider {
    Q_OBJECT
public:
    explicit CycleView(const mmu::PagingFormat &format, QWidget *parent = nullptr);

    void setMachine(const mmu::MachineConfig &machine);
    void setSteps(const mmu::PagingFormat &format, const std::vector<mmu::Step> &steps, int current);
    void clear();
    /** Compact (for a projector): the total and the bar, without the table of who served each access. */
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    /** Cycles of steps 0..current. */
    uint64_t runningTotal() const { return m_running; }
    uint64_t total() const { return m_total; }

    /** The bar will grow (or shrink) from what is drawn now to the steps set next (StepTransition). */
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
    struct Segment {
        QString label;
        QColor color;
        uint64_t cycles = 0;
        bool reached = false;
        bool current = false;
    };
    struct Access {
        QString label;
        int servedBy = 0;
        uint32_t cycles = 0;
        bool current = false;
    };

    QRect barRect() const;
    QString totalText() const;
    /** The running total as drawn: part way from where the transition started. */
    double shownRunning() const;
    bool moving() const { return m_progress < 1; }

    const mmu::PagingFormat *m_format;
    mmu::MachineConfig m_machine;
    std::vector<Segment> m_segments;
    std::vector<Access> m_accesses;
    uint64_t m_running = 0;
    uint64_t m_total = 0;
    int m_accessRows = 0; ///< entry accesses in the whole translation (rows the panel reserves)
    bool m_compact = false;
    double m_fromRunning = 0;
    QRectF m_fromCurrent;
    qreal m_progress = 1;
};

} // namespace views
