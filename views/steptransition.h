// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QRectF>
#include <QVariantAnimation>

namespace views {

/**
 * The clock of the move from one step's picture to the next: a progress from 0 (what was
 * shown) to 1 (the new step's static picture) that the panels' paint code interpolates.
 * Its pace is the viewer's, never the modelled cycles'. Switched off, progress is always 1,
 * so nothing moves (for people who prefer reduced motion, and for figures and tests).
 */
class StepTransition : public QObject {
    Q_OBJECT
public:
    explicit StepTransition(QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    /** Switching off ends a running transition at its last frame. */
    void setEnabled(bool enabled);
    int duration() const { return m_animation.duration(); }
    void setDuration(int milliseconds);
    /** The duration that suits playing one step every `interval` ms: done well before the next step. */
    static int durationForInterval(int interval);

    qreal progress() const { return m_progress; }
    bool isRunning() const { return m_animation.state() == QAbstractAnimation::Running; }
    /** Starts a move from 0 when enabled; the panels have captured where they start from. */
    void start();
    /** Jumps to the last frame, the step's static picture (before a figure is taken). */
    void finish();
    /**
     * Holds the running transition at `fraction` (0 … 1) of its duration, eased as it is
     * played: for tests and benchmarks that look at frames in between.
     */
    void holdAt(qreal fraction);

signals:
    void progressChanged(qreal progress);

private:
    void setProgress(qreal progress);

    QVariantAnimation m_animation;
    bool m_enabled = true;
    qreal m_progress = 1;
};

/** `from` moved `t` of the way to `to`; exactly `to` at 1. */
QRectF interpolate(const QRectF &from, const QRectF &to, qreal t);

/** Where a highlight is drawn part way through a transition, and how opaque. */
struct MovingHighlight {
    QRectF rect; ///< empty: nothing to draw
    qreal opacity = 1;
};
/** A highlight sliding from `from` to `to`; where one end has none it fades in place instead. */
MovingHighlight moveHighlight(const QRectF &from, const QRectF &to, qreal t);

} // namespace views
