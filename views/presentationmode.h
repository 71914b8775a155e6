// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <functional>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

class QAction;
class QMainWindow;
class QSplitter;
class QTimer;
class QWidget;

namespace views {

class IdleCursorHider;

/**
 * Presentation mode of a main window (F11): full screen, without menu, tool and status bars
 * and the widgets a projector does without, and with the mouse cursor hidden while idle.
 * Leaving puts back exactly what was there: window state and geometry, tool bars and docks
 * (saveState), splitter positions and which widgets were shown.
 *
 * Type size and theme belong to the window: it follows activeChanged(), which is sent after
 * the layout is saved on entering and before it is restored on leaving.
 */
class PresentationMode : public QObject {
    Q_OBJECT
public:
    explicit PresentationMode(QMainWindow *window);
    ~PresentationMode() override;

    /** Widgets hidden while presenting (besides menu, tool and status bars). */
    void setHiddenWidgets(const QList<QWidget *> &widgets);
    /**
     * Lays the window out for the projector (splitter positions, say): called once the window
     * is full screen, and again whenever its size changes while presenting.
     */
    void setArrange(std::function<void()> arrange) { m_arrange = std::move(arrange); }
    /** Calls the arrange function once the events pending now have run (after a zoom, say). */
    void rearrange();
    bool isActive() const { return m_active; }
    void setActive(bool active);
    void toggle() { setActive(!m_active); }

    /** Checkable, bound to F11; the window should also hold it, so F11 works without a menu bar. */
    QAction *action() const { return m_action; }
    IdleCursorHider *cursorHider() const { return m_hider; }

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();
    void restoreLayout();
    QList<QWidget *> barsAndHidden() const;

    QMainWindow *m_window;
    QAction *m_action;
    IdleCursorHider *m_hider;
    QTimer *m_settle;
    QList<QPointer<QWidget>> m_hideable;
    std::function<void()> m_arrange;
    bool m_active = false;

    struct Saved {
        QByteArray geometry;
        QRect normalGeometry;
        QByteArray state;
        Qt::WindowStates windowState;
        QList<QPair<QPointer<QSplitter>, QByteArray>> splitters;
        QList<QPair<QPointer<QWidget>, bool>> hidden; ///< widget, was hidden
    } m_saved;
};

} // namespace views
