// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbackbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace views {

namespace {
QAction *makeAction(QWidget *owner, QStyle::StandardPixmap icon, const QString &text, const QKeySequence &key,
                    const QString &tip)
{
    auto *a = new QAction(owner->style()->standardIcon(icon), text, owner);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(tip);
    return a;
}
} // namespace

PlaybackBar::PlaybackBar(QWidget *parent)
    : QWidget(parent)
    , m_first(makeAction(this, QStyle::SP_MediaSkipBackward, tr("First"), QKeySequence(Qt::Key_Home),
                         tr("First step (Home)")))
    , m_back(makeAction(this, QStyle::SP_MediaSeekBackward, tr("Back"), QKeySequence(Qt::Key_Left),
                        tr("Step back (←)")))
    , m_play(makeAction(this, QStyle::SP_MediaPlay, tr("Play"), QKeySequence(Qt::Key_Space),
                        tr("Play or pause (Space)")))
    , m_forward(makeAction(this, QStyle::SP_MediaSeekForward, tr("Forward"), QKeySequence(Qt::Key_Right),
                           tr("Step forward (→)")))
    , m_last(makeAction(this, QStyle::SP_MediaSkipForward, tr("Last"), QKeySequence(Qt::Key_End),
                        tr("Last step (End)")))
    , m_speed(new QSlider(Qt::Horizontal, this))
    , m_speedLabel(new QLabel(this))
{
    setAccessibleName(tr("Stepping controls"));
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
    auto *speedName = new QLabel(tr("Speed"), this);
    speedName->setBuddy(m_speed);
    layout->addWidget(speedName);
    m_speed->setRange(1, 10);
    m_speed->setAccessibleName(tr("Playing speed"));
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
}

void PlaybackBar::setPlaying(bool playing)
{
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
