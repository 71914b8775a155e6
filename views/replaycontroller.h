// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replayworker.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace mmu {
class TranslationSession;
}

namespace views {

/**
 * Runs replays off the GUI thread (DESIGN §1) and hands their snapshots to the views at a
 * screen's pace: the worker sends one at most every few tens of milliseconds, and a timer on
 * the GUI thread passes the newest on RefreshHz times a second — older ones are dropped, never
 * queued up. A newer job cancels the one running (numbered jobs, as in hotspot), and
 * cancel() sets the engine's stop flag, which it checks between batches.
 */
class ReplayController : public QObject {
    Q_OBJECT
public:
    static constexpr int RefreshHz = 15;

    explicit ReplayController(QObject *parent = nullptr);
    /** Stops what runs and waits for the thread. */
    ~ReplayController() override;

    /** Starts `job`, cancelling the one before. */
    void start(mmu::ReplayJob job);
    /** Asks the replay to stop; finished() follows with `stopped` set. */
    void cancel();
    bool isRunning() const { return m_running; }
    /** The job started last. */
    const mmu::ReplayJob &job() const { return m_job; }
    /** The newest snapshot, null before the first. */
    SnapshotPtr latest() const { return m_latest; }

    /**
     * Replays run `run` of the last job up to access `index` on the worker, then makes a
     * translation session standing at that access (cursorReady()). A newer request or job
     * cancels it.
     */
    void seek(int run, quint64 index);
    bool isSeeking() const { return m_seeking; }
    /** The session the last seek made; null once taken or when it failed. */
    std::unique_ptr<mmu::TranslationSession> takeCursorSession();

signals:
    /** The newest snapshot, at most RefreshHz times a second while a job runs. */
    void refreshed(views::SnapshotPtr snapshot);
    /** The job's last snapshot (finished, stopped or failed), at once. */
    void finished(views::SnapshotPtr snapshot);
    void runningChanged(bool running);
    /** A seek ended: takeCursorSession() has the session, or `error` says why there is none. */
    void cursorReady(const QString &error);

private:
    void received(SnapshotPtr snapshot, quint64 generation);
    void cursorReceived(CursorStatePtr state, const QString &error, quint64 generation);
    void tick();

    QThread m_thread;
    ReplayWorker *m_worker;
    QTimer m_refresh;
    mmu::ReplayJob m_job;
    quint64 m_generation = 0;
    quint64 m_seekGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_stop;
    std::shared_ptr<std::atomic<bool>> m_seekStop;
    SnapshotPtr m_latest;
    bool m_fresh = false; ///< m_latest arrived after the last refresh
    bool m_running = false;
    bool m_seeking = false;
    int m_seekRun = 0;
    quint64 m_seekIndex = 0;
    std::unique_ptr<mmu::TranslationSession> m_cursor;
};

} // namespace views
