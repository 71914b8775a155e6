// SPDX-License-Identifier: GPL-3.0-or-later
// Languages (issue 8): switching in the settings changes every text at once, without a restart,
// and numbers in sentences follow the language while addresses stay hex.
#include "applanguage.h"
#include "appsettings.h"
#include "bitsliceview.h"
#include "mainwindow.h"
#include "narrationview.h"
#include "stepcontroller.h"
#include "stepnarrator.h"

#include "pagingformat.h"
#include "translationsession.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QGroupBox>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

constexpr uint64_t WorkedExample = 0x7fffa1b2c3d4; // FACTS.md: 4 KiB page, offset 0x3d4

QString hex(uint64_t value)
{
    return QStringLiteral("0x%1").arg(value, 0, 16);
}

/** What a person reads first: the first menu, a panel's title, a dock's title, the narration. */
struct Texts {
    QString menu;
    QString panel;
    QString dock;
    QString narration;
};

Texts textsOf(const MainWindow &w)
{
    const auto *box = qobject_cast<const QGroupBox *>(w.bitSliceView()->parentWidget());
    const auto *dock = w.findChild<QDockWidget *>(QStringLiteral("lessonNotesDock"));
    return {w.menuBar()->actions().value(0)->text(), box ? box->title() : QString(), dock ? dock->windowTitle() : QString(),
            w.narrationView()->sentence()};
}

QString checkedLanguage(const MainWindow &w)
{
    for (const QAction *a : w.findChildren<QAction *>())
        if (a->actionGroup() && a->isChecked() && a->data().typeId() == QMetaType::QString)
            return a->data().toString();
    return QStringLiteral("(none)");
}

TEST(Language, SwitchesWithoutRestartAndBack)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("mmulab.ini"));
    MainWindow w(std::make_unique<AppSettings>(std::make_unique<QSettings>(ini, QSettings::IniFormat)));
    w.setAnimationsEnabled(false);
    w.setLanguage(QStringLiteral("en"));
    w.translate(WorkedExample);
    int physical = -1;
    for (size_t i = 0; i < w.session().steps().size(); ++i)
        if (w.session().steps()[i].stage == mmu::Stage::Physical)
            physical = static_cast<int>(i);
    ASSERT_GE(physical, 0);
    w.stepController()->goToStep(physical);
    const uint64_t pa = w.lastTranslation().physical;
    const QString frame = hex(pa & ~uint64_t{0xfff});

    const Texts english = textsOf(w);
    EXPECT_EQ(english.menu, QStringLiteral("&File"));
    EXPECT_EQ(english.panel, QStringLiteral("Virtual address"));
    EXPECT_EQ(english.dock, QStringLiteral("Lesson notes"));
    EXPECT_EQ(english.narration,
              QStringLiteral("Physical address = page frame %1 + offset 0x3d4 = %2 (4 KiB page).").arg(frame, hex(pa)));
    EXPECT_EQ(checkedLanguage(w), QStringLiteral("en"));

    w.setLanguage(QStringLiteral("de"));
    const Texts german = textsOf(w);
    EXPECT_EQ(german.menu, QStringLiteral("&Datei"));
    EXPECT_EQ(german.panel, QStringLiteral("Virtuelle Adresse"));
    EXPECT_EQ(german.dock, QStringLiteral("Notizen zur Lektion"));
    EXPECT_EQ(german.narration, QStringLiteral("Physische Adresse = Seitenrahmen %1 + Offset 0x3d4 = %2 (4 KiB-Seite).")
                                    .arg(frame, hex(pa)));
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral(" Takte"))) << w.statusBar()->currentMessage().toStdString();
    EXPECT_EQ(w.stepController()->step(), physical) << "a change of language keeps the place";
    EXPECT_EQ(checkedLanguage(w), QStringLiteral("de"));
    EXPECT_EQ(AppSettings(std::make_unique<QSettings>(ini, QSettings::IniFormat)).language(), QStringLiteral("de"));

    w.setLanguage(QStringLiteral("en"));
    const Texts back = textsOf(w);
    EXPECT_EQ(back.menu, english.menu);
    EXPECT_EQ(back.panel, english.panel);
    EXPECT_EQ(back.dock, english.dock);
    EXPECT_EQ(back.narration, english.narration);
    EXPECT_EQ(checkedLanguage(w), QStringLiteral("en"));
}

TEST(Language, EveryTranslationLoads)
{
    // A language whose .qm file is not embedded would leave the texts English without a word.
    QTemporaryDir dir;
    MainWindow w(std::make_unique<AppSettings>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("mmulab.ini")), QSettings::IniFormat)));
    const std::pair<const char *, const char *> files[] = {{"de", "&Datei"}, {"es", "&Archivo"}, {"zh_CN", "文件(&F)"}};
    for (const auto &[code, file] : files) {
        w.setLanguage(QString::fromLatin1(code));
        EXPECT_EQ(w.menuBar()->actions().value(0)->text(), QString::fromUtf8(file)) << code;
    }
    w.setLanguage(QStringLiteral("en"));
}

TEST(Language, EveryLanguageFitsTheProjectorAndChineseHasGlyphs)
{
    // Longer German words or CJK text must not make the window wider than a 1080p projector.
    // The pictures go to the screenshot folder for a person to look at.
    ASSERT_FALSE(QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty())
        << "no font with Chinese glyphs: scripts/install-deps installs fonts-noto-cjk";
    QTemporaryDir dir;
    MainWindow w(std::make_unique<AppSettings>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("mmulab.ini")), QSettings::IniFormat)));
    w.setAnimationsEnabled(false);
    w.resize(1920, 1080);
    w.show();
    w.translate(WorkedExample);
    w.stepController()->goToStep(3);
    QDir().mkpath(QStringLiteral(MMULAB_SCREENSHOT_DIR));
    for (const char *code : {"de", "es", "zh_CN", "en"}) {
        w.setLanguage(QString::fromLatin1(code));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        EXPECT_LE(w.minimumSizeHint().width(), 1920) << code;
        EXPECT_LE(w.minimumSizeHint().height(), 1080) << code;
        EXPECT_LE(w.menuBar()->sizeHint().width(), 1920) << code;
        const QImage picture = w.grab().toImage();
        EXPECT_EQ(picture.size(), QSize(1920, 1080)) << code;
        EXPECT_TRUE(picture.save(QStringLiteral(MMULAB_SCREENSHOT_DIR "/mainwindow-%1.png").arg(QLatin1String(code))));
    }
}

TEST(Language, NumbersInSentencesFollowTheLanguageAndHexStaysHex)
{
    AppLanguage language;
    const views::StepNarrator narrator(mmu::x86_64Format());
    mmu::Translation t;
    t.va = WorkedExample;
    t.physical = 0x123453d4;
    t.pageSize = 4096;
    t.cycles = 1234567;
    language.apply(QStringLiteral("de"));
    EXPECT_EQ(narrator.summarize(t), QStringLiteral("0x7fffa1b2c3d4 → 0x123453d4 (4 KiB-Seite), 1.234.567 Takte"));
    t.cycles = 1;
    EXPECT_EQ(narrator.summarize(t), QStringLiteral("0x7fffa1b2c3d4 → 0x123453d4 (4 KiB-Seite), 1 Takt"));
    language.apply(QStringLiteral("en"));
    EXPECT_EQ(narrator.summarize(t), QStringLiteral("0x7fffa1b2c3d4 → 0x123453d4 (4 KiB page), 1 cycle"));
    t.cycles = 1234567;
    EXPECT_EQ(narrator.summarize(t), QStringLiteral("0x7fffa1b2c3d4 → 0x123453d4 (4 KiB page), 1,234,567 cycles"));
}

} // namespace
