// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"
#include "lessonfile.h"
#include "machinefile.h"
#include "stepnames.h"

#include "../filesizelimit.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeAll(const fs::path &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary) << text;
}

/** A fresh, empty directory for one test. */
fs::path scratchDir(const std::string &name)
{
    const fs::path dir = fs::path(testing::TempDir()) / ("mmulab-lesson-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

/** A lesson that sets every field to something other than its default. */
mmu::Lesson fullLesson()
{
    mmu::Lesson l;
    l.title = "Everything — with ünïcode";
    l.notes = "# Heading\n\nA paragraph.\n";
    l.machine = *mmu::loadMachine("skylake");
    l.machine.memory.frames = 64;
    l.machine.memory.policy = "clock";
    mmu::Mapping m;
    m.name = "file";
    m.start = 0x7f1234000000;
    m.length = 256 * 1024;
    m.perms = {.write = false, .execute = true, .user = true};
    m.populated = false;
    m.fileBacked = true;
    m.pageCacheWarm = true;
    m.locked = true;
    m.sequential = true;
    mmu::Mapping k;
    k.name = "kernel";
    k.start = 0xffffffff81000000;
    k.length = 2 << 20;
    k.pageSize = 2 << 20;
    k.perms = {.write = true, .execute = false, .user = false};
    k.global = true;
    mmu::Mapping t;
    t.name = "thp";
    t.start = 0x10000000;
    t.length = 4 << 20;
    t.perms = {.write = true, .execute = false, .user = true};
    t.thp = true;
    t.populated = false;
    l.mappings = {m, k, t};
    l.accesses.push_back({{0x7f1234000010, mmu::AccessType::Execute, mmu::Privilege::User}, mmu::OsFault::Minor,
                          "first\nsecond"});
    l.accesses.push_back({{0xffffffff81000000, mmu::AccessType::Write, mmu::Privilege::Supervisor}, std::nullopt, ""});
    mmu::Annotation every;
    every.kind = mmu::Annotation::Kind::Box;
    every.panel = "tlb";
    every.size = {0.25, 0.5};
    mmu::Annotation callout;
    callout.kind = mmu::Annotation::Kind::Callout;
    callout.panel = "walk";
    callout.element = "PD.entry";
    callout.text = "two\nlines";
    callout.offset = {4.5, -1.25};
    callout.translation = 0;
    callout.step = 7;
    mmu::Annotation arrow;
    arrow.kind = mmu::Annotation::Kind::Arrow;
    arrow.panel = "bits";
    arrow.element = "PML4";
    arrow.offset = {-2, 3};
    arrow.translation = 1;
    l.annotations = {callout, every, arrow};
    return l;
}

TEST(LessonFile, RoundTripsEveryField)
{
    const mmu::Lesson lesson = fullLesson();
    const std::string text = mmu::serializeLesson(lesson);
    auto back = mmu::parseLesson(text, "full.mmulab");
    ASSERT_TRUE(back) << back.error().message() << "\n" << text;
    EXPECT_TRUE(*back == lesson) << text;
    // Stable: writing what was read gives the same bytes.
    EXPECT_EQ(mmu::serializeLesson(*back), text);
}

TEST(LessonFile, SaveThenLoadGivesTheSameLesson)
{
    const fs::path dir = scratchDir("saveload");
    const std::string path = (dir / "full.mmulab").string();
    const mmu::Lesson lesson = fullLesson();
    auto saved = mmu::saveLessonFile(path, lesson);
    ASSERT_TRUE(saved) << saved.error().message();
    auto loaded = mmu::loadLessonFile(path);
    ASSERT_TRUE(loaded) << loaded.error().message();
    EXPECT_TRUE(*loaded == lesson);
    // Nothing but the file itself is left in the directory.
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
}

TEST(LessonFile, WritesPresetsAndTheDefaultLayoutByName)
{
    mmu::Lesson lesson = mmu::emptyLesson(*mmu::loadMachine("teaching"));
    lesson.title = "Short";
    lesson.accesses.push_back({{0x7fffa1b2c3d4}, std::nullopt, ""});
    const std::string text = mmu::serializeLesson(lesson);
    EXPECT_EQ(text, R"({
  "format": "mmulab-lesson",
  "version": 1,
  "title": "Short",
  "machine": "teaching",
  "mappings": "default",
  "accesses": [{ "address": "0x7fff_a1b2_c3d4", "access": "read", "mode": "user" }]
}
)");
    // A changed preset is no longer the preset: it is written in full.
    lesson.machine.memory.frames = 100;
    const nlohmann::ordered_json j = mmu::lessonToJson(lesson);
    ASSERT_TRUE(j.at("machine").is_object());
    EXPECT_EQ(j.at("machine").at("memory").at("frames"), 100);
    EXPECT_EQ(j.at("machine").begin().key(), "name");
}

TEST(LessonFile, AcceptsSizesAndLinesAsPeopleWriteThem)
{
    auto l = mmu::parseLesson(R"({"format": "mmulab-lesson", "version": 1, "machine": "teaching",
        "notes": ["one", "", "three"],
        "mappings": [{"name": "a", "start": "0x1000_0000", "length": "0x3000", "perms": "rw-"},
                     {"name": "b", "start": "0x2000_0000", "length": 8192, "perms": "r--"},
                     {"name": "c", "start": "0x4000_0000", "length": "2M", "perms": "r-x", "page_size": "2M"}],
        "accesses": [{"address": "2000_0008"}]})",
                              "ok.mmulab");
    ASSERT_TRUE(l) << l.error().message();
    EXPECT_EQ(l->notes, "one\n\nthree");
    ASSERT_EQ(l->mappings.size(), 3u);
    EXPECT_EQ(l->mappings[0].length, 0x3000u);
    EXPECT_EQ(l->mappings[1].length, 8192u);
    EXPECT_EQ(l->mappings[2].pageSize, 2u << 20);
    EXPECT_FALSE(l->mappings[1].perms.write);
    EXPECT_TRUE(l->mappings[2].perms.execute);
    ASSERT_EQ(l->accesses.size(), 1u);
    EXPECT_EQ(l->accesses[0].access.va, 0x20000008u);
    EXPECT_EQ(l->accesses[0].access.type, mmu::AccessType::Read);
    EXPECT_EQ(l->accesses[0].access.privilege, mmu::Privilege::User);
}

// --- errors -------------------------------------------------------------------------------------

struct ErrorCase {
    const char *name;
    std::string text;
    std::string message;
};

void PrintTo(const ErrorCase &c, std::ostream *os)
{
    *os << c.name;
}

class LessonErrors : public testing::TestWithParam<ErrorCase> {};

TEST_P(LessonErrors, NameWhatAndWhere)
{
    auto l = mmu::parseLesson(GetParam().text, "lesson.mmulab");
    ASSERT_FALSE(l) << "accepted: " << GetParam().text;
    EXPECT_EQ(l.error().message(), GetParam().message);
}

std::string presetList()
{
    std::string names;
    for (const std::string &n : mmu::presetNames())
        names += (names.empty() ? "" : ", ") + n;
    return names;
}

const std::string Head = R"({"format": "mmulab-lesson", "version": 1, "machine": "teaching", )";

INSTANTIATE_TEST_SUITE_P(
    LessonFile, LessonErrors,
    testing::Values(
        ErrorCase{"newer", R"({"format": "mmulab-lesson", "version": 2, "whatever": [], "accesses": 3})",
                  "lesson.mmulab: version 2 is newer than this mmulab understands (1); update mmulab"},
        ErrorCase{"corrupt", "{\"format\": \"mmulab-lesson\",\n  \"version\": 1,,\n}",
                  "lesson.mmulab:2:16: invalid JSON: syntax error while parsing object key - unexpected ','; "
                  "expected string literal"},
        ErrorCase{"truncated", "{\"format\": \"mmulab-lesson\", \"version\": 1, \"machine\": \"teach",
                  "lesson.mmulab:1:60: invalid JSON: syntax error while parsing value - invalid string: missing "
                  "closing quote; last read: '\"teach'"},
        ErrorCase{"empty", "", "lesson.mmulab:1:1: invalid JSON: syntax error while parsing value - unexpected "
                               "end of input; expected '[', '{', or a literal"},
        ErrorCase{"array", "[]", "lesson.mmulab: not an mmulab lesson: the file holds an array, not an object"},
        ErrorCase{"machine file", R"({"name": "x", "paging": "x86-64"})",
                  "lesson.mmulab: format: missing; a lesson file starts with \"format\": \"mmulab-lesson\""},
        ErrorCase{"other format", R"({"format": "mmulab-trace", "version": 1})",
                  "lesson.mmulab: format: 'mmulab-trace' is not an mmulab lesson (expected \"mmulab-lesson\")"},
        ErrorCase{"version type", R"({"format": "mmulab-lesson", "version": "1"})",
                  "lesson.mmulab: version: must be a whole number, not a string"},
        ErrorCase{"version zero", R"({"format": "mmulab-lesson", "version": 0})",
                  "lesson.mmulab: version: 0 is out of range (1 to 18446744073709551615)"},
        ErrorCase{"address type", Head + R"("accesses": [{"address": 140737488355328}]})",
                  "lesson.mmulab: accesses[0].address: must be a string, not a whole number"},
        ErrorCase{"accesses type", Head + R"("accesses": {}})",
                  "lesson.mmulab: accesses: must be an array, not an object"},
        ErrorCase{"missing accesses", Head + R"("title": "x"})", "lesson.mmulab: accesses: missing"},
        ErrorCase{"unknown key", Head + R"("accesses": [], "colour": 1})",
                  "lesson.mmulab: colour: unknown key (known keys: format, version, title, notes, machine, "
                  "mappings, entries, ostep, annotations, accesses)"},
        ErrorCase{"entry level", Head + R"("entries": [{"address": "0x1000", "level": "VPN[1]", "value": "0x1"}], "accesses": []})",
                  "lesson.mmulab: entries[0].level: 'VPN[1]' is not a level of x86-64 (PML4, PDPT, PD, PT)"},
        ErrorCase{"ostep on x86-64", Head + R"("ostep": "PDBR: 0", "accesses": []})",
                  "lesson.mmulab: ostep: an OSTEP problem needs \"paging\": \"ostep\", not 'x86-64'"},
        ErrorCase{"bad address", Head + R"("accesses": [{}, {"address": "0x12g4"}]})",
                  "lesson.mmulab: accesses[0].address: missing"},
        ErrorCase{"bad hex", Head + R"("accesses": [{"address": "0x12g4"}]})",
                  "lesson.mmulab: accesses[0].address: '0x12g4': 'g' at column 5 is not a hex digit"},
        ErrorCase{"bad access", Head + R"("accesses": [{"address": "0x1000", "access": "fetch"}]})",
                  "lesson.mmulab: accesses[0].access: unknown value 'fetch' (known: read, write, execute)"},
        ErrorCase{"bad fault", Head + R"("accesses": [{"address": "0x1000", "expect_fault": "major-ish"}]})",
                  "lesson.mmulab: accesses[0].expect_fault: unknown value 'major-ish' (known: none, minor, "
                  "major, protection, segv, general-protection, bus)"},
        ErrorCase{"unknown preset", R"({"format": "mmulab-lesson", "version": 1, "machine": "pentium", "accesses": []})",
                  "lesson.mmulab: machine: unknown preset 'pentium' (presets: " + presetList()
                      + "; or give the machine as an object)"},
        ErrorCase{"inline machine", R"({"format": "mmulab-lesson", "version": 1, "accesses": [], "machine":
                  {"name": "m", "paging": "x86-64", "clock_ghz": 1, "dram_latency": 100,
                   "tlbs": [{"name": "L1", "level": 1, "page_sizes": ["4K"], "entries": 16, "ways": 3, "latency": 1}]}})",
                  "lesson.mmulab: machine.tlbs[0].ways: 3 ways do not divide 16 entries"},
        ErrorCase{"mappings word", Head + R"("mappings": "usual", "accesses": []})",
                  "lesson.mmulab: mappings: 'usual' is not \"default\" or an array of mappings"},
        ErrorCase{"perms", Head + R"("mappings": [{"name": "a", "start": "0x1000", "length": "4K", "perms": "wx"}], "accesses": []})",
                  "lesson.mmulab: mappings[0].perms: 'wx' is not a permission such as \"r--\", \"rw-\" or "
                  "\"r-x\" (pages are always readable)"},
        ErrorCase{"alignment", Head + R"("mappings": [{"name": "a", "start": "0x1800", "length": "4K", "perms": "r--"}], "accesses": []})",
                  "lesson.mmulab: mappings[0].start: 0x1800 is not aligned to its 4K pages"},
        ErrorCase{"length", Head + R"("mappings": [{"name": "a", "start": "0x1000", "length": "10Q", "perms": "r--"}], "accesses": []})",
                  "lesson.mmulab: mappings[0].length: '10Q' is not a size such as \"64K\", \"2M\", \"1G\" or \"0x10000\""},
        ErrorCase{"overlap", Head + R"("mappings": [{"name": "a", "start": "0x1000", "length": "8K", "perms": "r--"},
                  {"name": "b", "start": "0x2000", "length": "4K", "perms": "r--"}], "accesses": []})",
                  "lesson.mmulab: mappings[1].start: 'b' overlaps mappings[0] 'a'"},
        ErrorCase{"non-canonical mapping", Head + R"("mappings": [{"name": "a", "start": "0x7fff_ffff_f000", "length": "8K", "perms": "r--"}], "accesses": []})",
                  "lesson.mmulab: mappings[0].start: the mapping 0x7fff_ffff_f000 + 8K is not canonical in x86-64"},
        ErrorCase{"too populated", Head + R"("mappings": [{"name": "a", "start": "0x1000_0000", "length": "1G", "perms": "r--"}], "accesses": []})",
                  "lesson.mmulab: mappings[0].populated: more than 65536 pages would be populated; use "
                  "\"populated\": false for demand paging"},
        ErrorCase{"annotation panel", Head + R"("accesses": [{"address": "0x1000", "annotations": [{"kind": "box", "anchor": {"panel": "chart"}}]}]})",
                  "lesson.mmulab: accesses[0].annotations[0].anchor.panel: unknown panel 'chart' (known: bits, "
                  "walk, tlb, cycles, fault, memory, narration, steps)"},
        ErrorCase{"annotation kind", Head + R"("accesses": [], "annotations": [{"kind": "circle", "anchor": {"panel": "walk"}}]})",
                  "lesson.mmulab: annotations[0].kind: unknown kind 'circle' (known: callout, arrow, box)"},
        ErrorCase{"callout text", Head + R"("accesses": [{"address": "0x1000", "annotations": [{"kind": "callout", "anchor": {"panel": "walk"}}]}]})",
                  "lesson.mmulab: accesses[0].annotations[0].text: a callout needs text"},
        ErrorCase{"offset", Head + R"("accesses": [{"address": "0x1000", "annotations": [{"kind": "box", "anchor": {"panel": "walk"}, "offset": [1]}]}]})",
                  "lesson.mmulab: accesses[0].annotations[0].offset: must be two numbers [x, y], not 1"},
        ErrorCase{"step", Head + R"("accesses": [{"address": "0x1000", "annotations": [{"kind": "box", "anchor": {"panel": "walk"}, "step": -2}]}]})",
                  "lesson.mmulab: accesses[0].annotations[0].step: -2 is out of range (-1 to 10000)"},
        ErrorCase{"notes type", Head + R"("accesses": [], "notes": [1]})",
                  "lesson.mmulab: notes[0]: must be a string (a line of text), not a whole number"}),
    [](const testing::TestParamInfo<ErrorCase> &param) {
        std::string n = param.param.name;
        std::replace_if(
            n.begin(), n.end(), [](char ch) { return !std::isalnum(static_cast<unsigned char>(ch)); }, '_');
        return n;
    });

TEST(LessonFile, MissingFileAndDirectoryAreNamed)
{
    const fs::path dir = scratchDir("missing");
    auto none = mmu::loadLessonFile((dir / "nope.mmulab").string());
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().message(), (dir / "nope.mmulab").string() + ": no such file");
    auto isDir = mmu::loadLessonFile(dir.string());
    ASSERT_FALSE(isDir);
    EXPECT_EQ(isDir.error().message(), dir.string() + ": is a directory, not a file");
}

// --- atomic saves -------------------------------------------------------------------------------

TEST(AtomicFile, FailedSavesLeaveNothingBehind)
{
    const fs::path dir = scratchDir("failed");
    writeAll(dir / "plain-file", "x");
    fs::create_directories(dir / "a-directory");
    const mmu::Lesson lesson = fullLesson();

    auto noDir = mmu::saveLessonFile((dir / "absent" / "l.mmulab").string(), lesson);
    ASSERT_FALSE(noDir);
    EXPECT_EQ(noDir.error().message(), (dir / "absent" / "l.mmulab").string()
                                           + ": cannot save: cannot create a temporary file next to it: No such file or directory");
    auto fileAsDir = mmu::saveLessonFile((dir / "plain-file" / "l.mmulab").string(), lesson);
    ASSERT_FALSE(fileAsDir);
    EXPECT_NE(fileAsDir.error().message().find("Not a directory"), std::string::npos) << fileAsDir.error().message();
    auto onDir = mmu::saveLessonFile((dir / "a-directory").string(), lesson);
    ASSERT_FALSE(onDir);
    EXPECT_EQ(onDir.error().message(), (dir / "a-directory").string() + ": cannot save: is a directory");

    EXPECT_EQ(readAll(dir / "plain-file"), "x");
    EXPECT_TRUE(fs::is_empty(dir / "a-directory"));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 2);
}

TEST(AtomicFile, AWriteErrorHalfwayKeepsTheOldFile)
{
    const fs::path dir = scratchDir("halfway");
    const std::string path = (dir / "l.mmulab").string();
    const std::string old = mmu::serializeLesson(mmu::emptyLesson(*mmu::loadMachine("teaching")));
    writeAll(path, old);
    {
        const FileSizeLimit limit(100); // the new lesson is far longer
        auto saved = mmu::saveLessonFile(path, fullLesson());
        ASSERT_FALSE(saved);
        EXPECT_NE(saved.error().message().find("write error: File too large"), std::string::npos)
            << saved.error().message();
    }
    EXPECT_EQ(readAll(path), old);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
}

TEST(AtomicFile, ReplacingKeepsThePermissions)
{
    const fs::path dir = scratchDir("perms");
    const std::string path = (dir / "l.txt").string();
    writeAll(path, "old");
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    ASSERT_TRUE(mmu::writeFileAtomically(path, "new"));
    EXPECT_EQ(readAll(path), "new");
    EXPECT_EQ(fs::status(path).permissions(), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

// --- sessions -----------------------------------------------------------------------------------

TEST(LessonSession, EditsKeepTheNotesOfUnchangedAccesses)
{
    mmu::Lesson lesson = fullLesson();
    lesson.mappings = mmu::defaultProcessLayout();
    lesson.accesses = {{{0x7fffa1b2c3d4}, std::nullopt, "first"},
                       {{0x7fffa1b2d3d4}, std::nullopt, "second"},
                       {{0x400000}, std::nullopt, "third"}};
    auto session = mmu::openLessonSession(lesson);
    ASSERT_EQ(session->count(), 3);
    EXPECT_EQ(session->current(), 0);
    EXPECT_TRUE(mmu::lessonWithSession(lesson, *session, lesson.annotations) == lesson);

    // Step to the second access and translate something else: the third goes, with its notes.
    session->goTo(1);
    session->translate({0x600000, mmu::AccessType::Write});
    const mmu::Lesson edited = mmu::lessonWithSession(lesson, *session, lesson.annotations);
    ASSERT_EQ(edited.accesses.size(), 3u);
    EXPECT_EQ(edited.accesses[0].notes, "first");
    EXPECT_EQ(edited.accesses[1].notes, "second");
    EXPECT_EQ(edited.accesses[2].notes, "");
    EXPECT_EQ(edited.accesses[2].access.va, 0x600000u);
    // Annotations of access 1 (the arrow) and of every access (the box) stay; none was on access 2.
    EXPECT_EQ(edited.annotations.size(), 3u);
}

// --- the bundled lessons ------------------------------------------------------------------------

std::vector<fs::path> bundledLessons()
{
    std::vector<fs::path> files;
    for (const auto &e : fs::directory_iterator(MMULAB_LESSON_DIR))
        if (e.path().extension() == ".mmulab")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

TEST(BundledLessons, TwelveLessonsInOrder)
{
    const auto files = bundledLessons();
    ASSERT_EQ(files.size(), 12u);
    for (size_t i = 0; i < files.size(); ++i)
        EXPECT_EQ(files[i].filename().string().substr(0, 3), (i < 9 ? "0" : "") + std::to_string(i + 1) + "-");
}

class BundledLesson : public testing::TestWithParam<fs::path> {};

TEST_P(BundledLesson, LoadsAndIsWrittenAsTheWriterWouldWriteIt)
{
    const std::string text = readAll(GetParam());
    auto lesson = mmu::parseLesson(text, GetParam().filename().string());
    ASSERT_TRUE(lesson) << lesson.error().message();
    EXPECT_FALSE(lesson->title.empty());
    EXPECT_FALSE(lesson->notes.empty());
    EXPECT_GE(lesson->accesses.size(), 2u);
    EXPECT_GE(lesson->annotations.size(), 1u);
    // The bundled lessons double as golden files for the writer.
    EXPECT_EQ(mmu::serializeLesson(*lesson), text);
}

TEST_P(BundledLesson, PlaysToTheEndWithOnlyTheFaultsItIntends)
{
    auto lesson = mmu::loadLessonFile(GetParam().string());
    ASSERT_TRUE(lesson) << lesson.error().message();
    auto session = mmu::openLessonSession(*lesson);
    EXPECT_FALSE(session->layoutError()) << session->layoutError()->message();
    ASSERT_EQ(session->count(), static_cast<int>(lesson->accesses.size()));
    for (int i = 0; i < session->count(); ++i) {
        session->goTo(i);
        const mmu::LessonAccess &a = lesson->accesses[static_cast<size_t>(i)];
        const mmu::OsFault fault = session->accessResult().fault;
        EXPECT_EQ(mmu::toId(fault), mmu::toId(a.expectedFault.value_or(mmu::OsFault::None)))
            << GetParam().filename() << " access " << i + 1;
        EXPECT_TRUE(a.expectedFault.has_value()) << "access " << i + 1 << " does not say what it expects";
        // Every step can be shown, and every annotation of this access belongs to one of them.
        ASSERT_FALSE(session->steps().empty());
        const int steps = static_cast<int>(session->steps().size());
        for (int s = 0; s < steps; ++s)
            (void)session->tlbAtStep(0, s);
        for (const mmu::Annotation &n : lesson->annotations) {
            if (n.translation == i) {
                EXPECT_LT(n.step, steps) << "access " << i + 1 << " annotation '" << n.text << "'";
            }
        }
    }
    for (const mmu::Annotation &n : lesson->annotations)
        EXPECT_LT(n.translation, session->count());
}

INSTANTIATE_TEST_SUITE_P(LessonFile, BundledLesson, testing::ValuesIn(bundledLessons()),
                         [](const testing::TestParamInfo<fs::path> &param) {
                             std::string n = param.param.stem().string();
                             std::replace(n.begin(), n.end(), '-', '_');
                             return n;
                         });

} // namespace
