// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replayjob.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace views {

/** A snapshot as it travels between threads: shared, never changed after it is made. */
using SnapshotPtr = std::shared_ptr<const mmu::ReplaySnapshot>;
/** The cursor's replay result; null when it failed. */
using CursorStatePtr = std::shared_ptr<mmu::CursorState>;

/**
 * Replays on the thread it lives on (ReplayController moves it to its own): a job through its
 * runs, or a run up to the timeline cursor. It reports by queued signals only, with value
 * snapshots at most every SnapshotIntervalMs, and checks the stop flag between batches, so a
 * cancel ends the replay within one batch of accesses.
 */
class ReplayWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int SnapshotIntervalMs = 40;
    /** Accesses between progress callbacks: short enough to snapshot often, long enough to cost nothing. */
    static constexpr uint64_t ProgressEvery = uint64_t{1} << 16;

    using QObject::QObject;

    /** Replays `job`; snapshots carry `generation`; the last one has `finished` set. */
    void run(const mmu::ReplayJob &job, std::shared_ptr<std::atomic<bool>> stop, quint64 generation);
    /** Replays run `run` of `job` up to access `index` (see mmu::replayBefore()). */
    void replayTo(const mmu::ReplayJob &job, int run, quint64 index, std::shared_ptr<std::atomic<bool>> stop,
                  quint64 generation);

signals:
    void snapshotReady(views::SnapshotPtr snapshot, quint64 generation);
    void cursorReady(views::CursorStatePtr state, const QString &error, quint64 generation);
};

} // namespace views

Q_DECLARE_METATYPE(views::SnapshotPtr)
Q_DECLARE_METATYPE(views::CursorStatePtr)
