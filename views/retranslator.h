// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace views {

/**
 * Keeps a text in the application's current language. The language can be switched in the
 * settings without a restart: installing or removing a QTranslator sends the application a
 * QEvent::LanguageChange, and every text a constructor set once (titles, labels, tool tips,
 * accessible names) has to be set again. Texts a widget computes while painting need none of
 * this; QWidget repaints on a language change by itself.
 */
class Retranslator : public QObject {
public:
    /**
     * Runs `apply` now, and again after each change of the language for as long as `owner`
     * lives. `apply` sets texts through tr(), so it picks the new language up.
     */
    static void follow(QObject *owner, std::function<void()> apply);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Retranslator(QObject *owner, std::function<void()> apply);

    std::function<void()> m_apply;
};

} // namespace views
