// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace views {

/** The narration line: where we are (translation k, step i of n) and one sentence about it. */
class NarrationView : public QWidget {
    Q_OBJECT
public:
    explicit NarrationView(QWidget *parent = nullptr);

    /** `step` and `steps` count from 1 for people; `translation` too. `access` says what the access is. */
    void setSentence(const QString &sentence, int translation, int translations, const QString &access, int step,
                     int steps);
    void clear();
    QString sentence() const;
    QString position() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();

    QLabel *m_position;
    QLabel *m_sentence;
};

} // namespace views
