// SPDX-License-Identifier: GPL-3.0-or-later
#include "applanguage.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

QList<AppLanguage::Choice> AppLanguage::choices()
{
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

AppLanguage::AppLanguage() = default;

AppLanguage::~AppLanguage() = default; // a QTranslator removes itself from the application

void AppLanguage::apply(const QString &code)
{
    const QList<Choice> all = choices();
    const bool known = std::any_of(all.begin(), all.end(), [&](const Choice &c) { return c.code == code; });
    const QLocale locale = !known ? QLocale(QLocale::English)
        : code.isEmpty()          ? QLocale::system()
                                  : QLocale(code);
    m_code = known ? code : QStringLiteral("en");
    // English is the source language: its file has only the plural forms. A system language
    // mmulab does not speak gets English, plurals included.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto mmulab = std::make_unique<QTranslator>();
    auto qt = std::make_unique<QTranslator>();
    const QString here = QStringLiteral(":/i18n");
    const bool hasMmulab = (!english && mmulab->load(locale, QStringLiteral("mmulab"), QStringLiteral("_"), here))
        || mmulab->load(QStringLiteral("mmulab_en"), here);
    const bool hasQt = !english
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    // The locale changes first: every removal and installation below redoes the texts, and the
    // numbers in them are then formatted for the new language already.
    QLocale::setDefault(locale);
    m_mmulab.reset();
    m_qt.reset();
    if (hasQt) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    if (hasMmulab) {
        QCoreApplication::installTranslator(mmulab.get());
        m_mmulab = std::move(mmulab);
    }
}
