// SPDX-License-Identifier: GPL-3.0-or-later
// The paging formats of issue 10 in the window: switching the format updates every panel, the
// bit slice shows the format's own fields, and the walk view its own level names, entry bits
// and entry decoding; an OSTEP problem imported from its printed output plays step by step.
#include "accessform.h"
#include "appsettings.h"
#include "bitsliceview.h"
#include "lessoncontroller.h"
#include "mainwindow.h"
#include "memorymapview.h"
#include "narrationview.h"
#include "ostepimportdialog.h"
#include "stepcontroller.h"
#include "stepnarrator.h"
#include "walkview.h"
#include "windowfixture.h"

#include "pagingformat.h"
#include "stepnames.h"
#include "translationsession.h"

#include <QCoreApplication>
#include <QFile>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace {

using namespace viewtest;

struct Fixture : WindowFixture {
    views::WalkView &walk() { return *window->walkView(); }
};

std::vector<std::string> fieldNames(const views::BitSliceView &view)
{
    std::vector<std::string> names;
    for (const mmu::AddressField &f : view.fields())
        names.push_back(f.name);
    return names;
}

std::vector<std::string> toStd(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

QString ostepData(const char *name)
{
    return QStringLiteral(MMULAB_TEST_DATA "/ostep/") + QString::fromUtf8(name);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// --- switching formats ----------------------------------------------------------------------------

struct FormatCase {
    const char *id;
    uint64_t va; ///< in the text mapping of the format's default (or tiny) layout
    std::vector<std::string> fields;
    std::vector<std::string> leafChips;
    const char *leafDecode; ///< how the leaf's decoding line starts
    int entryHexDigits;
};

void PrintTo(const FormatCase &c, std::ostream *os)
{
    *os << c.id;
}

class FormatSwitch : public testing::TestWithParam<FormatCase> {};

TEST_P(FormatSwitch, EveryPanelShowsTheFormatsOwnFieldsAndEntries)
{
    const FormatCase &c = GetParam();
    Fixture f;
    f.w().translate(0x2000); // on x86-64 first (another page): the switch must replace all of it
    f.w().accessForm()->setFormatId(QString::fromUtf8(c.id));
    settle();
    ASSERT_EQ(f.w().session().format().id, c.id);
    EXPECT_EQ(fieldNames(*f.w().bitSliceView()), c.fields); // the old access, sliced the new way

    f.w().translate(c.va);
    f.w().stepController()->last();
    settle();
    const mmu::PagingFormat &format = f.w().session().format();
    const mmu::Translation &t = f.w().session().translation();
    ASSERT_TRUE(t.ok()) << mmu::toId(t.fault);
    EXPECT_EQ(fieldNames(*f.w().bitSliceView()), c.fields);
    EXPECT_EQ(f.w().bitSliceView()->address(), c.va);

    // One card per level of this format, named as the format names them.
    const QStringList anchors = f.walk().anchors();
    for (const mmu::PagingLevel &level : format.levels)
        EXPECT_TRUE(anchors.contains(QString::fromStdString(level.name) + QStringLiteral(".card"))) << level.name;
    ASSERT_GE(t.leafLevel, 0);
    for (int level = 0; level <= t.leafLevel; ++level) {
        const mmu::Step *read = f.walk().entryRead(level);
        ASSERT_NE(read, nullptr) << "level " << level;
        // entry address = table base + index × entry size
        EXPECT_EQ(read->entryAddress, read->tableBase + format.index(c.va, level) * static_cast<uint64_t>(format.entryBytes));
    }
    EXPECT_EQ(toStd(f.walk().flagLabels(t.leafLevel)), c.leafChips);
    EXPECT_TRUE(f.walk().decodeText(t.leafLevel).startsWith(QString::fromUtf8(c.leafDecode)))
        << f.walk().decodeText(t.leafLevel).toStdString();
    const QString leafName = QString::fromStdString(format.levels[static_cast<size_t>(t.leafLevel)].name);
    // The value as wide as the format's entry: 2 hex digits per byte.
    QFont mono = f.walk().font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    EXPECT_EQ(f.walk().anchorRect(leafName + QStringLiteral(".value")).width(),
              QFontMetrics(mono).horizontalAdvance(QStringLiteral("0x") + QString(c.entryHexDigits, QLatin1Char('0'))));
    EXPECT_FALSE(f.walk().anchorRect(leafName + QStringLiteral(".decode")).isEmpty());

    // The other panels follow the session of the new format: the memory map in its frames.
    EXPECT_FALSE(f.w().narrationView()->sentence().isEmpty());
    EXPECT_EQ(f.w().memoryMapView()->useOf(t.physical >> format.pageShift), mmu::FrameUse::Data);
    EXPECT_TRUE(f.w().memoryMapView()->isTouched(t.physical >> format.pageShift));
}

INSTANTIATE_TEST_SUITE_P(
    Issue10, FormatSwitch,
    testing::Values(
        FormatCase{"x86-64", 0x400123, {"PML4", "PDPT", "PD", "PT", "offset"},
                   {"P", "RW", "US", "PWT", "PCD", "A", "D", "G", "NX"}, "PTE: maps a page", 16},
        FormatCase{"sv39", 0x400123, {"VPN[2]", "VPN[1]", "VPN[0]", "offset"},
                   {"V", "R", "W", "X", "U", "G", "A", "D"}, "PTE: leaf (R, W or X set) · PPN 0x", 16},
        FormatCase{"sv57", 0x400123, {"VPN[4]", "VPN[3]", "VPN[2]", "VPN[1]", "VPN[0]", "offset"},
                   {"V", "R", "W", "X", "U", "G", "A", "D"}, "PTE: leaf", 16},
        FormatCase{"arm64-4k", 0x400123, {"L0", "L1", "L2", "L3", "offset"},
                   {"valid", "page", "AP[1]", "AP[2]", "AF", "nG", "DBM", "Contiguous", "PXN", "UXN"},
                   "L3 descriptor: page · OA 0x", 16},
        FormatCase{"arm64-16k", 0x400123, {"L0", "L1", "L2", "L3", "offset"},
                   {"valid", "page", "AP[1]", "AP[2]", "AF", "nG", "DBM", "Contiguous", "PXN", "UXN"},
                   "L3 descriptor: page", 16},
        FormatCase{"arm64-64k", 0x400123, {"L1", "L2", "L3", "offset"},
                   {"valid", "page", "AP[1]", "AP[2]", "AF", "nG", "DBM", "Contiguous", "PXN", "UXN"},
                   "L3 descriptor: page", 16},
        FormatCase{"x86-32", 0x400123, {"PD", "PT", "offset"}, {"P", "RW", "US", "PWT", "PCD", "A", "D", "G"},
                   "PTE: maps a page · frame 0x", 8},
        FormatCase{"x86-pae", 0x400123, {"PDPT", "PD", "PT", "offset"},
                   {"P", "RW", "US", "PWT", "PCD", "A", "D", "G", "NX"}, "PTE: maps a page", 16},
        FormatCase{"ostep", 0x0067, {"PD", "PT", "offset"}, {"valid"}, "PTE: maps a page · PFN 0x", 2}),
    [](const testing::TestParamInfo<FormatCase> &c) {
        std::string n = c.param.id;
        for (char &ch : n)
            if (ch == '-')
                ch = '_';
        return n;
    });

// --- importing an OSTEP problem -----------------------------------------------------------------

TEST(OstepImport, AProblemBecomesALessonOnItsOwnMemory)
{
    Fixture f;
    ASSERT_TRUE(f.w().lessonController()->importOstep(readText(ostepData("spaced.txt")), QStringLiteral("spaced.txt")))
        << f.w().lessonController()->lastError().toStdString();
    settle();
    const mmu::TranslationSession &s = f.w().session();
    ASSERT_TRUE(s.image());
    EXPECT_EQ(s.format().id, "ostep");
    EXPECT_EQ(f.w().accessForm()->formatId(), QStringLiteral("ostep"));
    ASSERT_EQ(s.count(), 5); // the problem's five virtual addresses, in order
    EXPECT_EQ(s.accesses()[1].va, 0x0455u);
    EXPECT_EQ(f.w().lessonController()->document().title, "OSTEP problem: spaced.txt");
    views::StepController *steps = f.w().stepController();

    // 0x0067: PD[0] = 0x85 (valid, PFN 5), PT[3] = 0x8a (valid, PFN 10) → 0x147.
    EXPECT_EQ(steps->translation(), 0);
    steps->last();
    settle();
    EXPECT_TRUE(f.walk().decodeText(0).startsWith(QStringLiteral("PDE: points to the next table · PFN 0x5 ")))
        << f.walk().decodeText(0).toStdString();
    EXPECT_TRUE(f.walk().decodeText(1).startsWith(QStringLiteral("PTE: maps a page · PFN 0xa ")))
        << f.walk().decodeText(1).toStdString();
    EXPECT_EQ(f.walk().entryRead(0)->entryAddress, 0x40u);
    EXPECT_EQ(f.walk().entryRead(1)->entryAddress, 0xa3u);
    EXPECT_EQ(s.translation().physical, 0x147u);

    // 0x0455: PD[1] = 0x7f is not valid; the PT is never read.
    steps->goTo(1, 1000);
    settle();
    EXPECT_TRUE(f.walk().decodeText(0).startsWith(QStringLiteral("PDE: not valid"))) << f.walk().decodeText(0).toStdString();
    EXPECT_EQ(f.walk().levelState(1), views::WalkView::LevelState::NotNeeded);
    EXPECT_EQ(s.translation().faultLevel, 0);
    EXPECT_EQ(s.accessResult().fault, mmu::OsFault::Segv);

    // 0x001f: PD[0] valid, PT[0] = 0x7f not valid.
    steps->goTo(2, 1000);
    settle();
    EXPECT_EQ(f.walk().levelState(1), views::WalkView::LevelState::Read);
    EXPECT_TRUE(f.walk().decodeText(1).startsWith(QStringLiteral("PTE: not valid"))) << f.walk().decodeText(1).toStdString();
    EXPECT_EQ(f.walk().entryRead(1)->entryAddress, 0xa0u);
    EXPECT_EQ(s.translation().faultLevel, 1);

    // Stepping back gives the first answer again, on the same memory.
    steps->goTo(0, 1000);
    settle();
    EXPECT_EQ(s.translation().physical, 0x147u);
}

TEST(OstepImport, ADumpWithoutSpacesGivesTheSameSteps)
{
    Fixture f;
    ASSERT_TRUE(f.w().lessonController()->importOstep(readText(ostepData("packed.txt")), QStringLiteral("packed.txt")));
    f.w().stepController()->goTo(4, 1000);
    settle();
    EXPECT_EQ(f.w().session().translation().physical, 0x15fu);
}

TEST(OstepImport, AProblemThatDoesNotParseChangesNothing)
{
    Fixture f;
    f.w().translate(0x400123);
    ASSERT_FALSE(f.w().lessonController()->importOstep(readText(ostepData("bad-digit.txt")), QStringLiteral("bad-digit.txt")));
    EXPECT_TRUE(f.w().lessonController()->lastError().startsWith(QStringLiteral("bad-digit.txt:")))
        << f.w().lessonController()->lastError().toStdString();
    EXPECT_FALSE(f.w().session().image());
    EXPECT_EQ(f.w().session().count(), 1);
}

TEST(OstepImport, DialogReadsAFileOrTakesPastedText)
{
    OstepImportDialog dialog;
    EXPECT_EQ(dialog.origin(), QStringLiteral("pasted text"));
    ASSERT_TRUE(dialog.loadFile(ostepData("spaced.txt")));
    EXPECT_EQ(dialog.text(), readText(ostepData("spaced.txt")));
    EXPECT_EQ(dialog.origin(), QStringLiteral("spaced.txt"));
    EXPECT_FALSE(dialog.loadFile(ostepData("no-such-file.txt")));
    EXPECT_EQ(dialog.text(), readText(ostepData("spaced.txt"))); // a failed open keeps the text
}

TEST(OstepImport, SwitchingAwayAndBackKeepsTheProblemsMemory)
{
    Fixture f;
    ASSERT_TRUE(f.w().lessonController()->importOstep(readText(ostepData("spaced.txt")), QStringLiteral("spaced.txt")));
    f.w().accessForm()->setFormatId(QStringLiteral("ostep")); // the same format: a rebuild
    settle();
    ASSERT_TRUE(f.w().session().image());
    f.w().stepController()->goTo(0, 1000);
    EXPECT_EQ(f.w().session().translation().physical, 0x147u);
    f.w().accessForm()->setFormatId(QStringLiteral("x86-64")); // the process layout takes over
    settle();
    EXPECT_FALSE(f.w().session().image());
}

} // namespace

TEST(FormatNarration, ANonCanonicalAddressIsTheArchitecturesOwnException)
{
    mmu::Step fault;
    fault.stage = mmu::Stage::Fault;
    fault.fault = mmu::FaultKind::GeneralProtection;
    const std::vector<mmu::Step> steps{fault};
    auto said = [&](const char *format) {
        const mmu::PagingFormat *f = mmu::findFormat(format);
        EXPECT_NE(f, nullptr) << format;
        return f ? views::StepNarrator(*f).narrate(steps, 0) : QString();
    };
    EXPECT_TRUE(said("x86-64").contains(QStringLiteral("#GP")));
    EXPECT_TRUE(said("sv39").startsWith(QStringLiteral("Page fault")));
    EXPECT_FALSE(said("sv39").contains(QStringLiteral("#GP")));
    EXPECT_TRUE(said("arm64-4k").startsWith(QStringLiteral("Translation fault at level 0")));
}
