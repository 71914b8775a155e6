// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replayjob.h"

#include <QTableWidget>

#include <string>
#include <vector>

namespace views {

/**
 * The summary of a comparison: one column per run, one row per compared quantity (hit rate,
 * walks, walk cycles, faults, RSS, page tables, cycles, time), each cell the value and its
 * ratio to the first run — the rows `mmulab-cli run --compare` prints (mmu::comparisonRows()).
 */
class ComparisonTable : public QTableWidget {
    Q_OBJECT
public:
    explicit ComparisonTable(QWidget *parent = nullptr);

    void setRuns(const mmu::ReplaySnapshot &snapshot);
    void clearRuns();
    /** The row label people read for a row key ("tlb_hit_rate" → "TLB hit rate"), translated. */
    static QString rowLabel(const std::string &key);

private:
    void relabelRows();

    std::vector<std::string> m_keys; ///< each row's key, for its label in the language of the day
};

} // namespace views
