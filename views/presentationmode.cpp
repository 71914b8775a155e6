// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationmode.h"

#include "idlecursorhider.h"
#include "retranslator.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace views {

PresentationMode::PresentationMode(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(this))
    , m_hider(new IdleCursorHider(this))
    , m_settle(new QTimer(this))
{
    m_action->setCheckable(true);
    // QKeySequence::FullScreen can be empty (STYLE.md): F11 explicitly.
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    Retranslator::follow(this, [this] {
        m_action->setText(tr("&Presentation mode"));
        m_action->setToolTip(tr("Full screen with large, high-contrast type for a projector (F11)"));
    });
    connect(m_action, &QAction::triggered, this, &PresentationMode::setActive);
    m_settle->setSingleShot(true);
    m_settle->setInterval(1000);
    connect(m_settle, &QTimer::timeout, this, [this] { m_window->removeEventFilter(this); });
}

PresentationMode::~PresentationMode() = default;

void PresentationMode::setHiddenWidgets(const QList<QWidget *> &widgets)
{
    m_hideable.clear();
    for (QWidget *w : widgets)
        m_hideable << w;
}

void PresentationMode::setActive(bool active)
{
    if (active != m_active) {
        if (active)
            enter();
        else
            leave();
    }
    const QSignalBlocker block(m_action);
    m_action->setChecked(m_active);
}

QList<QWidget *> PresentationMode::barsAndHidden() const
{
    QList<QWidget *> widgets;
    if (QWidget *menu = m_window->menuWidget())
        widgets << menu;
    for (QToolBar *bar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        widgets << bar;
    if (auto *status = m_window->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly))
        widgets << status;
    for (const QPointer<QWidget> &w : m_hideable)
        if (w)
            widgets << w;
    return widgets;
}

void PresentationMode::enter()
{
    m_settle->stop();
    m_window->removeEventFilter(this);
    m_saved = {};
    m_saved.geometry = m_window->saveGeometry();
    m_saved.normalGeometry = m_window->geometry();
    m_saved.state = m_window->saveState();
    m_saved.windowState = m_window->windowState();
    for (QSplitter *s : m_window->findChildren<QSplitter *>())
        m_saved.splitters.append({s, s->saveState()});
    const QList<QWidget *> widgets = barsAndHidden();
    for (QWidget *w : widgets)
        m_saved.hidden.append({w, w->isHidden()});

    m_active = true;
    emit activeChanged(true);
    for (QWidget *w : widgets)
        w->hide();
    m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);
    m_hider->setEnabled(true);
    m_window->installEventFilter(this); // full screen may come late (a window manager's decision)
    rearrange();
}

void PresentationMode::rearrange()
{
    QTimer::singleShot(0, this, [this] {
        if (m_active && m_arrange)
            m_arrange();
    });
}

void PresentationMode::leave()
{
    m_hider->setEnabled(false);
    m_active = false;
    // Type and theme first, and the layouts run with them, so the window's minimum size is the
    // normal one again before the old geometry is asked for.
    emit activeChanged(false);
    for (const auto &[w, wasHidden] : m_saved.hidden)
        if (w)
            w->setHidden(wasHidden);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    m_window->setWindowState(m_saved.windowState);
    if (m_saved.windowState & (Qt::WindowMaximized | Qt::WindowFullScreen))
        m_window->restoreGeometry(m_saved.geometry);
    m_window->restoreState(m_saved.state);
    restoreLayout();
    // Layouts settle over the next events (word-wrapped text, a window manager applying the old
    // size late); until they have, the old geometry and splitter positions are put back again.
    m_window->installEventFilter(this);
    m_settle->start();
    QTimer::singleShot(0, this, &PresentationMode::restoreLayout);
}

void PresentationMode::restoreLayout()
{
    if (m_active)
        return;
    // restoreGeometry() would also fit the window onto the screen: a normal window gets its
    // rectangle back exactly.
    if (!(m_saved.windowState & (Qt::WindowMaximized | Qt::WindowFullScreen)) && m_window->geometry() != m_saved.normalGeometry)
        m_window->setGeometry(m_saved.normalGeometry);
    for (const auto &[s, state] : m_saved.splitters)
        if (s && s->saveState() != state)
            s->restoreState(state);
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && m_active && event->type() == QEvent::Resize)
        rearrange();
    else if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        QTimer::singleShot(0, this, &PresentationMode::restoreLayout);
    return QObject::eventFilter(watched, event);
}

} // namespace views
