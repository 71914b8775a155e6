// SPDX-License-Identifier: GPL-3.0-or-later
// Each format's own reading of an entry (describeEntry), which the walk view and the command
// line both print; entries written by hand over a lesson's tables; sessions on an OSTEP
// problem's memory. Bit layouts are listed at the top of formats_test.cpp; every value below
// is worked out by hand from them.
#include "entrydescription.h"
#include "lesson.h"
#include "lessonfile.h"
#include "machinefile.h"
#include "ostepproblem.h"
#include "translationsession.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using mmu::EntryKind;

std::vector<std::string> setFlags(const mmu::EntryDescription &d)
{
    std::vector<std::string> names;
    for (const mmu::EntryFlag &f : d.flags)
        if (f.set)
            names.emplace_back(f.name);
    return names;
}

std::vector<std::string> allFlags(const mmu::EntryDescription &d)
{
    std::vector<std::string> names;
    for (const mmu::EntryFlag &f : d.flags)
        names.emplace_back(f.name);
    return names;
}

void expectAddress(const mmu::EntryDescription &d, const char *name, int hi, int lo, uint64_t value)
{
    EXPECT_EQ(d.address.name, name);
    EXPECT_EQ(d.address.hi, hi);
    EXPECT_EQ(d.address.lo, lo);
    EXPECT_EQ(d.address.value, value);
}

TEST(EntryDescription, X86_64LargePageIsAPdeWithPs)
{
    // 2 MiB at 0x4000_0000, P RW US PS = 0x87, NX = bit 63.
    const auto d = mmu::describeEntry(mmu::x86_64Format(), 2, 0x8000000040000087);
    EXPECT_EQ(d.entryName, "PDE");
    EXPECT_EQ(d.kind, EntryKind::Block);
    EXPECT_EQ(setFlags(d), (std::vector<std::string>{"P", "RW", "US", "PS", "NX"}));
    expectAddress(d, "frame", 51, 21, 0x200); // 0x4000_0000 >> 21
    EXPECT_EQ(mmu::describeEntry(mmu::x86_64Format(), 0, 0x221007).entryName, "PML4E");
    EXPECT_EQ(mmu::describeEntry(mmu::x86_64Format(), 3, 0).kind, EntryKind::Invalid);
}

TEST(EntryDescription, RiscVPointerSuperpageAndMisalignedSuperpage)
{
    const mmu::PagingFormat &f = mmu::sv39Format();
    // A pointer: V only, PPN 0x101 at bit 10.
    auto d = mmu::describeEntry(f, 0, 0x40401);
    EXPECT_EQ(d.entryName, "PTE");
    EXPECT_EQ(d.kind, EntryKind::Table);
    expectAddress(d, "PPN", 53, 10, 0x101);
    EXPECT_EQ(allFlags(d), (std::vector<std::string>{"V", "R", "W", "X", "U", "G", "A", "D"}));
    // 2 MiB leaf at VPN[1]: PPN 0x80200 (0x8020_0000), V R W U.
    d = mmu::describeEntry(f, 1, 0x20080017);
    EXPECT_EQ(d.kind, EntryKind::Block);
    EXPECT_EQ(setFlags(d), (std::vector<std::string>{"V", "R", "W", "U"}));
    expectAddress(d, "PPN", 53, 10, 0x80200);
    // PPN 0x80201: PPN[0] = 1 in a 2 MiB leaf is misaligned.
    d = mmu::describeEntry(f, 1, (uint64_t{0x80201} << 10) | 0x17);
    EXPECT_EQ(d.kind, EntryKind::Reserved);
    EXPECT_TRUE(d.decoded.misaligned);
    // The same PPN at the last level is an ordinary 4 KiB page.
    EXPECT_EQ(mmu::describeEntry(f, 2, (uint64_t{0x80201} << 10) | 0x17).kind, EntryKind::Page);
    // V = 0: the other bits belong to software and are not shown.
    EXPECT_EQ(allFlags(mmu::describeEntry(f, 2, 0xfe)), (std::vector<std::string>{"V"}));
}

TEST(EntryDescription, Arm64TableBlockAndPageDescriptors)
{
    const mmu::PagingFormat &f = mmu::arm64Format4k();
    auto d = mmu::describeEntry(f, 0, 0x101003);
    EXPECT_EQ(d.entryName, "L0 descriptor");
    EXPECT_EQ(d.kind, EntryKind::Table);
    EXPECT_TRUE(d.fields.empty());
    expectAddress(d, "table address", 47, 12, 0x101);
    // 2 MiB block at L2: type 0 (0b01), AP[1] AP[2] SH = 0b11 nG; OA 0x8020_0000 >> 21 = 0x401.
    d = mmu::describeEntry(f, 2, 0x0068000080200bc1);
    EXPECT_EQ(d.entryName, "L2 descriptor");
    EXPECT_EQ(d.kind, EntryKind::Block);
    expectAddress(d, "OA", 47, 21, 0x401);
    ASSERT_EQ(d.fields.size(), 2u);
    EXPECT_EQ(d.fields[0].name, "AttrIndx");
    EXPECT_EQ(d.fields[0].value, 0u); // bits 4..2 of 0xbc1
    EXPECT_EQ(d.fields[1].name, "SH");
    EXPECT_EQ(d.fields[1].value, 3u); // bits 9..8 of 0xbc1: inner shareable
    // AttrIndx 2 (bits 4..2 = 0b010 → 0x8), SH 0b10 (0x200): L3 page, OA 0x40000.
    d = mmu::describeEntry(f, 3, 0x40000000 | 0x8 | 0x200 | 0x400 | 0x3);
    EXPECT_EQ(d.kind, EntryKind::Page);
    EXPECT_EQ(d.fields[0].value, 2u);
    EXPECT_EQ(d.fields[1].value, 2u);
    expectAddress(d, "OA", 47, 12, 0x40000);
    EXPECT_EQ(setFlags(d), (std::vector<std::string>{"valid", "page", "AF"}));
    // A block descriptor at L0 does not exist with 4 KiB granules.
    EXPECT_EQ(mmu::describeEntry(f, 0, 0x40000001).kind, EntryKind::Reserved);
    // 16 KiB granule: the 32 MiB block is at L2 and keeps bits 47..25.
    d = mmu::describeEntry(mmu::arm64Format16k(), 2, 0x0068000040000bc1);
    expectAddress(d, "OA", 47, 25, 0x20);
    // 64 KiB granule: a 512 MiB block at L2 keeps bits 47..29.
    d = mmu::describeEntry(mmu::arm64Format64k(), 1, 0x0068000060000bc1);
    EXPECT_EQ(d.entryName, "L2 descriptor");
    expectAddress(d, "OA", 47, 29, 0x3);
}

TEST(EntryDescription, X86ThirtyTwoBitAndPae)
{
    // 4 MiB page at 0x80_0000: PDE with PS, frame bits 31..22 = 2, no NX in 32-bit paging.
    auto d = mmu::describeEntry(mmu::x86_32Format(), 0, 0x00800087);
    EXPECT_EQ(d.entryName, "PDE");
    EXPECT_EQ(d.kind, EntryKind::Block);
    expectAddress(d, "frame", 31, 22, 2);
    EXPECT_EQ(allFlags(d), (std::vector<std::string>{"P", "RW", "US", "PWT", "PCD", "A", "D", "PS", "G"}));
    // PAE: the PDPTE has P, PWT and PCD only; a 2 MiB PDE has NX.
    d = mmu::describeEntry(mmu::x86PaeFormat(), 0, 0x101001);
    EXPECT_EQ(d.entryName, "PDPTE");
    EXPECT_EQ(d.kind, EntryKind::Table);
    EXPECT_EQ(allFlags(d), (std::vector<std::string>{"P", "PWT", "PCD"}));
    d = mmu::describeEntry(mmu::x86PaeFormat(), 1, 0x8000000040000087);
    EXPECT_EQ(d.kind, EntryKind::Block);
    EXPECT_EQ(setFlags(d), (std::vector<std::string>{"P", "RW", "US", "PS", "NX"}));
    expectAddress(d, "frame", 51, 21, 0x200);
}

TEST(EntryDescription, OstepValidBitAndPfn)
{
    auto d = mmu::describeEntry(mmu::ostepFormat(), 0, 0x85);
    EXPECT_EQ(d.entryName, "PDE");
    EXPECT_EQ(d.kind, EntryKind::Table);
    expectAddress(d, "PFN", 6, 0, 5);
    d = mmu::describeEntry(mmu::ostepFormat(), 1, 0x8a);
    EXPECT_EQ(d.entryName, "PTE");
    EXPECT_EQ(d.kind, EntryKind::Page);
    expectAddress(d, "PFN", 6, 0, 10);
    EXPECT_EQ(mmu::describeEntry(mmu::ostepFormat(), 1, 0x7f).kind, EntryKind::Invalid);
}

// --- entries written by hand over the OS's tables -------------------------------------------------

mmu::MachineConfig machineWith(const char *preset, const char *paging)
{
    auto m = mmu::loadMachine(preset);
    EXPECT_TRUE(m);
    mmu::MachineConfig machine = *m;
    machine.paging = paging;
    return machine;
}

TEST(EntryPatch, MisalignedSuperpageFaultsAndTheOsFindsNoMapping)
{
    // A 2 MiB mapping at 0x1000_0000 (VPN[2] 0, VPN[1] 128) makes the VPN[1] table; the patch puts
    // a leaf with PPN 0x80201 (not a multiple of 512) at VPN[1] 129, i.e. 0x1020_0000.
    mmu::Mapping huge{.name = "huge", .start = 0x10000000, .length = 0x200000, .perms = {true, false, true},
                      .pageSize = 0x200000};
    const uint64_t misaligned = (uint64_t{0x80201} << 10) | 0xd7; // V R W U A D
    mmu::TranslationSession s(machineWith("riscv-sv39", "sv39"), {huge}, {{0x10200000, 1, misaligned}});
    EXPECT_EQ(s.patchError(), -1);
    s.translate({0x10212345});
    EXPECT_EQ(s.translation().fault, mmu::FaultKind::NotPresent);
    EXPECT_EQ(s.translation().faultLevel, 1);
    EXPECT_EQ(s.accessResult().fault, mmu::OsFault::Segv);
    // The superpage next to it is fine.
    s.translate({0x10012345});
    EXPECT_TRUE(s.translation().ok());
    EXPECT_EQ(s.translation().pageSize, 0x200000u);
}

TEST(EntryPatch, ALevelTheTablesDoNotReachIsReported)
{
    mmu::TranslationSession s(machineWith("riscv-sv39", "sv39"), {}, {{0x10200000, 2, 0x1}});
    EXPECT_EQ(s.patchError(), 0);
}

// --- an OSTEP problem as a session and as a lesson -------------------------------------------------

std::string problemText()
{
    std::ifstream in(std::string(MMULAB_TEST_DATA) + "/ostep/spaced.txt", std::ios::binary);
    EXPECT_TRUE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(OstepSession, WalksTheProblemsOwnMemoryWithoutAnOs)
{
    auto p = mmu::OstepProblem::parse(problemText(), "spaced.txt");
    ASSERT_TRUE(p);
    mmu::TranslationSession s(machineWith("teaching", "ostep"), p->image());
    EXPECT_EQ(s.root(), 0x40u); // PDBR 2 × 32
    // 0x0067: PD[0] = 0x85 → PT page 5, PT[3] = 0x8a → page 10, offset 7: 0x147.
    s.translate({0x0067});
    ASSERT_TRUE(s.translation().ok());
    EXPECT_EQ(s.translation().physical, 0x147u);
    // 0x0455: PD[1] = 0x7f, not valid; 0x001f: PT[0] = 0x7f, not valid.
    s.translate({0x0455});
    EXPECT_EQ(s.translation().faultLevel, 0);
    EXPECT_EQ(s.accessResult().fault, mmu::OsFault::Segv);
    s.translate({0x001f});
    EXPECT_EQ(s.translation().faultLevel, 1);
    for (const mmu::Step &step : s.steps())
        EXPECT_NE(step.stage, mmu::Stage::Handler); // no OS pages anything in
    // Stepping back replays on the same memory.
    s.goTo(0);
    EXPECT_EQ(s.translation().physical, 0x147u);
}

TEST(OstepSession, LessonOfAProblemSavesAndPlays)
{
    auto imported = mmu::ostepLesson(problemText(), "spaced.txt", machineWith("teaching", "x86-64"));
    ASSERT_TRUE(imported);
    mmu::Lesson lesson = *imported;
    EXPECT_EQ(lesson.machine.paging, "ostep");
    ASSERT_EQ(lesson.accesses.size(), 5u);
    const mmu::OsFault expected[] = {mmu::OsFault::None, mmu::OsFault::Segv, mmu::OsFault::Segv, mmu::OsFault::Segv,
                                     mmu::OsFault::None};
    for (size_t i = 0; i < 5; ++i)
        EXPECT_EQ(lesson.accesses[i].expectedFault, expected[i]) << "access " << i + 1;
    lesson.title = "spaced";
    auto again = mmu::parseLesson(mmu::serializeLesson(lesson), "spaced.mmulab");
    ASSERT_TRUE(again) << again.error().message();
    EXPECT_TRUE(*again == lesson);
    auto session = mmu::openLessonSession(*again);
    ASSERT_TRUE(session->image());
    session->goTo(4);
    EXPECT_EQ(session->translation().physical, 0x15fu);
    // Playing it changes nothing worth saving.
    EXPECT_TRUE(mmu::lessonWithSession(*again, *session, again->annotations) == *again);
}

TEST(OstepSession, BadProblemInALessonNamesItsKey)
{
    auto lesson = mmu::ostepLesson(problemText(), "spaced.txt", machineWith("teaching", "ostep"));
    ASSERT_TRUE(lesson);
    std::string text = mmu::serializeLesson(*lesson);
    const size_t at = text.find("page   2:");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 9, "page   x:");
    auto bad = mmu::parseLesson(text, "bad.mmulab");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message().find("ostep"), std::string::npos) << bad.error().message();
}

} // namespace
