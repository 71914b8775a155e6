// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesssource.h"
#include "replay.h"
#include "replayengine.h"
#include "result.h"
#include "translationsession.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace mmu {

/** One configuration of a job: the machine (as named: preset or file), its replay settings, its label. */
struct ReplayRun {
    std::string label;   ///< what tells it apart in a comparison: "2M", "skylake"
    std::string machine; ///< the preset or machine file it was loaded from
    ReplayConfig config;
};

/**
 * A replay as the GUI asks for it: the same accesses (a generated workload or a trace file)
 * through one to four runs, as `mmulab-cli run` with `--compare` or `--compare-machines`
 * replays them — cliArguments() says how, so a figure can be checked on the command line.
 */
struct ReplayJob {
    static constexpr std::size_t MaxRuns = 4;

    std::optional<std::string> workload; ///< a `--workload` spec
    std::optional<std::string> trace;    ///< or a trace file, its format detected
    std::vector<ReplayRun> runs;

    /** The source as the CLI makes it: a workload placed where the narrowest machine can address it. */
    Result<std::unique_ptr<AccessSource>, std::string> openSource() const;
    /** The arguments of `mmulab-cli run` (without "run") that replay the same. */
    std::vector<std::string> cliArguments() const;
};

/** One run of a snapshot: what it ran on, its totals and its series so far. */
struct RunSnapshot {
    std::string label;
    std::string machineName;
    PageSizePolicy pageSize = PageSizePolicy::Base;
    int tlbLevels = 0; ///< the deepest TLB level of the machine: 1 = L1 only
    ReplaySummary summary;
    ReplaySeries series;
};

/** Value copies of a job's replays at one moment, handed from the worker thread to the views. */
struct ReplaySnapshot {
    std::vector<RunSnapshot> runs;
    ReplayProgress progress;
    bool finished = false;              ///< the replay is over: done, stopped or failed
    bool stopped = false;               ///< cancelled before the end
    std::optional<std::string> error;   ///< why it could not start or go on
};

/** Copies the state of `replays` (in the job's order). */
ReplaySnapshot takeSnapshot(const ReplayJob &job, std::span<Replay *const> replays, const ReplayProgress &progress);

/** The machine of one run as it stands just before one of its accesses, and that access. */
struct CursorState {
    std::unique_ptr<System> system;
    MemoryAccess access;
};

/**
 * The timeline cursor's replay (DESIGN §1, stepping back is replay): runs accesses 0..index−1
 * of `job` through run `run` on the fast path, then hands over the machine with access `index`
 * mapped and ready to translate with its steps recorded. Deterministic, so the state is the one
 * the charts showed. Refused for OPT (its choices there depend on accesses after `index`).
 */
Result<CursorState, ReplayError> replayBefore(const ReplayJob &job, std::size_t run, uint64_t index,
                                              const std::atomic<bool> *stop = nullptr);

/**
 * A translation session standing at access `index` of run `run`: `state` (from replayBefore())
 * is its start, and the access is translated with its steps recorded. Should the session ever
 * go back to its start (stepping back after more translations), the replay runs again.
 */
std::unique_ptr<TranslationSession> cursorSession(const ReplayJob &job, std::size_t run, uint64_t index, CursorState state);

} // namespace mmu
