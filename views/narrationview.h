// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchorprovider.h"

#include <QWidget>

class QLabel;

namespace views {

/**
 * The narration line: where we are (translation k, step i of n) and one sentence about it.
 * Anchors: "position" and "sentence" (the text as laid out, not the whole line).
 */
class NarrationView : public QWidget, public AnchorProvider {
    Q_OBJECT
public:
    explicit NarrationView(QWidget *parent = nullptr);

    /** `step` and `steps` count from 1 for people; `translation` too. `access` says what the access is. */
    void setSentence(const QString &sentence, int translation, int translations, const QString &access, int step,
                     int steps);
    void clear();
    QString sentence() const;
    QString position() const;

    QRectF anchorRect(QStringView element) const override;
    QStringList anchors() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();

    QLabel *m_position;
    QLabel *m_sentence;
};

} // namespace views
