// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replayseries.h"

#include <iosfwd>
#include <span>
#include <string>

namespace mmu {

/** One run's series and the name its rows carry in the `run` column. */
struct LabelledSeries {
    std::string label;
    const ReplaySeries *series = nullptr;
};

/**
 * The series as CSV (`mmulab-cli run --csv` and the GUI's export): a header, then one row per
 * bucket per run — run, first_access, accesses, then value, min and max of every metric.
 */
void writeSeriesCsv(std::ostream &out, std::span<const LabelledSeries> runs);

} // namespace mmu
