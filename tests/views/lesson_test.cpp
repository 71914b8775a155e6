// SPDX-License-Identifier: GPL-3.0-or-later
// Lesson files in the window (issue 8): File → Open, Save, Save As, recent files, the title
// bar's modified marker, the question before unsaved work is lost, errors shown in the
// window with the open lesson untouched, and every bundled lesson played to its end.
#include "accessform.h"
#include "annotationlayer.h"
#include "appsettings.h"
#include "lessoncontroller.h"
#include "lessonnotesview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "stepcontroller.h"
#include "steplistview.h"
#include "windowfixture.h"

#include "lessonfile.h"
#include "stepnames.h"
#include "translationsession.h"

#include "../filesizelimit.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace {

using namespace viewtest;

/** A window with settings of its own, at the size of a projector, that never asks questions. */
struct Fixture : WindowFixture {
    int questions = 0;
    QMessageBox::StandardButton answer = QMessageBox::Discard;

    Fixture()
    {
        window->show();
        lessons()->setQuestion([this](const QString &) {
            ++questions;
            return answer;
        });
        settle();
    }
    LessonController *lessons() { return window->lessonController(); }
    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray bundled(int number)
{
    return readFile(LessonController::bundledLesson(number));
}

TEST(Lessons, TwelveAreBundledAndBundledLessonOneOpens)
{
    ASSERT_EQ(LessonController::bundledLessons().size(), 12);
    EXPECT_EQ(LessonController::bundledLesson(1), QStringLiteral(":/lessons/01-four-level-walk.mmulab"));
    EXPECT_EQ(LessonController::bundledLesson(12), QStringLiteral(":/lessons/12-ostep-multilevel.mmulab"));
    EXPECT_TRUE(LessonController::bundledLesson(13).isEmpty());

    Fixture f;
    ASSERT_TRUE(f.lessons()->open(LessonController::bundledLesson(1))) << f.lessons()->lastError().toStdString();
    const mmu::TranslationSession &s = f.w().session();
    EXPECT_EQ(s.count(), 3);
    EXPECT_EQ(s.current(), 0);
    EXPECT_EQ(s.translation().va, 0x7fffa1b2c3d4u);
    EXPECT_EQ(f.w().accessForm()->machine(), QStringLiteral("teaching"));
    EXPECT_EQ(f.w().windowTitle(), QStringLiteral("A four-level page walk[*] — mmulab"));
    EXPECT_FALSE(f.w().isWindowModified());
    EXPECT_TRUE(f.lessons()->isBundled());
    EXPECT_TRUE(f.lessons()->notesView()->lessonMarkdown().contains(QStringLiteral("PML4 index")));
    EXPECT_TRUE(f.lessons()->notesView()->accessMarkdown().contains(QStringLiteral("first access")));
    EXPECT_TRUE(f.w().findChild<QDockWidget *>(QStringLiteral("lessonNotesDock"))->isVisible());
    // The lesson's annotations are the layer's now.
    EXPECT_EQ(f.w().annotationLayer()->count(), static_cast<int>(f.lessons()->document().annotations.size()));
    EXPECT_GT(f.w().annotationLayer()->count(), 0);
}

TEST(Lessons, AnInlineMachineIsOfferedAndItsMappingsSurviveAnotherMachine)
{
    Fixture f;
    ASSERT_TRUE(f.lessons()->open(LessonController::bundledLesson(5)));
    EXPECT_EQ(f.w().accessForm()->machine(), LessonController::LessonMachineId);
    EXPECT_EQ(f.w().session().machine().memory.frames, 7u);
    const std::vector<mmu::Mapping> mappings = f.w().session().layout();
    ASSERT_EQ(mappings.size(), 1u);
    f.w().setMachine(QStringLiteral("skylake"));
    EXPECT_EQ(f.w().session().machine().name, "Skylake");
    EXPECT_EQ(f.w().session().layout(), mappings);
    EXPECT_EQ(f.w().session().count(), 12);
    EXPECT_TRUE(f.lessons()->isModified());
    EXPECT_TRUE(f.w().isWindowModified());
    f.w().setMachine(LessonController::LessonMachineId);
    EXPECT_EQ(f.w().session().machine().memory.frames, 7u);
    EXPECT_FALSE(f.lessons()->isModified()); // back to what the file says
}

// --- every bundled lesson, played in the window --------------------------------------------------

class BundledLessonInWindow : public testing::TestWithParam<int> {};

TEST_P(BundledLessonInWindow, PlaysToTheEndShowingEveryAnnotation)
{
    Fixture f;
    const QString path = LessonController::bundledLesson(GetParam());
    ASSERT_TRUE(f.lessons()->open(path)) << f.lessons()->lastError().toStdString();
    const mmu::Lesson lesson = f.lessons()->document();
    views::AnnotationLayer *layer = f.w().annotationLayer();
    views::StepController *steps = f.w().stepController();
    std::vector<bool> seen(static_cast<size_t>(layer->count()), false);
    int shownSteps = 0;
    int lastAccess = -1;
    for (;;) {
        settle();
        const int access = f.w().session().current();
        ++shownSteps;
        if (access != lastAccess) {
            const mmu::LessonAccess &a = lesson.accesses[static_cast<size_t>(access)];
            EXPECT_EQ(mmu::toId(f.w().session().accessResult().fault),
                      mmu::toId(a.expectedFault.value_or(mmu::OsFault::None)))
                << path.toStdString() << " access " << access + 1;
            // The step list follows into the next translation.
            EXPECT_EQ(f.w().stepListView()->topLevelItemCount(),
                      static_cast<int>(f.w().session().steps().size()) + 1);
            lastAccess = access;
        }
        for (int i = 0; i < layer->count(); ++i)
            if (layer->isShown(i))
                seen[static_cast<size_t>(i)] = true;
        if (steps->atEnd())
            break;
        steps->stepForward();
        ASSERT_LT(shownSteps, 2000) << "does not end";
    }
    EXPECT_EQ(lastAccess, static_cast<int>(lesson.accesses.size()) - 1);
    for (int i = 0; i < layer->count(); ++i)
        EXPECT_TRUE(seen[static_cast<size_t>(i)])
            << "annotation '" << layer->at(i).text << "' on " << layer->at(i).panel << "/" << layer->at(i).element
            << " of access " << layer->at(i).translation + 1 << " never shows";
    // Playing is not editing.
    EXPECT_FALSE(f.lessons()->isModified());
}

INSTANTIATE_TEST_SUITE_P(Lessons, BundledLessonInWindow, testing::Range(1, 13));

// --- errors leave the open lesson alone ---------------------------------------------------------

struct BrokenFile {
    const char *name;
    QByteArray contents; ///< written to the file; empty: the file is not created
    QString message;     ///< %1 is the file's path
};

void PrintTo(const BrokenFile &b, std::ostream *os)
{
    *os << b.name;
}

class BrokenLesson : public testing::TestWithParam<BrokenFile> {};

TEST_P(BrokenLesson, IsReportedInTheWindowAndChangesNothing)
{
    Fixture f;
    ASSERT_TRUE(f.lessons()->open(LessonController::bundledLesson(1)));
    f.w().translate(0x400000); // work not saved yet
    const mmu::Lesson before = f.lessons()->currentLesson();
    const QString title = f.w().windowTitle();
    ASSERT_TRUE(f.lessons()->isModified());

    const QString path = f.path("broken.mmulab");
    if (!GetParam().contents.isEmpty())
        writeFile(path, GetParam().contents);
    EXPECT_FALSE(f.lessons()->open(path));
    const std::string expected = GetParam().message.arg(path).toStdString();
    EXPECT_EQ(f.lessons()->lastError().toStdString(), expected);
    EXPECT_TRUE(f.w().messageBar()->isVisible());
    EXPECT_EQ(f.w().messageBar()->text().toStdString(), expected);

    EXPECT_TRUE(f.lessons()->currentLesson() == before);
    EXPECT_EQ(f.w().session().count(), 2); // the first access, and the one typed after it
    EXPECT_EQ(f.w().windowTitle(), title);
    EXPECT_TRUE(f.lessons()->isModified());
    EXPECT_EQ(f.lessons()->filePath(), LessonController::bundledLesson(1));
}

QByteArray withVersion2()
{
    QByteArray text = bundled(2);
    text.replace("\"version\": 1", "\"version\": 2");
    return text;
}

INSTANTIATE_TEST_SUITE_P(
    Lessons, BrokenLesson,
    testing::Values(
        BrokenFile{"newer", withVersion2(),
                   QStringLiteral("%1: version 2 is newer than this mmulab understands (1); update mmulab")},
        BrokenFile{"truncated", bundled(1).left(300),
                   QStringLiteral("%1:9:69: invalid JSON: syntax error while parsing value - invalid string: missing "
                                  "closing quote; last read: '\"address 0x7fff_a1b2_c3d4 into five fields and uses "
                                  "four of them'")},
        BrokenFile{"corrupt", QByteArray("{\"format\": \"mmulab-lesson\", \"version\": 1, }"),
                   QStringLiteral("%1:1:43: invalid JSON: syntax error while parsing object key - unexpected '}'; "
                                  "expected string literal")},
        BrokenFile{"wrong type", bundled(1).replace("\"address\": \"0x7fff_a1b2_c3d4\"", "\"address\": 42"),
                   QStringLiteral("%1: accesses[0].address: must be a string, not a whole number")},
        BrokenFile{"binary", QByteArray("\x89PNG\r\n\x1a\n\0\0", 10),
                   // The byte that is not UTF-8 reaches the window as U+FFFD.
                   QStringLiteral("%1:1:1: invalid JSON: syntax error while parsing value - invalid literal; "
                                  "last read: '\uFFFD'")},
        BrokenFile{"missing", QByteArray(), QStringLiteral("%1: no such file")}),
    [](const testing::TestParamInfo<BrokenFile> &param) {
        std::string n = param.param.name;
        std::replace(n.begin(), n.end(), ' ', '_');
        return n;
    });

// --- saving -------------------------------------------------------------------------------------

TEST(Lessons, SaveAsThenOpenGivesTheSameLesson)
{
    Fixture f;
    ASSERT_TRUE(f.lessons()->open(LessonController::bundledLesson(3)));
    f.w().translate(0x7fffa1b60000);
    f.w().annotationLayer()->add(mmu::Annotation::Kind::Callout, QStringLiteral("tlb"), QStringLiteral("L1 dTLB 4K.set"),
                                 QStringLiteral("a note of mine"));
    f.lessons()->setTitle(QStringLiteral("TLBs, my way"));
    ASSERT_TRUE(f.lessons()->isModified());
    const mmu::Lesson made = f.lessons()->currentLesson();

    const QString path = f.path("mine.mmulab");
    ASSERT_TRUE(f.lessons()->saveAs(path)) << f.lessons()->lastError().toStdString();
    EXPECT_FALSE(f.lessons()->isModified());
    EXPECT_FALSE(f.w().isWindowModified());
    EXPECT_EQ(f.w().windowTitle(), QStringLiteral("mine.mmulab[*] — mmulab"));
    EXPECT_EQ(f.lessons()->filePath(), path);
    EXPECT_EQ(readFile(path), QByteArray::fromStdString(mmu::serializeLesson(made)));

    Fixture g;
    ASSERT_TRUE(g.lessons()->open(path));
    EXPECT_TRUE(g.lessons()->currentLesson() == made);
    EXPECT_EQ(g.w().session().count(), static_cast<int>(made.accesses.size()));
    // Recent files, newest first, through the typed settings.
    const auto settings = settingsIn(g.dir);
    ASSERT_FALSE(settings->recentLessons().isEmpty());
    EXPECT_EQ(settings->recentLessons().front(), QFileInfo(path).absoluteFilePath());
}

TEST(Lessons, SaveWritesBackToTheFileAndBundledLessonsAreNotOverwritten)
{
    Fixture f;
    ASSERT_TRUE(f.lessons()->open(LessonController::bundledLesson(1)));
    EXPECT_FALSE(f.lessons()->save()); // no file of its own yet
    EXPECT_FALSE(f.lessons()->saveAs(LessonController::bundledLesson(1)));
    const QString path = f.path("walk.mmulab");
    ASSERT_TRUE(f.lessons()->saveAs(path));
    f.w().stepController()->goTo(2, 0); // translating appends after the access shown
    f.w().translate(0x600000);
    EXPECT_TRUE(f.lessons()->isModified());
    ASSERT_TRUE(f.lessons()->save());
    auto again = mmu::parseLesson(readFile(path).toStdString(), "walk.mmulab");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->accesses.size(), 4u);
    EXPECT_EQ(again->accesses.back().access.va, 0x600000u);
}

TEST(Lessons, AFailedSaveKeepsTheOldFileAndTheUnsavedWork)
{
    Fixture f;
    ASSERT_TRUE(f.lessons()->open(LessonController::bundledLesson(2)));
    const QString path = f.path("old.mmulab");
    ASSERT_TRUE(f.lessons()->saveAs(path));
    const QByteArray old = readFile(path);
    for (int i = 0; i < 20; ++i)
        f.w().translate(0x7fffa1b00000 + static_cast<uint64_t>(i) * 0x1000);
    f.lessons()->setNotes(QStringLiteral("A long note.\n").repeated(500));
    const mmu::Lesson work = f.lessons()->currentLesson();
    ASSERT_GT(mmu::serializeLesson(work).size(), static_cast<size_t>(old.size()));

    {
        const FileSizeLimit limit(static_cast<rlim_t>(old.size())); // the new text is longer
        EXPECT_FALSE(f.lessons()->save());
    }
    EXPECT_TRUE(f.lessons()->lastError().startsWith(path + QStringLiteral(": cannot save: ")))
        << f.lessons()->lastError().toStdString();
    EXPECT_EQ(f.w().messageBar()->text().toStdString(), f.lessons()->lastError().toStdString());
    EXPECT_EQ(readFile(path), old);

    // A directory that does not exist, and a file where a directory should be.
    writeFile(f.path("plain"), "x");
    for (const QString &bad : {f.path("absent/new.mmulab"), f.path("plain/new.mmulab")}) {
        EXPECT_FALSE(f.lessons()->saveAs(bad)) << bad.toStdString();
        EXPECT_TRUE(f.lessons()->lastError().startsWith(bad + QStringLiteral(": cannot save: ")));
        EXPECT_FALSE(QFileInfo::exists(bad));
    }
    EXPECT_EQ(readFile(f.path("plain")), QByteArray("x"));
    EXPECT_EQ(f.lessons()->filePath(), path);
    EXPECT_TRUE(f.lessons()->isModified());
    EXPECT_TRUE(f.lessons()->currentLesson() == work);
    // Nothing else was left in the directory (QSaveFile removed its temporary files).
    EXPECT_EQ(QDir(f.dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 3); // ini, old, plain
}

// --- unsaved work -------------------------------------------------------------------------------

TEST(Lessons, QuittingOrOpeningWithUnsavedChangesAsks)
{
    Fixture f;
    const QString path = f.path("asked.mmulab");
    ASSERT_TRUE(f.lessons()->open(LessonController::bundledLesson(1)));
    ASSERT_TRUE(f.lessons()->saveAs(path));
    f.w().close(); // nothing to ask about
    EXPECT_EQ(f.questions, 0);
    f.w().show();

    f.w().stepController()->goTo(2, 0);
    f.w().translate(0x400000);
    ASSERT_TRUE(f.w().isWindowModified());
    f.answer = QMessageBox::Cancel;
    EXPECT_FALSE(f.w().close());
    EXPECT_EQ(f.questions, 1);
    EXPECT_TRUE(f.w().isVisible());
    EXPECT_FALSE(f.lessons()->maybeSave()); // so File → Open stops too
    EXPECT_EQ(f.questions, 2);

    f.answer = QMessageBox::Save;
    EXPECT_TRUE(f.w().close());
    EXPECT_EQ(f.questions, 3);
    auto saved = mmu::parseLesson(readFile(path).toStdString(), "asked.mmulab");
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->accesses.size(), 4u);
    EXPECT_FALSE(f.w().isWindowModified());
}

TEST(Lessons, ScratchWorkInAnUntitledLessonIsNotAskedAbout)
{
    Fixture f;
    f.w().translate(0x7fffa1b2c3d4);
    EXPECT_TRUE(f.lessons()->isModified());
    EXPECT_EQ(f.w().windowTitle(), QStringLiteral("Untitled[*] — mmulab"));
    EXPECT_TRUE(f.w().close());
    EXPECT_EQ(f.questions, 0);
    // An annotation is authored work: that is asked about.
    f.w().show();
    f.w().annotationLayer()->add(mmu::Annotation::Kind::Box, QStringLiteral("walk"), QStringLiteral("CR3"));
    f.answer = QMessageBox::Discard;
    EXPECT_TRUE(f.w().close());
    EXPECT_EQ(f.questions, 1);
}

TEST(Lessons, NewLessonKeepsTheMachineAndClearsTheRest)
{
    Fixture f;
    ASSERT_TRUE(f.lessons()->open(LessonController::bundledLesson(3)));
    f.lessons()->newLesson();
    EXPECT_EQ(f.w().session().count(), 0);
    EXPECT_EQ(f.w().session().machine().name, "Skylake");
    EXPECT_EQ(f.w().annotationLayer()->count(), 0);
    EXPECT_TRUE(f.lessons()->filePath().isEmpty());
    EXPECT_FALSE(f.lessons()->isModified());
    EXPECT_EQ(f.w().windowTitle(), QStringLiteral("Untitled[*] — mmulab"));
}

} // namespace
