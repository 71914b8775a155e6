// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replay.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace mmu {

/** 10000000 as "10,000,000". */
std::string groupedText(uint64_t n);
/** `v` with `decimals` digits after the point ("%.*f"). */
std::string fixedText(double v, int decimals);
/** "1.00 GiB", "2.01 MiB", "512 B". */
std::string bytesText(uint64_t n);
/** part / whole as "99.61 %", ">99.99 %" rather than a perfect score not reached, "-" when whole is 0. */
std::string percentText(uint64_t part, uint64_t whole);

/** value / first; 1 when both are 0, nullopt when only the first is. */
std::optional<double> comparisonRatio(double value, double first);

/**
 * One quantity compared between runs of the same accesses (`mmulab-cli run --compare` and
 * the GUI's comparison table): its value in each run as text, and its ratio to the first run.
 */
struct ComparisonRow {
    std::string key;   ///< JSON key under "ratios": "tlb_hit_rate", "walks", …
    std::string label; ///< "TLB hit rate", "page walks", …
    std::vector<double> values;
    std::vector<std::optional<double>> ratios; ///< to the first run; [0] is the first itself
    /** Per run the value as text; after the first, with the ratio: "1,024 (x0.50)", or " (-)" without one. */
    std::vector<std::string> cells;
};

/**
 * The comparison table of DESIGN §3 for `runs`, in this order: TLB hit rate, page walks,
 * walk cycles, minor faults, major faults, RSS peak, page tables, cycles, simulated time.
 * The CLI and the GUI both print these rows, so they cannot disagree.
 */
std::vector<ComparisonRow> comparisonRows(std::span<const ReplaySummary> runs);

} // namespace mmu
