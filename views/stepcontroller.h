// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace mmu {
class TranslationSession;
}

namespace views {

/**
 * Where the lecture stands: which translation of the session and which of its steps. It
 * moves forward and back across translations (an earlier translation is replayed by the
 * session, DESIGN §1) and plays at a pace set in milliseconds per step, independent of the
 * modelled cycles. It simulates nothing itself.
 */
class StepController : public QObject {
    Q_OBJECT
public:
    explicit StepController(QObject *parent = nullptr);

    /** The session to step through; the position moves to its current translation, step 0. */
    void setSession(mmu::TranslationSession *session);
    /** A new translation was made current in the session: show its first step. */
    void restart();

    int translation() const;
    int translationCount() const;
    int step() const { return m_step; }
    int stepCount() const;
    bool atStart() const;
    bool atEnd() const;
    bool isPlaying() const { return m_timer.isActive(); }
    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds);

public slots:
    void stepForward();
    void stepBack();
    void first();
    void last();
    void play();
    void pause();
    void togglePlay();
    /** Step `step` of the current translation. */
    void goToStep(int step);
    /** Step `step` of translation `translation` (replayed by the session when it is not the next). */
    void goTo(int translation, int step);

signals:
    void positionChanged();
    void playingChanged(bool playing);

private:
    void goToTranslation(int index, bool lastStep);

    mmu::TranslationSession *m_session = nullptr;
    int m_step = 0;
    QTimer m_timer;
};

} // namespace views
