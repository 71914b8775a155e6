// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayjob.h"

#include "pagingformat.h"
#include "tracesource.h"
#include "workload.h"

#include <algorithm>

namespace mmu {

Result<std::unique_ptr<AccessSource>, std::string> ReplayJob::openSource() const
{
    if (workload) {
        auto spec = parseWorkloadSpec(*workload);
        if (!spec)
            return spec.error().message();
        // One stream feeds every machine: place it where the narrowest address space holds it.
        int vaBits = 64;
        for (const ReplayRun &r : runs)
            if (const PagingFormat *f = findFormat(r.config.machine.paging))
                vaBits = std::min(vaBits, f->vaBits);
        return std::unique_ptr<AccessSource>(makeWorkload(placeForFormat(*spec, vaBits)));
    }
    if (trace) {
        auto opened = TraceSource::open(*trace);
        if (!opened)
            return opened.error().message();
        return std::unique_ptr<AccessSource>(std::move(opened.value()));
    }
    return std::string("no workload and no trace file to replay");
}

std::vector<std::string> ReplayJob::cliArguments() const
{
    std::vector<std::string> args;
    if (workload)
        args = {"--workload", *workload};
    else if (trace)
        args = {"--trace", *trace};
    if (runs.empty())
        return args;
    const bool sameMachine = std::all_of(runs.begin(), runs.end(), [&](const ReplayRun &r) { return r.machine == runs.front().machine; });
    auto list = [&](auto item) {
        std::string text;
        for (const ReplayRun &r : runs)
            text += (text.empty() ? "" : ",") + item(r);
        return text;
    };
    if (sameMachine) {
        args.insert(args.end(), {"--machine", runs.front().machine});
        if (runs.size() == 1)
            args.insert(args.end(), {"--page-size", std::string(pageSizePolicyName(runs.front().config.pageSize))});
        else
            args.insert(args.end(), {"--compare", list([](const ReplayRun &r) { return std::string(pageSizePolicyName(r.config.pageSize)); })});
    } else {
        args.insert(args.end(), {"--compare-machines", list([](const ReplayRun &r) { return r.machine; })});
        args.insert(args.end(), {"--page-size", std::string(pageSizePolicyName(runs.front().config.pageSize))});
    }
    return args;
}

ReplaySnapshot takeSnapshot(const ReplayJob &job, std::span<Replay *const> replays, const ReplayProgress &progress)
{
    ReplaySnapshot s;
    s.progress = progress;
    for (std::size_t i = 0; i < replays.size(); ++i) {
        const Replay &r = *replays[i];
        int levels = 0;
        for (const TlbConfig &t : r.config().machine.tlbs)
            levels = std::max(levels, t.level);
        s.runs.push_back({i < job.runs.size() ? job.runs[i].label : r.config().machine.name, r.config().machine.name,
                          r.config().pageSize, levels, r.summary(), r.series()});
    }
    return s;
}

Result<CursorState, ReplayError> replayBefore(const ReplayJob &job, std::size_t run, uint64_t index,
                                              const std::atomic<bool> *stop)
{
    if (run >= job.runs.size())
        return ReplayError{ReplayError::Kind::Source, "the job has no run " + std::to_string(run + 1)};
    auto replay = Replay::create(job.runs[run].config);
    if (!replay)
        return replay.error();
    if (replay.value()->needsFuture())
        return ReplayError{ReplayError::Kind::FutureTooLong,
                           "OPT decides by the accesses after the cursor: its state there cannot be replayed alone"};
    auto source = job.openSource();
    if (!source)
        return ReplayError{ReplayError::Kind::Source, source.error()};
    ReplayControl control;
    control.stop = stop;
    control.maxAccesses = index;
    ReplayEngine engine(control);
    const auto status = engine.run(*source.value(), *replay.value());
    if (!status)
        return status.error();
    if (*status == ReplayStatus::Stopped)
        return ReplayError{ReplayError::Kind::Source, "stopped before access " + std::to_string(index)};
    MemoryAccess access;
    if (replay.value()->accesses() != index || source.value()->read(std::span(&access, 1)) != 1)
        return ReplayError{ReplayError::Kind::Source, source.value()->name() + ": there is no access "
                                                          + std::to_string(index) + " (the source has "
                                                          + std::to_string(replay.value()->accesses()) + ")"};
    return CursorState{replay.value()->takeSystem(access), access};
}

std::unique_ptr<TranslationSession> cursorSession(const ReplayJob &job, std::size_t run, uint64_t index, CursorState state)
{
    auto first = std::make_shared<std::unique_ptr<System>>(std::move(state.system));
    auto start = [first, job, run, index]() -> std::unique_ptr<System> {
        if (*first)
            return std::move(*first);
        auto again = replayBefore(job, run, index);
        return again ? std::move(again.value().system) : nullptr;
    };
    auto session = std::make_unique<TranslationSession>(job.runs.at(run).config.machine, std::move(start));
    session->translate({state.access.address, state.access.type, Privilege::User});
    return session;
}

} // namespace mmu
