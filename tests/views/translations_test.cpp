// SPDX-License-Identifier: GPL-3.0-or-later
// Translations (issue 8) are complete: lupdate refreshes a copy of each .ts file from the
// current sources, as `cmake --build BUILD --target update_translations` would, and the copy
// must have no unfinished entry (a new or changed string), no vanished one (a string the
// sources lost) and no empty one. Each translation keeps its source's placeholders, its
// shortcut and its HTML, which a translation tool does not check.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

struct Message {
    QString context;
    QString source;
    QString type; ///< of the translation: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; ///< the translation, one form per plural form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.forms << xml.readElementText(); // numerusform
                    } else {
                        m.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement(); // comments, locations
                }
            }
            messages << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QString &text, const QRegularExpression &re)
{
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found << m.captured();
    return sorted(found);
}

/** %1, %L2, %n, %Ln: what QString::arg and tr() fill in. */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    return matches(text, re);
}

/** Shortcut markers: an & before a character that is no other & and no space. */
int shortcuts(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    return static_cast<int>(matches(text, re).size());
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][^>]*>"));
    return matches(text, re);
}

QStringList problemsOf(const Message &m)
{
    QStringList problems;
    if (m.type == u"unfinished")
        problems << QStringLiteral("unfinished (new or changed in the sources, or not translated)");
    if (m.type == u"vanished" || m.type == u"obsolete")
        problems << QStringLiteral("vanished (no longer in the sources)");
    if (m.forms.isEmpty() || std::any_of(m.forms.begin(), m.forms.end(), [](const QString &f) { return f.isEmpty(); }))
        problems << QStringLiteral("empty translation");
    for (const QString &form : m.forms) {
        if (form.isEmpty())
            continue;
        if (placeholders(form) != placeholders(m.source))
            problems << QStringLiteral("placeholders %1 instead of %2 in “%3”")
                            .arg(placeholders(form).join(u' '), placeholders(m.source).join(u' '), form);
        if (std::min(shortcuts(form), 2) != std::min(shortcuts(m.source), 2) || shortcuts(form) > 1)
            problems << QStringLiteral("%1 shortcut markers (&) where the source has %2 in “%3”")
                            .arg(shortcuts(form))
                            .arg(shortcuts(m.source))
                            .arg(form);
        if (htmlTags(form) != htmlTags(m.source))
            problems << QStringLiteral("HTML tags differ in “%1”").arg(form);
    }
    return problems;
}

class Translations : public ::testing::TestWithParam<const char *> {};

TEST_P(Translations, CompleteForTheCurrentSources)
{
    const QString language = QString::fromLatin1(GetParam());
    const QString name = QStringLiteral("mmulab_%1.ts").arg(language);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(name);
    ASSERT_TRUE(QFile::copy(QDir(QStringLiteral(MMULAB_TS_DIR)).filePath(name), copy)) << name.toStdString();
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // Without -no-obsolete: what the sources lost stays in the copy, marked vanished. English is
    // the source language; its file holds the plural forms only.
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("@" MMULAB_TR_SOURCES_LIST), QStringLiteral("-ts"), copy};
    if (language == u"en")
        arguments.prepend(QStringLiteral("-pluralonly"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(MMULAB_LUPDATE), arguments);
    ASSERT_TRUE(lupdate.waitForFinished(120000)) << lupdate.errorString().toStdString();
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    // The views speak in hundreds of sentences; a handful would mean lupdate found no sources.
    // English keeps only the messages with plural forms.
    EXPECT_GT(messages.size(), language == u"en" ? 5 : 200);
    QStringList report;
    for (const Message &m : messages)
        for (const QString &problem : problemsOf(m))
            report << QStringLiteral("%1 / “%2”: %3").arg(m.context, m.source, problem);
    EXPECT_TRUE(report.isEmpty()) << report.size() << " problems in translations/" << name.toStdString()
                                  << " (refresh with: cmake --build BUILD --target update_translations, then translate):\n"
                                  << report.join(u'\n').toStdString();
}

std::string languageName(const ::testing::TestParamInfo<const char *> &language)
{
    return language.param;
}

INSTANTIATE_TEST_SUITE_P(Languages, Translations, ::testing::Values("de", "es", "zh_CN", "en"), languageName);

} // namespace
