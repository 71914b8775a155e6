// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepcontroller.h"

#include "translationsession.h"

#include <algorithm>

namespace views {

StepController::StepController(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(700);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (atEnd())
            pause();
        else
            stepForward();
    });
}

void StepController::setSession(mmu::TranslationSession *session)
{
    pause();
    m_session = session;
    m_step = 0;
    emit positionChanged();
}

void StepController::restart()
{
    m_step = 0;
    emit positionChanged();
}

int StepController::translation() const
{
    return m_session ? m_session->current() : -1;
}

int StepController::translationCount() const
{
    return m_session ? m_session->count() : 0;
}

int StepController::stepCount() const
{
    return m_session && m_session->current() >= 0 ? static_cast<int>(m_session->steps().size()) : 0;
}

bool StepController::atStart() const
{
    return translation() <= 0 && m_step == 0;
}

bool StepController::atEnd() const
{
    return translation() + 1 >= translationCount() && m_step + 1 >= stepCount();
}

void StepController::setInterval(int milliseconds)
{
    m_timer.setInterval(std::max(30, milliseconds));
}

void StepController::goToTranslation(int index, bool lastStep)
{
    m_session->goTo(index);
    m_step = lastStep ? std::max(0, stepCount() - 1) : 0;
    emit positionChanged();
}

void StepController::stepForward()
{
    if (!m_session || translation() < 0)
        return;
    if (m_step + 1 < stepCount()) {
        ++m_step;
        emit positionChanged();
    } else if (translation() + 1 < translationCount()) {
        goToTranslation(translation() + 1, false);
    }
}

void StepController::stepBack()
{
    if (!m_session || translation() < 0)
        return;
    if (m_step > 0) {
        --m_step;
        emit positionChanged();
    } else if (translation() > 0) {
        goToTranslation(translation() - 1, true);
    }
}

void StepController::first()
{
    if (!m_session || translation() < 0)
        return;
    if (m_step > 0) {
        m_step = 0;
        emit positionChanged();
    } else if (translation() > 0) {
        goToTranslation(0, false); // Home twice: back to the first translation
    }
}

void StepController::last()
{
    if (!m_session || translation() < 0)
        return;
    if (m_step + 1 < stepCount()) {
        m_step = stepCount() - 1;
        emit positionChanged();
    } else if (translation() + 1 < translationCount()) {
        goToTranslation(translationCount() - 1, true); // End twice: the newest translation
    }
}

void StepController::goToStep(int step)
{
    if (step < 0 || step >= stepCount() || step == m_step)
        return;
    m_step = step;
    emit positionChanged();
}

void StepController::goTo(int translation, int step)
{
    if (!m_session || translation < 0 || translation >= translationCount())
        return;
    m_session->goTo(translation);
    m_step = std::clamp(step, 0, std::max(0, stepCount() - 1));
    emit positionChanged();
}

void StepController::play()
{
    if (isPlaying() || !m_session || translation() < 0)
        return;
    if (atEnd()) {
        m_step = 0; // playing from the end starts the current translation over
        emit positionChanged();
    }
    m_timer.start();
    emit playingChanged(true);
}

void StepController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void StepController::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

} // namespace views
