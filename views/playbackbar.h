// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSlider;

namespace views {

/**
 * The stepping controls: first, back, play/pause, forward, last and the playing speed. The
 * actions carry the keyboard shortcuts (Home, ←, Space, →, End) with window context; the
 * window adds them to itself so they work wherever the focus is, except in a text field,
 * which keeps its own use of those keys.
 */
class PlaybackBar : public QWidget {
    Q_OBJECT
public:
    explicit PlaybackBar(QWidget *parent = nullptr);

    QAction *firstAction() const { return m_first; }
    QAction *backAction() const { return m_back; }
    QAction *playAction() const { return m_play; }
    QAction *forwardAction() const { return m_forward; }
    QAction *lastAction() const { return m_last; }
    QList<QAction *> actions() const { return {m_first, m_back, m_play, m_forward, m_last}; }

    void setPlaying(bool playing);
    /** Steps per second, 1 … 10. */
    int speed() const;
    void setSpeed(int stepsPerSecond);

signals:
    /** Milliseconds per step at the chosen speed. */
    void intervalChanged(int milliseconds);

private:
    QAction *m_first;
    QAction *m_back;
    QAction *m_play;
    QAction *m_forward;
    QAction *m_last;
    QSlider *m_speed;
    QLabel *m_speedLabel;
    bool m_playing = false; ///< the play action reads "Pause" meanwhile, in any language
};

} // namespace views
