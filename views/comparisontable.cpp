// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisontable.h"

#include "retranslator.h"

#include "runcomparison.h"

#include <QHeaderView>

namespace views {

ComparisonTable::ComparisonTable(QWidget *parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Whole numbers, never elided: a narrow dock scrolls the table sideways instead.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    Retranslator::follow(this, [this] { relabelRows(); });
}

void ComparisonTable::relabelRows()
{
    QStringList labels;
    for (const std::string &key : m_keys)
        labels.append(rowLabel(key));
    setVerticalHeaderLabels(labels);
}

QString ComparisonTable::rowLabel(const std::string &key)
{
    if (key == "tlb_hit_rate")
        return tr("TLB hit rate");
    if (key == "walks")
        return tr("page walks");
    if (key == "walk_cycles")
        return tr("walk cycles");
    if (key == "minor_faults")
        return tr("minor faults");
    if (key == "major_faults")
        return tr("major faults");
    if (key == "rss_peak_bytes")
        return tr("RSS peak");
    if (key == "page_table_bytes")
        return tr("page tables");
    if (key == "cycles")
        return tr("cycles");
    if (key == "seconds")
        return tr("simulated time");
    return QString::fromStdString(key);
}

void ComparisonTable::clearRuns()
{
    clear();
    setRowCount(0);
    setColumnCount(0);
    m_keys.clear();
}

void ComparisonTable::setRuns(const mmu::ReplaySnapshot &snapshot)
{
    std::vector<mmu::ReplaySummary> summaries;
    QStringList headers;
    for (const mmu::RunSnapshot &run : snapshot.runs) {
        summaries.push_back(run.summary);
        headers.append(QString::fromStdString(run.label));
    }
    const std::vector<mmu::ComparisonRow> rows = mmu::comparisonRows(summaries);
    setColumnCount(static_cast<int>(headers.size()));
    setRowCount(static_cast<int>(rows.size()));
    setHorizontalHeaderLabels(headers);
    m_keys.clear();
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const mmu::ComparisonRow &row = rows[static_cast<size_t>(r)];
        m_keys.push_back(row.key);
        for (int c = 0; c < static_cast<int>(row.cells.size()); ++c) {
            auto *cell = new QTableWidgetItem(QString::fromStdString(row.cells[static_cast<size_t>(c)]));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setData(Qt::UserRole, row.values[static_cast<size_t>(c)]);
            setItem(r, c, cell);
        }
    }
    relabelRows();
}

} // namespace views
