// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaycontroller.h"

#include "translationsession.h"

namespace views {

ReplayController::ReplayController(QObject *parent)
    : QObject(parent)
    , m_worker(new ReplayWorker)
{
    qRegisterMetaType<SnapshotPtr>();
    qRegisterMetaType<CursorStatePtr>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReplayWorker::snapshotReady, this, &ReplayController::received, Qt::QueuedConnection);
    connect(m_worker, &ReplayWorker::cursorReady, this, &ReplayController::cursorReceived, Qt::QueuedConnection);
    m_refresh.setInterval(1000 / RefreshHz);
    connect(&m_refresh, &QTimer::timeout, this, &ReplayController::tick);
    m_thread.setObjectName(QStringLiteral("replay"));
    m_thread.start();
}

ReplayController::~ReplayController()
{
    for (const auto &stop : {m_stop, m_seekStop})
        if (stop)
            stop->store(true);
    m_thread.quit();
    m_thread.wait();
}

void ReplayController::start(mmu::ReplayJob job)
{
    cancel();
    if (m_seekStop)
        m_seekStop->store(true);
    m_seeking = false;
    m_job = std::move(job);
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_latest.reset();
    m_fresh = false;
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job = m_job, stop = m_stop, generation] { w->run(job, stop, generation); },
        Qt::QueuedConnection);
    m_refresh.start();
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
}

void ReplayController::cancel()
{
    if (m_stop)
        m_stop->store(true);
}

void ReplayController::received(SnapshotPtr snapshot, quint64 generation)
{
    if (generation != m_generation)
        return; // a cancelled job's last words
    m_latest = std::move(snapshot);
    m_fresh = true;
    if (!m_latest->finished)
        return;
    m_refresh.stop();
    m_fresh = false;
    m_running = false;
    emit refreshed(m_latest);
    emit finished(m_latest);
    emit runningChanged(false);
}

void ReplayController::tick()
{
    if (!m_fresh)
        return;
    m_fresh = false;
    emit refreshed(m_latest);
}

void ReplayController::seek(int run, quint64 index)
{
    if (m_seekStop)
        m_seekStop->store(true);
    m_seekStop = std::make_shared<std::atomic<bool>>(false);
    m_seeking = true;
    m_seekRun = run;
    m_seekIndex = index;
    const quint64 generation = ++m_seekGeneration;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, job = m_job, run, index, stop = m_seekStop, generation] { w->replayTo(job, run, index, stop, generation); },
        Qt::QueuedConnection);
}

void ReplayController::cursorReceived(CursorStatePtr state, const QString &error, quint64 generation)
{
    if (generation != m_seekGeneration)
        return;
    m_seeking = false;
    if (!state) {
        m_cursor.reset();
        emit cursorReady(error);
        return;
    }
    m_cursor = mmu::cursorSession(m_job, static_cast<std::size_t>(m_seekRun), m_seekIndex, std::move(*state));
    emit cursorReady(QString());
}

std::unique_ptr<mmu::TranslationSession> ReplayController::takeCursorSession()
{
    return std::move(m_cursor);
}

} // namespace views
