// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlecursorhider.h"

#include <QApplication>
#include <QCursor>
#include <QEvent>
#include <QTimer>

namespace views {

IdleCursorHider::IdleCursorHider(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultIdleMs);
    connect(m_timer, &QTimer::timeout, this, &IdleCursorHider::hideCursor);
}

IdleCursorHider::~IdleCursorHider()
{
    setEnabled(false);
}

void IdleCursorHider::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        qApp->installEventFilter(this);
        m_timer->start();
    } else {
        qApp->removeEventFilter(this);
        m_timer->stop();
        showCursor();
    }
}

void IdleCursorHider::hideCursor()
{
    if (!m_enabled || m_hidden)
        return;
    m_hidden = true;
    QApplication::setOverrideCursor(QCursor(Qt::BlankCursor));
}

void IdleCursorHider::showCursor()
{
    if (!m_hidden)
        return;
    m_hidden = false;
    QApplication::restoreOverrideCursor();
}

void IdleCursorHider::wake()
{
    showCursor();
    if (m_enabled)
        m_timer->start();
}

bool IdleCursorHider::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseMove:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TabletMove:
        wake();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace views
