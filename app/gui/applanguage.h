// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QTranslator;

/**
 * The language of the user interface. It installs the translators of one language into the
 * application (mmulab's own, embedded under :/i18n, and Qt's for its standard dialogs) and
 * makes that language's QLocale the default, so numbers in sentences follow it too. Installing
 * a translator sends the application a QEvent::LanguageChange, which is how every open window
 * changes its texts without a restart.
 */
class AppLanguage {
    Q_DECLARE_TR_FUNCTIONS(AppLanguage)
public:
    struct Choice {
        QString code; ///< "" for the system's language
        QString name; ///< in the language itself, so that one can find it when the rest is foreign
    };
    /** The system's language, then English and each translation mmulab ships. */
    static QList<Choice> choices();

    AppLanguage();
    ~AppLanguage();
    AppLanguage(const AppLanguage &) = delete;
    AppLanguage &operator=(const AppLanguage &) = delete;

    /** Switches to `code` (a Choice's code); an unknown code means English. */
    void apply(const QString &code);
    QString code() const { return m_code; }

private:
    QString m_code;
    std::unique_ptr<QTranslator> m_mmulab;
    std::unique_ptr<QTranslator> m_qt;
};
