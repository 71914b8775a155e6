// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesssource.h"
#include "replay.h"
#include "result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace mmu {

/** How many accesses OPT's look-ahead keeps by default: 4 bytes each, 128 MiB in all. */
inline constexpr uint64_t DefaultFutureLimit = uint64_t{1} << 25;

/** How far a run has got; handed to the progress callback. */
struct ReplayProgress {
    enum class Phase : uint8_t {
        LookAhead, ///< OPT only: the first pass, learning each access's next use
        Replay,    ///< the accesses go through the machine(s)
    };
    Phase phase = Phase::Replay;
    double fraction = 0;   ///< of this phase, 0..1 (a trace: bytes read of the file)
    uint64_t accesses = 0; ///< read in this phase so far
};

/** What a caller can say about a run: when to stop, where progress goes, how much to replay. */
struct ReplayControl {
    /** Checked before every batch; set it (from any thread) to stop soon. */
    const std::atomic<bool> *stop = nullptr;
    /**
     * Called on the thread that runs the replay, every `progressEvery` accesses and once at the
     * end. Inside it the Replays may be read (summary(), series()) — nothing changes them then.
     */
    std::function<void(const ReplayProgress &)> progress;
    uint64_t progressEvery = uint64_t{1} << 20;
    /** Replay at most this many accesses. */
    std::optional<uint64_t> maxAccesses;
    /** OPT keeps 4 bytes of future per access; runs longer than this are refused. */
    uint64_t futureLimit = DefaultFutureLimit;
};

enum class ReplayStatus : uint8_t { Finished, Stopped };

/**
 * Drives Replays from an AccessSource a batch at a time (nothing allocated per access): maps
 * the source's regions, learns the future first when a replay uses OPT (a generator is run
 * twice, a trace file read twice, within ReplayControl::futureLimit accesses), then feeds every
 * batch to each Replay in turn, so a comparison reads its source once. Made for a worker
 * thread: the stop flag is checked per batch and progress is reported through the callback;
 * the results stay in the Replays, valid also after a stop or an error.
 */
class ReplayEngine {
public:
    static constexpr std::size_t BatchSize = 4096;

    explicit ReplayEngine(ReplayControl control = {});

    /** Rewinds `source` and replays it through every replay. */
    Result<ReplayStatus, ReplayError> run(AccessSource &source, std::span<Replay *const> replays);
    Result<ReplayStatus, ReplayError> run(AccessSource &source, Replay &replay);

private:
    /** Next-use positions for each base page size the OPT replays need, in ascending order of shift. */
    struct Future {
        int pageShift = 12;
        std::vector<uint32_t> nextUse;
    };
    Result<ReplayStatus, ReplayError> lookAhead(AccessSource &source, std::vector<Future> &futures);
    bool stopRequested() const { return m_control.stop && m_control.stop->load(std::memory_order_relaxed); }
    std::size_t batchLimit(uint64_t done) const;
    void report(ReplayProgress::Phase phase, const AccessSource &source, uint64_t done, bool end) const;

    ReplayControl m_control;
    std::vector<MemoryAccess> m_batch;
};

} // namespace mmu
