// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbackbar.h"

#include "retranslator.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace views {

namespace {
QAction *makeAction(QWidget *owner, QStyle::StandardPixmap icon, const QKeySequence &key)
{
    auto *a = new QAction(owner->style()->standardIcon(icon), QString(), owner);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}
} // namespace

PlaybackBar::PlaybackBar(QWidget *parent)
    : QWidget(parent)
    , m_first(makeAction(this, QStyle::SP_MediaSkipBackward, QKeySequence(Qt::Key_Home)))
    , m_back(makeAction(this, QStyle::SP_MediaSeekBackward, QKeySequence(Qt::Key_Left)))
    , m_play(makeAction(this, QStyle::SP_MediaPlay, QKeySequence(Qt::Key_Space)))
    , m_forward(makeAction(this, QStyle::SP_MediaSeekForward, QKeySequence(Qt::Key_Right)))
    , m_last(makeAction(this, QStyle::SP_MediaSkipForward, QKeySequence(Qt::Key_End)))
    , m_speed(new QSlider(Qt::Horizontal, this))
    , m_speedLabel(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    for (QAction *a : actions()) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setFocusPolicy(Qt::NoFocus); // focus stays where it was, so the keys keep working
        layout->addWidget(b);
    }
    layout->addSpacing(24);
    auto *speedName = new QLabel(this);
    speedName->setBuddy(m_speed);
    layout->addWidget(speedName);
    m_speed->setRange(1, 10);
    m_speed->setFocusPolicy(Qt::NoFocus);
    m_speed->setMinimumWidth(160);
    layout->addWidget(m_speed);
    layout->addWidget(m_speedLabel);
    layout->addStretch(1);
    connect(m_speed, &QSlider::valueChanged, this, [this](int v) {
        m_speedLabel->setText(tr("%n step(s)/s", nullptr, v));
        emit intervalChanged(1000 / v);
    });
    setSpeed(2);
    Retranslator::follow(this, [this, speedName] {
        setAccessibleName(tr("Stepping controls"));
        m_first->setText(tr("First"));
        m_first->setToolTip(tr("First step (Home)"));
        m_back->setText(tr("Back"));
        m_back->setToolTip(tr("Step back (←)"));
        m_play->setToolTip(tr("Play or pause (Space)"));
        m_forward->setText(tr("Forward"));
        m_forward->setToolTip(tr("Step forward (→)"));
        m_last->setText(tr("Last"));
        m_last->setToolTip(tr("Last step (End)"));
        speedName->setText(tr("Speed"));
        m_speed->setAccessibleName(tr("Playing speed"));
        setSpeed(speed());
        setPlaying(m_playing);
    });
}

void PlaybackBar::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

int PlaybackBar::speed() const
{
    return m_speed->value();
}

void PlaybackBar::setSpeed(int stepsPerSecond)
{
    m_speed->setValue(std::clamp(stepsPerSecond, 1, 10));
    m_speedLabel->setText(tr("%n step(s)/s", nullptr, m_speed->value()));
}

} // namespace views
