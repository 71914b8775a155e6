// SPDX-License-Identifier: GPL-3.0-or-later
#include "steptransition.h"

#include <algorithm>

namespace views {

StepTransition::StepTransition(QObject *parent)
    : QObject(parent)
{
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    // Decelerating, without overshoot: things arrive and stay where the static picture has them.
    m_animation.setEasingCurve(QEasingCurve::OutCubic);
    m_animation.setDuration(durationForInterval(500));
    connect(&m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { setProgress(value.toReal()); });
    connect(&m_animation, &QVariantAnimation::finished, this, [this] { setProgress(1); });
}

void StepTransition::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        finish();
}

void StepTransition::setDuration(int milliseconds)
{
    m_animation.setDuration(std::max(1, milliseconds));
}

int StepTransition::durationForInterval(int interval)
{
    // Half the time between two played steps, so each step rests before the next begins;
    // longer than a third of a second reads as sluggish when stepping by hand.
    return std::clamp(interval / 2, 40, 350);
}

void StepTransition::start()
{
    if (!m_enabled)
        return;
    m_animation.stop();
    setProgress(0);
    m_animation.start();
}

void StepTransition::finish()
{
    m_animation.stop();
    setProgress(1);
}

void StepTransition::holdAt(qreal fraction)
{
    if (m_animation.state() == QAbstractAnimation::Running)
        m_animation.pause();
    m_animation.setCurrentTime(qRound(std::clamp(fraction, 0.0, 1.0) * m_animation.duration()));
    setProgress(m_animation.currentValue().toReal());
}

void StepTransition::setProgress(qreal progress)
{
    if (m_progress == progress)
        return;
    m_progress = progress;
    emit progressChanged(progress);
}

QRectF interpolate(const QRectF &from, const QRectF &to, qreal t)
{
    if (t >= 1)
        return to; // exactly: the last frame is the static picture
    return {from.x() + (to.x() - from.x()) * t, from.y() + (to.y() - from.y()) * t,
            from.width() + (to.width() - from.width()) * t, from.height() + (to.height() - from.height()) * t};
}

MovingHighlight moveHighlight(const QRectF &from, const QRectF &to, qreal t)
{
    if (t >= 1 || (from.isEmpty() && to.isEmpty()))
        return {to, 1};
    if (from.isEmpty())
        return {to, t};
    if (to.isEmpty())
        return {from, 1 - t};
    return {interpolate(from, to, t), 1};
}

} // namespace views
