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
 * Where the translation's cycles went: a horizontal stacked bar (TLB lookups, walk caches,
 * each level's entry read, A/D writes) with the steps not yet reached faded, the running
 * total, and for every entry access the data-cache level that served it (L1D … DRAM).
 */
class CycleView : public QWidget {
    Q_OBJECT
public:
    explicit CycleView(const mmu::PagingFormat &format, QWidget *parent = nullptr);

    void setMachine(const mmu::MachineConfig &machine);
    void setSteps(const mmu::PagingFormat &format, const std::vector<mmu::Step> &steps, int current);
    void clear();

    /** Cycles of steps 0..current. */
    uint64_t runningTotal() const { return m_running; }
    uint64_t total() const { return m_total; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

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

    const mmu::PagingFormat *m_format;
    mmu::MachineConfig m_machine;
    std::vector<Segment> m_segments;
    std::vector<Access> m_accesses;
    uint64_t m_running = 0;
    uint64_t m_total = 0;
    int m_accessRows = 0; ///< entry accesses in the whole translation (rows the panel reserves)
};

} // namespace views
