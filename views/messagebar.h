// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace views {

/**
 * A strip across the top of the window that says what went wrong (a lesson that cannot be
 * opened or saved) without a modal dialog: the work underneath stays usable, and the
 * message stays until it is dismissed or the next one replaces it.
 */
class MessageBar : public QFrame {
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const QString &message);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace views
