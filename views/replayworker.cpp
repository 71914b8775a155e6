// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayworker.h"

#include <QElapsedTimer>

namespace views {

void ReplayWorker::run(const mmu::ReplayJob &job, std::shared_ptr<std::atomic<bool>> stop, quint64 generation)
{
    auto fail = [&](const std::string &why) {
        auto s = std::make_shared<mmu::ReplaySnapshot>();
        s->finished = true;
        s->error = why;
        emit snapshotReady(s, generation);
    };
    auto source = job.openSource();
    if (!source)
        return fail(source.error());
    std::vector<std::unique_ptr<mmu::Replay>> replays;
    std::vector<mmu::Replay *> pointers;
    for (const mmu::ReplayRun &run : job.runs) {
        auto replay = mmu::Replay::create(run.config);
        if (!replay)
            return fail(run.label + ": " + replay.error().message());
        pointers.push_back(replay.value().get());
        replays.push_back(std::move(replay.value()));
    }

    QElapsedTimer sinceSnapshot;
    sinceSnapshot.start();
    mmu::ReplayProgress last;
    mmu::ReplayControl control;
    control.stop = stop.get();
    control.progressEvery = ProgressEvery;
    control.progress = [&](const mmu::ReplayProgress &p) {
        last = p;
        // The callback runs between batches: the replays hold still while they are copied.
        if (sinceSnapshot.elapsed() < SnapshotIntervalMs)
            return;
        sinceSnapshot.restart();
        emit snapshotReady(std::make_shared<mmu::ReplaySnapshot>(mmu::takeSnapshot(job, pointers, p)), generation);
    };
    mmu::ReplayEngine engine(control);
    const auto status = engine.run(*source.value(), pointers);
    auto final = std::make_shared<mmu::ReplaySnapshot>(mmu::takeSnapshot(job, pointers, last));
    final->finished = true;
    if (!status)
        final->error = status.error().message();
    else
        final->stopped = *status == mmu::ReplayStatus::Stopped;
    emit snapshotReady(final, generation);
}

void ReplayWorker::replayTo(const mmu::ReplayJob &job, int run, quint64 index, std::shared_ptr<std::atomic<bool>> stop,
                            quint64 generation)
{
    auto state = mmu::replayBefore(job, static_cast<std::size_t>(run), index, stop.get());
    if (!state) {
        emit cursorReady(nullptr, QString::fromStdString(state.error().message()), generation);
        return;
    }
    emit cursorReady(std::make_shared<mmu::CursorState>(std::move(state.value())), QString(), generation);
}

} // namespace views
