// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

namespace views {

/**
 * Hides the mouse cursor after a while without mouse movement and shows it again on the
 * next movement, as a projector wants: the cursor should not sit on the picture. It watches
 * the whole application through an event filter while enabled.
 */
class IdleCursorHider : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultIdleMs = 2000;

    explicit IdleCursorHider(QObject *parent = nullptr);
    ~IdleCursorHider() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isCursorHidden() const { return m_hidden; }
    /** The idle timer; tests drive it directly. */
    QTimer *timer() const { return m_timer; }

    /** Hides the cursor now (what the timer does when it fires). */
    void hideCursor();
    /** Shows the cursor and starts waiting for idleness again. */
    void wake();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCursor();

    QTimer *m_timer;
    bool m_enabled = false;
    bool m_hidden = false;
};

} // namespace views
