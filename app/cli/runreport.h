// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replay.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace cli {

/** One finished (or stopped) replay of `mmulab-cli run`, with what distinguishes it in a comparison. */
struct RunReport {
    std::string label; ///< the page size, or the machine, that differs between runs
    const mmu::Replay *replay = nullptr;
};

/** What all runs share: where the accesses came from. */
struct RunContext {
    std::string source;                 ///< the workload spec written out in full, or the trace file
    std::optional<uint64_t> skippedLines; ///< a trace read with --skip-bad-lines
    bool interrupted = false; ///< Ctrl-C stopped the replay: the results are partial
};

/** The DESIGN §3 summary of one run as JSON, with what it ran on. */
nlohmann::json runToJson(const RunContext &context, const RunReport &run);
/** One run: its summary object. Several: {"runs": [...]}, each with "ratios" to the first. */
nlohmann::json runsToJson(const RunContext &context, const std::vector<RunReport> &runs);

/** The readable summary; several runs side by side, with ratios to the first. */
void printRuns(std::ostream &out, const RunContext &context, const std::vector<RunReport> &runs);

/** The series as CSV: a header, then one row per bucket per run. */
void writeSeriesCsv(std::ostream &out, const std::vector<RunReport> &runs);

} // namespace cli
