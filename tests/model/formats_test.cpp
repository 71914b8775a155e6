// SPDX-License-Identifier: GPL-3.0-or-later
// The paging formats of issue 10, each number worked out by hand from the architecture specs.
//
// Index bit ranges (offset = bits pageShift-1..0):
//   sv39        VPN[2] 38..30, VPN[1] 29..21, VPN[0] 20..12           (9 bits each, 4 KiB pages)
//   sv48        VPN[3] 47..39 + sv39;  sv57  VPN[4] 56..48 + sv48
//   arm64-4k    L0 47..39, L1 38..30, L2 29..21, L3 20..12           (512 × 8 B per 4 KiB table)
//   arm64-16k   L0 47..47, L1 46..36, L2 35..25, L3 24..14           (2048 × 8 B per 16 KiB table)
//   arm64-64k   L1 47..42, L2 41..29, L3 28..16                      (8192 × 8 B per 64 KiB table)
//   x86-32      PD 31..22, PT 21..12                                 (1024 × 4 B)
//   x86-pae     PDPT 31..30, PD 29..21, PT 20..12                    (4, 512, 512 × 8 B)
//   ostep       PD 14..10, PT 9..5, offset 4..0                      (32 × 1 B)
// Entry bits:
//   RISC-V   V 0, R 1, W 2, X 3, U 4, G 5, A 6, D 7, PPN 53..10 (physical = PPN << 12)
//   AArch64  valid 0, type 1 (table/page), AP[1] 6 (EL0), AP[2] 7 (read-only), SH 9..8, AF 10,
//            nG 11, output address in place, DBM 51, PXN 53, UXN 54; table: UXNTable 60,
//            APTable 62..61
//   x86-32   P 0, RW 1, US 2, A 5, D 6, PS 7 (PDE), G 8, frame 31..12 (4 MiB: 31..22), no NX
//   OSTEP    valid 7, PFN 6..0 (physical = PFN << 5)
// Walks through the Mmu of RISC-V, AArch64, PAE and OSTEP need the walker to decode entries
// with decodeEntry() (see walkerDecodesEntries()); until then they are skipped, and the same
// tables are checked here through PageTable and decodeEntry().
#include "../walkerdecodes.h"

#include "address.h"
#include "frameallocator.h"
#include "mmu.h"
#include "pageentry.h"
#include "pagetable.h"
#include "pagingformat.h"
#include "physicalmemory.h"
#include "step.h"
#include "stepnames.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace {

using mmu::AccessType;
using mmu::FaultKind;
using mmu::Permissions;
using mmu::Privilege;
using mmu::Stage;
using mmu::Step;
using mmu::Translation;

constexpr uint64_t KiB = 1024;
constexpr uint64_t MiB = KiB * 1024;
constexpr uint64_t GiB = MiB * 1024;
constexpr uint64_t TiB = GiB * 1024;

const Permissions ReadWrite{.write = true, .execute = false, .user = true};
const Permissions ReadOnly{.write = false, .execute = false, .user = true};
const Permissions KernelExec{.write = false, .execute = true, .user = false};

/** Physical memory, frames from the format's first frame (1 MiB, or 0 in OSTEP), tables, an MMU. */
struct Machine {
    explicit Machine(const mmu::PagingFormat &f)
        : format(f)
        , memory(f.pageShift)
        , frames(std::nullopt, f.firstFrame(), f.physicalFrames())
        , pageTable(f, memory, frames)
        , walker(f, memory, 100)
    {
        walker.setRoot(pageTable.root());
    }
    uint64_t entryAt(uint64_t address) const { return memory.read(address, format.entryBytes); }
    Translation translate(uint64_t va, AccessType type = AccessType::Read, Privilege p = Privilege::User)
    {
        steps.clear();
        return walker.translate(va, type, p, &steps);
    }
    std::vector<Step> reads() const
    {
        std::vector<Step> out;
        for (const Step &s : steps)
            if (s.stage == Stage::EntryRead)
                out.push_back(s);
        return out;
    }

    const mmu::PagingFormat &format;
    mmu::PhysicalMemory memory;
    mmu::FrameAllocator frames;
    mmu::PageTable pageTable;
    mmu::Mmu walker;
    std::vector<Step> steps;
};

// --- The formats as data -----------------------------------------------------------------------

TEST(Formats, CommandLineNamesInSelectorOrder)
{
    std::vector<std::string> ids;
    for (const mmu::PagingFormat *f : mmu::allFormats())
        ids.push_back(f->id);
    EXPECT_EQ(ids, (std::vector<std::string>{"x86-64", "x86-64-la57", "sv39", "sv48", "sv57", "arm64-4k", "arm64-16k",
                                             "arm64-64k", "x86-32", "x86-pae", "ostep"}));
    for (const mmu::PagingFormat *f : mmu::allFormats())
        EXPECT_EQ(mmu::findFormat(f->id), f) << f->id;
}

struct Shape {
    const char *id;
    int vaBits, addressBits, physBits, entryBytes, pageShift;
    std::vector<uint64_t> leafSizes;
    uint64_t hugePage;
    uint64_t firstFrame, physicalFrames;
};

void PrintTo(const Shape &s, std::ostream *os)
{
    *os << s.id;
}

class FormatShape : public testing::TestWithParam<Shape> {};

TEST_P(FormatShape, SizesAndLimits)
{
    const Shape &s = GetParam();
    const mmu::PagingFormat &f = *mmu::findFormat(s.id);
    EXPECT_EQ(f.vaBits, s.vaBits);
    EXPECT_EQ(f.addressBits, s.addressBits);
    EXPECT_EQ(f.physBits, s.physBits);
    EXPECT_EQ(f.entryBytes, s.entryBytes);
    EXPECT_EQ(f.pageShift, s.pageShift);
    EXPECT_EQ(f.leafPageSizes(), s.leafSizes);
    EXPECT_EQ(f.hugePageSize(), s.hugePage);
    EXPECT_EQ(f.firstFrame(), s.firstFrame);
    EXPECT_EQ(f.physicalFrames(), s.physicalFrames);
    // Every table fits in one frame.
    for (int level = 0; level < f.levelCount(); ++level)
        EXPECT_LE(f.tableBytes(level), f.pageSize()) << f.levels[static_cast<size_t>(level)].name;
}

INSTANTIATE_TEST_SUITE_P(
    Issue10, FormatShape,
    testing::Values(
        // RISC-V: leaves at every level; 56-bit physical addresses (PPN 44 bits + 12).
        Shape{"sv39", 39, 64, 56, 8, 12, {4 * KiB, 2 * MiB, GiB}, 2 * MiB, 256, uint64_t{1} << 44},
        Shape{"sv48", 48, 64, 56, 8, 12, {4 * KiB, 2 * MiB, GiB, 512 * GiB}, 2 * MiB, 256, uint64_t{1} << 44},
        Shape{"sv57", 57, 64, 56, 8, 12, {4 * KiB, 2 * MiB, GiB, 512 * GiB, 256 * TiB}, 2 * MiB, 256, uint64_t{1} << 44},
        // AArch64, 48-bit VA and PA: blocks 2M/1G (4K), 32M (16K), 512M (64K); 1 MiB = 256, 64, 16 frames.
        Shape{"arm64-4k", 48, 64, 48, 8, 12, {4 * KiB, 2 * MiB, GiB}, 2 * MiB, 256, uint64_t{1} << 36},
        Shape{"arm64-16k", 48, 64, 48, 8, 14, {16 * KiB, 32 * MiB}, 32 * MiB, 64, uint64_t{1} << 34},
        Shape{"arm64-64k", 48, 64, 48, 8, 16, {64 * KiB, 512 * MiB}, 512 * MiB, 16, uint64_t{1} << 32},
        // 32-bit x86: 4 MiB with PSE; PAE 2 MiB and 52-bit physical addresses.
        Shape{"x86-32", 32, 32, 32, 4, 12, {4 * KiB, 4 * MiB}, 4 * MiB, 256, uint64_t{1} << 20},
        Shape{"x86-pae", 32, 32, 52, 8, 12, {4 * KiB, 2 * MiB}, 2 * MiB, 256, uint64_t{1} << 40},
        // OSTEP: 32-byte pages only, 128 physical pages from page 0.
        Shape{"ostep", 15, 15, 12, 1, 5, {32}, 0, 0, 128}),
    [](const testing::TestParamInfo<Shape> &c) {
        std::string name = c.param.id;
        for (char &ch : name)
            if (ch == '-')
                ch = '_';
        return name;
    });

// --- Bit slicing -----------------------------------------------------------------------------------

struct Slice {
    const char *id;
    uint64_t va;
    std::vector<mmu::AddressField> fields;
};

void PrintTo(const Slice &s, std::ostream *os)
{
    *os << s.id << " " << mmu::hex(s.va);
}

class FormatSlice : public testing::TestWithParam<Slice> {};

TEST_P(FormatSlice, FieldsByHand)
{
    const Slice &c = GetParam();
    const auto got = mmu::sliceAddress(c.va, *mmu::findFormat(c.id));
    ASSERT_EQ(got.size(), c.fields.size());
    for (size_t i = 0; i < got.size(); ++i) {
        SCOPED_TRACE(c.fields[i].name);
        EXPECT_EQ(got[i].name, c.fields[i].name);
        EXPECT_EQ(got[i].hi, c.fields[i].hi);
        EXPECT_EQ(got[i].lo, c.fields[i].lo);
        EXPECT_EQ(got[i].value, c.fields[i].value);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Issue10, FormatSlice,
    testing::Values(
        // 0x12_3456_789a: offset 0x89a; >>12 = 0x1234567, & 0x1ff = 0x167; >>21 = 0x91a2, & 0x1ff = 0x1a2;
        // >>30 = 0x48.
        Slice{"sv39", 0x123456789a,
              {{"VPN[2]", 38, 30, 0x48}, {"VPN[1]", 29, 21, 0x1a2}, {"VPN[0]", 20, 12, 0x167}, {"offset", 11, 0, 0x89a}}},
        // A negative Sv39 address: bits 38..30 = 1 0000 0000 = 256; >>12 = ...0001.
        Slice{"sv39", 0xffffffc000001234,
              {{"VPN[2]", 38, 30, 256}, {"VPN[1]", 29, 21, 0}, {"VPN[0]", 20, 12, 1}, {"offset", 11, 0, 0x234}}},
        // FACTS.md's worked example has the same 9-bit fields in Sv48: 255, 510, 269, 300, 0x3d4.
        Slice{"sv48", 0x7fffa1b2c3d4,
              {{"VPN[3]", 47, 39, 255},
               {"VPN[2]", 38, 30, 510},
               {"VPN[1]", 29, 21, 269},
               {"VPN[0]", 20, 12, 300},
               {"offset", 11, 0, 0x3d4}}},
        // 0x00ab_cdef_0123_4567: >>48 = 0xab; >>39 = 0x1579b, & 0x1ff = 0x19b; >>30 = 0x2af37bc, & 0x1ff
        // = 0x1bc; >>21 = ...0x009; >>12 = ...0x034; offset 0x567.
        Slice{"sv57", 0x00abcdef01234567,
              {{"VPN[4]", 56, 48, 0xab},
               {"VPN[3]", 47, 39, 0x19b},
               {"VPN[2]", 38, 30, 0x1bc},
               {"VPN[1]", 29, 21, 9},
               {"VPN[0]", 20, 12, 0x34},
               {"offset", 11, 0, 0x567}}},
        Slice{"arm64-4k", 0x7fffa1b2c3d4,
              {{"L0", 47, 39, 255}, {"L1", 38, 30, 510}, {"L2", 29, 21, 269}, {"L3", 20, 12, 300}, {"offset", 11, 0, 0x3d4}}},
        // 0x8000_0123_4567: bit 47 = 1 (L0 1); bits 46..25 = 0; >>14 = 0x20000048d, & 0x7ff = 0x48d;
        // offset = & 0x3fff = 0x0567.
        Slice{"arm64-16k", 0x800001234567,
              {{"L0", 47, 47, 1}, {"L1", 46, 36, 0}, {"L2", 35, 25, 0}, {"L3", 24, 14, 0x48d}, {"offset", 13, 0, 0x567}}},
        Slice{"arm64-16k", 0xffffffffffff,
              {{"L0", 47, 47, 1}, {"L1", 46, 36, 0x7ff}, {"L2", 35, 25, 0x7ff}, {"L3", 24, 14, 0x7ff}, {"offset", 13, 0, 0x3fff}}},
        // 0x7fff_a1b2_c3d4: >>42 = 0x1f; >>29 = 0x3fffd, & 0x1fff = 0x1ffd; >>16 = 0x7fffa1b2, & 0x1fff
        // = 0x1b2; offset 0xc3d4.
        Slice{"arm64-64k", 0x7fffa1b2c3d4,
              {{"L1", 47, 42, 0x1f}, {"L2", 41, 29, 0x1ffd}, {"L3", 28, 16, 0x1b2}, {"offset", 15, 0, 0xc3d4}}},
        // 0x0804_8123 = 0000 1000 00|00 0100 1000|0001 0010 0011: PD 32, PT 0x48 = 72, offset 0x123.
        Slice{"x86-32", 0x08048123, {{"PD", 31, 22, 32}, {"PT", 21, 12, 72}, {"offset", 11, 0, 0x123}}},
        // 0xbfff_f123 = 10|11 1111 111|1 1111 1111|0001 0010 0011: PDPT 2, PD 511, PT 511.
        Slice{"x86-pae", 0xbffff123,
              {{"PDPT", 31, 30, 2}, {"PD", 29, 21, 511}, {"PT", 20, 12, 511}, {"offset", 11, 0, 0x123}}},
        // OSTEP's own example 0x611c = 110 00|01 000|1 1100: PD 24, PT 8, offset 28.
        Slice{"ostep", 0x611c, {{"PD", 14, 10, 24}, {"PT", 9, 5, 8}, {"offset", 4, 0, 28}}},
        // 0x3da8 = 011 11|01 101|0 1000: PD 15, PT 13, offset 8.
        Slice{"ostep", 0x3da8, {{"PD", 14, 10, 15}, {"PT", 9, 5, 13}, {"offset", 4, 0, 8}}}));

// --- Canonical and sign rules ----------------------------------------------------------------------

struct Canonical {
    const char *id;
    uint64_t va;
    bool canonical;
};

void PrintTo(const Canonical &c, std::ostream *os)
{
    *os << c.id << " " << mmu::hex(c.va);
}

class FormatCanonical : public testing::TestWithParam<Canonical> {};

TEST_P(FormatCanonical, UpperBits)
{
    const Canonical &c = GetParam();
    EXPECT_EQ(mmu::findFormat(c.id)->isCanonical(c.va), c.canonical) << mmu::hex(c.va);
}

INSTANTIATE_TEST_SUITE_P(
    Issue10, FormatCanonical,
    testing::Values(
        // RISC-V: bits 63..VA must equal bit VA-1 (38, 47, 56).
        Canonical{"sv39", 0x0000003fffffffff, true}, Canonical{"sv39", 0x0000004000000000, false},
        Canonical{"sv39", 0xffffffc000000000, true}, Canonical{"sv39", 0xffffff8000000000, false},
        Canonical{"sv48", 0x00007fffffffffff, true}, Canonical{"sv48", 0x0000800000000000, false},
        Canonical{"sv48", 0xffff800000000000, true}, Canonical{"sv57", 0x00ffffffffffffff, true},
        Canonical{"sv57", 0x0100000000000000, false}, Canonical{"sv57", 0xff00000000000000, true},
        // AArch64 with TTBR0 only: bits 63..48 zero; the all-ones upper half is TTBR1's.
        Canonical{"arm64-4k", 0x0000ffffffffffff, true}, Canonical{"arm64-4k", 0xffff000000000000, false},
        Canonical{"arm64-16k", 0x0001000000000000, false}, Canonical{"arm64-64k", 0x0000800000000000, true},
        // 32-bit and OSTEP: no bit above the address.
        Canonical{"x86-32", 0xffffffff, true}, Canonical{"x86-32", 0x100000000, false},
        Canonical{"x86-pae", 0xffffffff, true}, Canonical{"ostep", 0x7fff, true}, Canonical{"ostep", 0x8000, false}));

TEST(Formats, SignExtensionFromTheTopVaBit)
{
    EXPECT_EQ(mmu::sv39Format().canonicalize(0x0000004000000000), 0xffffffc000000000u);
    EXPECT_EQ(mmu::sv48Format().canonicalize(0x0000800000001000), 0xffff800000001000u);
    EXPECT_EQ(mmu::sv57Format().canonicalize(0x0100000000000000), 0xff00000000000000u);
    EXPECT_EQ(mmu::arm64Format4k().canonicalize(0xffff000012345000), 0x0000000012345000u);
}

TEST(Formats, AddressesWiderThanTheRegisterAreRefusedWhenTyped)
{
    auto x32 = mmu::parseAddress("0x1_0000_0000", mmu::x86_32Format());
    ASSERT_FALSE(x32);
    EXPECT_EQ(x32.error().bit, 32);
    auto ostep = mmu::parseAddress("8000", mmu::ostepFormat());
    ASSERT_FALSE(ostep);
    EXPECT_EQ(ostep.error().bit, 15);
    EXPECT_EQ(*mmu::parseAddress("7fff", mmu::ostepFormat()), 0x7fffu);
}

// --- Entries: encode and decode ----------------------------------------------------------------------

TEST(RiscVEntry, PointerRestrictsNothing)
{
    // V only, PPN of 0x101000 = 0x101 at bit 10.
    const uint64_t pointer = mmu::makeTableEntry(mmu::sv39Format(), 0, 0x101000);
    EXPECT_EQ(pointer, 0x40401u);
    const mmu::DecodedEntry d = mmu::decodeEntry(mmu::sv39Format(), 0, pointer);
    EXPECT_TRUE(d.present);
    EXPECT_FALSE(d.leaf);
    EXPECT_TRUE(d.writable);
    EXPECT_TRUE(d.user);
    EXPECT_FALSE(d.noExecute);
    EXPECT_EQ(d.frame, 0x101000u);
    // Pointers have no A: the walker leaves them alone.
    EXPECT_EQ(mmu::markAccessed(mmu::sv39Format(), 0, pointer), pointer);
}

TEST(RiscVEntry, LeafPermissionsAndAccessedDirty)
{
    // 0x8765_4000 >> 12 = 0x87654, << 10 = 0x21d9_5000; V R W U = 0x17.
    const uint64_t leaf = mmu::makeLeafEntry(mmu::sv39Format(), 2, 0x87654000, ReadWrite, false);
    EXPECT_EQ(leaf, 0x21d95017u);
    mmu::DecodedEntry d = mmu::decodeEntry(mmu::sv39Format(), 2, leaf);
    EXPECT_TRUE(d.present && d.leaf && d.writable && d.user && d.noExecute);
    EXPECT_FALSE(d.accessed || d.dirty || d.global);
    EXPECT_EQ(d.frame, 0x87654000u);
    EXPECT_EQ(mmu::markAccessed(mmu::sv39Format(), 2, leaf), 0x21d95057u); // A = bit 6
    EXPECT_EQ(mmu::markDirty(mmu::sv39Format(), 2, leaf), 0x21d95097u);    // D = bit 7
    // Supervisor code, global: V R X G = 0x2b.
    const uint64_t kernel = mmu::makeLeafEntry(mmu::sv39Format(), 2, 0x1000, KernelExec, true);
    EXPECT_EQ(kernel, (uint64_t{1} << 10) | 0x2b);
    d = mmu::decodeEntry(mmu::sv39Format(), 2, kernel);
    EXPECT_TRUE(d.global);
    EXPECT_FALSE(d.user || d.writable || d.noExecute);
    EXPECT_EQ(mmu::flagNames(mmu::sv39Format(), 2, kernel), (std::vector<std::string_view>{"V", "R", "X", "G"}));
}

TEST(RiscVEntry, ReservedEncodingsAndMisalignedSuperpagesFault)
{
    const mmu::PagingFormat &f = mmu::sv39Format();
    // W without R (V W = 0x5) is reserved.
    mmu::DecodedEntry d = mmu::decodeEntry(f, 2, (uint64_t{0x80000} << 10) | 0x5);
    EXPECT_FALSE(d.present);
    EXPECT_TRUE(d.reserved);
    // A pointer (V only) at the last level is reserved.
    d = mmu::decodeEntry(f, 2, (uint64_t{0x80000} << 10) | 0x1);
    EXPECT_FALSE(d.present);
    EXPECT_TRUE(d.reserved);
    // 2 MiB leaf at VPN[1] whose PPN[0] is 1 (physical 0x8020_1000): misaligned.
    d = mmu::decodeEntry(f, 1, (uint64_t{0x80201} << 10) | 0x17);
    EXPECT_FALSE(d.present);
    EXPECT_TRUE(d.misaligned);
    EXPECT_TRUE(d.leaf);
    // The same with PPN[0] = 0 is a good 2 MiB leaf.
    d = mmu::decodeEntry(f, 1, (uint64_t{0x80200} << 10) | 0x17);
    EXPECT_TRUE(d.present);
    EXPECT_FALSE(d.misaligned);
    EXPECT_EQ(d.frame, 0x80200000u);
    // Bits 63..54 (N, PBMT, reserved) set without those extensions: a page fault.
    d = mmu::decodeEntry(f, 2, (uint64_t{1} << 62) | (uint64_t{0x80000} << 10) | 0x17);
    EXPECT_FALSE(d.present);
    EXPECT_TRUE(d.reserved);
}

TEST(Arm64Entry, PageDescriptorAsLinuxBuildsIt)
{
    const mmu::PagingFormat &f = mmu::arm64Format4k();
    // valid|page 0x3, AP[1] 0x40, AP[2] 0x80, SH 0x300, nG 0x800 = 0xbc3; DBM 51, PXN 53, UXN 54.
    const uint64_t page = mmu::makeLeafEntry(f, 3, 0x40000000, ReadWrite, false);
    EXPECT_EQ(page, 0x0068000040000bc3u);
    mmu::DecodedEntry d = mmu::decodeEntry(f, 3, page);
    EXPECT_TRUE(d.present && d.leaf && d.user && d.writable && d.noExecute);
    EXPECT_FALSE(d.dirty || d.accessed || d.global);
    EXPECT_EQ(d.frame, 0x40000000u);
    // Hardware AF, and DBM: the first write clears AP[2] (writable-clean to writable-dirty).
    const uint64_t used = mmu::markAccessed(f, 3, page);
    EXPECT_EQ(used, 0x0068000040000fc3u);
    const uint64_t written = mmu::markDirty(f, 3, used);
    EXPECT_EQ(written, 0x0068000040000f43u);
    EXPECT_TRUE(mmu::decodeEntry(f, 3, written).dirty);
    EXPECT_EQ(mmu::flagNames(f, 3, written),
              (std::vector<std::string_view>{"valid", "page", "AP[1]", "AF", "nG", "DBM", "PXN", "UXN"}));
    // Read-only: no DBM, so a write finds nothing to record and the page is not writable.
    const uint64_t ro = mmu::makeLeafEntry(f, 3, 0x40000000, ReadOnly, false);
    EXPECT_EQ(ro, 0x0060000040000bc3u);
    EXPECT_FALSE(mmu::decodeEntry(f, 3, ro).writable);
    EXPECT_EQ(mmu::markDirty(f, 3, ro), ro);
    // Kernel code: AP[1] = 0, UXN = 1, PXN = 0, global.
    const uint64_t kernel = mmu::makeLeafEntry(f, 3, 0x40000000, KernelExec, true);
    EXPECT_EQ(kernel, 0x0040000040000383u);
    d = mmu::decodeEntry(f, 3, kernel);
    EXPECT_FALSE(d.user || d.writable || d.noExecute);
    EXPECT_TRUE(d.global);
}

TEST(Arm64Entry, TablesBlocksAndReservedTypes)
{
    const mmu::PagingFormat &f = mmu::arm64Format4k();
    EXPECT_EQ(mmu::makeTableEntry(f, 0, 0x101000), 0x101003u);
    mmu::DecodedEntry d = mmu::decodeEntry(f, 0, 0x101003);
    EXPECT_TRUE(d.present && d.writable && d.user);
    EXPECT_FALSE(d.leaf || d.noExecute);
    // APTable[1] (bit 62) takes write away below; UXNTable (bit 60) takes EL0 execution away.
    d = mmu::decodeEntry(f, 1, 0x101003 | (uint64_t{1} << 62) | (uint64_t{1} << 60));
    EXPECT_FALSE(d.writable);
    EXPECT_TRUE(d.noExecute);
    // Tables have no AF: nothing for the hardware to set.
    EXPECT_EQ(mmu::markAccessed(f, 0, 0x101003), 0x101003u);
    // A block (type 0) at L2: 2 MiB; at L0 no block exists (reserved: a translation fault).
    d = mmu::decodeEntry(f, 2, 0x0068000080200bc1);
    EXPECT_TRUE(d.present && d.leaf);
    EXPECT_EQ(d.frame, 0x80200000u);
    d = mmu::decodeEntry(f, 0, 0x0068000080000bc1);
    EXPECT_FALSE(d.present);
    EXPECT_TRUE(d.reserved);
    // Type 0b01 at L3 is reserved too.
    d = mmu::decodeEntry(f, 3, 0x0068000040000bc1);
    EXPECT_FALSE(d.present);
    EXPECT_TRUE(d.reserved);
    // 16K granule: a block only at L2; 64K granule: only at L2.
    EXPECT_TRUE(mmu::decodeEntry(mmu::arm64Format16k(), 2, 0x42000001).leaf);
    EXPECT_TRUE(mmu::decodeEntry(mmu::arm64Format16k(), 1, 0x40000001).reserved);
    EXPECT_TRUE(mmu::decodeEntry(mmu::arm64Format64k(), 0, 0x40000001).reserved);
}

TEST(X86LegacyEntry, ThirtyTwoBitAndPaeEntries)
{
    // 32-bit: no NX bit exists, so a non-executable page looks like an executable one.
    EXPECT_EQ(mmu::makeLeafEntry(mmu::x86_32Format(), 1, 0x200000, ReadWrite, false), 0x00200007u);
    // 4 MiB PDE: PS (bit 7), frame bits 31..22.
    EXPECT_EQ(mmu::makeLeafEntry(mmu::x86_32Format(), 0, 0x800000, {.write = true, .execute = false, .user = false}, false),
              0x00800083u);
    EXPECT_EQ(mmu::decodeEntry(mmu::x86_32Format(), 0, 0xffc00083).frame, 0xffc00000u);
    // PAE PDPTE: P and the address only (bits 1, 2, 5..8 are reserved), restricting nothing.
    const uint64_t pdpte = mmu::makeTableEntry(mmu::x86PaeFormat(), 0, 0x101000);
    EXPECT_EQ(pdpte, 0x101001u);
    const mmu::DecodedEntry d = mmu::decodeEntry(mmu::x86PaeFormat(), 0, pdpte);
    EXPECT_TRUE(d.present && d.writable && d.user);
    EXPECT_FALSE(d.leaf || d.accessed);
    EXPECT_EQ(mmu::markAccessed(mmu::x86PaeFormat(), 0, pdpte), pdpte); // never written
    EXPECT_EQ(mmu::flagNames(mmu::x86PaeFormat(), 0, pdpte), (std::vector<std::string_view>{"P"}));
    // Below the PDPT a PAE PDE is an x86 entry with R/W and U/S, and A is set on use.
    EXPECT_EQ(mmu::makeTableEntry(mmu::x86PaeFormat(), 1, 0x102000), 0x102007u);
    EXPECT_EQ(mmu::markAccessed(mmu::x86PaeFormat(), 1, 0x102007), 0x102027u);
}

TEST(OstepEntry, ValidBitAndPfn)
{
    const mmu::PagingFormat &f = mmu::ostepFormat();
    // 0xa1 = 1010 0001: valid, PFN 0x21 = 33 (OSTEP's example), page at 33 × 32 = 0x420.
    mmu::DecodedEntry d = mmu::decodeEntry(f, 0, 0xa1);
    EXPECT_TRUE(d.present);
    EXPECT_FALSE(d.leaf);
    EXPECT_EQ(d.frame, 0x420u);
    // 0x7f: not valid (the script fills unused entries with it).
    EXPECT_FALSE(mmu::decodeEntry(f, 1, 0x7f).present);
    EXPECT_EQ(mmu::makeLeafEntry(f, 1, 53 * 32, ReadOnly, false), 0xb5u);
    EXPECT_EQ(mmu::makeTableEntry(f, 0, 33 * 32), 0xa1u);
    // No A, no D: the walker writes nothing back.
    EXPECT_EQ(mmu::markAccessed(f, 1, 0xb5), 0xb5u);
    EXPECT_EQ(mmu::markDirty(f, 1, 0xb5), 0xb5u);
}

// --- Page tables and walks to every leaf size ------------------------------------------------------

struct Entry {
    uint64_t address;
    uint64_t value;
};

struct WalkCase {
    const char *name;
    const char *id;
    uint64_t mapVa, pageSize, pa;
    uint64_t va, physical;
    std::vector<Entry> entries; ///< root first, as PageTable::map writes them
};

void PrintTo(const WalkCase &c, std::ostream *os)
{
    *os << c.id << " " << mmu::hex(c.va);
}

class FormatWalk : public testing::TestWithParam<WalkCase> {};

TEST_P(FormatWalk, TablesHoldTheEntriesByHand)
{
    const WalkCase &c = GetParam();
    Machine m(*mmu::findFormat(c.id));
    ASSERT_TRUE(m.pageTable.map(c.mapVa, c.pageSize, c.pa, ReadWrite).ok());
    uint64_t table = m.pageTable.root();
    for (size_t i = 0; i < c.entries.size(); ++i) {
        SCOPED_TRACE("level " + std::to_string(i));
        const int level = static_cast<int>(i);
        EXPECT_EQ(table + m.format.index(c.va, level) * static_cast<uint64_t>(m.format.entryBytes), c.entries[i].address);
        EXPECT_EQ(m.entryAt(c.entries[i].address), c.entries[i].value);
        const mmu::DecodedEntry d = mmu::decodeEntry(m.format, level, c.entries[i].value);
        EXPECT_TRUE(d.present);
        EXPECT_EQ(d.leaf, i + 1 == c.entries.size());
        table = d.frame;
    }
    EXPECT_EQ(table | (c.va & (c.pageSize - 1)), c.physical);
    const auto leaf = m.pageTable.findLeaf(c.va);
    ASSERT_TRUE(leaf);
    EXPECT_EQ(leaf->level, static_cast<int>(c.entries.size()) - 1);
    EXPECT_EQ(leaf->entryAddress, c.entries.back().address);
}

TEST_P(FormatWalk, MmuWalksTheSameEntries)
{
    const WalkCase &c = GetParam();
    if (mmu::findFormat(c.id)->style != mmu::EntryStyle::X86Legacy || std::string(c.id) == "x86-pae")
        MMULAB_REQUIRE_DECODING_WALKER();
    Machine m(*mmu::findFormat(c.id));
    ASSERT_TRUE(m.pageTable.map(c.mapVa, c.pageSize, c.pa, ReadWrite).ok());
    const Translation t = m.translate(c.va);
    ASSERT_TRUE(t.ok()) << mmu::hex(c.va);
    EXPECT_EQ(t.physical, c.physical);
    EXPECT_EQ(t.pageSize, c.pageSize);
    EXPECT_EQ(t.leafLevel, static_cast<int>(c.entries.size()) - 1);
    const std::vector<Step> reads = m.reads();
    ASSERT_EQ(reads.size(), c.entries.size());
    for (size_t i = 0; i < reads.size(); ++i) {
        EXPECT_EQ(reads[i].entryAddress, c.entries[i].address) << "level " << i;
        EXPECT_EQ(reads[i].entryValue, c.entries[i].value) << "level " << i;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Issue10, FormatWalk,
    testing::Values(
        // Sv39: root at frame 256 (0x100000), then tables at 0x101000, 0x102000. A pointer is V with
        // the PPN at bit 10: 0x101000 -> 0x101 << 10 | 1 = 0x40401. VPN[2] 0x48 × 8 = 0x240,
        // VPN[1] 0x1a2 × 8 = 0xd10, VPN[0] 0x167 × 8 = 0xb38; leaf 0x87654 << 10 | V R W U.
        WalkCase{"Sv39Page4K", "sv39", 0x1234567000, 4 * KiB, 0x87654000, 0x123456789a, 0x8765489a,
                 {{0x100240, 0x40401}, {0x101d10, 0x40801}, {0x102b38, 0x21d95017}}},
        // 0x4020_0000: VPN[2] 1, VPN[1] 1; leaf 0x80200 << 10 | 0x17 at VPN[1].
        WalkCase{"Sv39Page2M", "sv39", 0x40200000, 2 * MiB, 0x80200000, 0x40212345, 0x80212345,
                 {{0x100008, 0x40401}, {0x101008, 0x20080017}}},
        // 0x8000_0000: VPN[2] 2; leaf 0xc0000 << 10 | 0x17 at the root.
        WalkCase{"Sv39Page1G", "sv39", 0x80000000, GiB, 0xc0000000, 0x8abcdef0, 0xcabcdef0, {{0x100010, 0x30000017}}},
        // 0x80_0000_0000 = 2^39: VPN[3] 1; 0x100_0000_0000 >> 12 = 0x1000_0000, << 10 = 0x40_0000_0000.
        WalkCase{"Sv48Page512G", "sv48", 0x8000000000, 512 * GiB, 0x10000000000, 0x8012345678, 0x10012345678,
                 {{0x100008, 0x4000000017}}},
        // 2^48: VPN[4] 1; 2^49 >> 12 = 2^37, << 10 = 2^47 = 0x8000_0000_0000.
        WalkCase{"Sv57Page256T", "sv57", 0x1000000000000, 256 * TiB, 0x2000000000000, 0x123456789abcd,
                 0x223456789abcd, {{0x100008, 0x800000000017}}},
        // AArch64 4K: L0 255 × 8 = 0x7f8, L1 510 × 8 = 0xff0, L2 269 × 8 = 0x868, L3 300 × 8 = 0x960;
        // tables are address | 0b11.
        WalkCase{"Arm64Page4K", "arm64-4k", 0x7fffa1b2c000, 4 * KiB, 0x40000000, 0x7fffa1b2c3d4, 0x400003d4,
                 {{0x1007f8, 0x101003}, {0x101ff0, 0x102003}, {0x102868, 0x103003}, {0x103960, 0x0068000040000bc3}}},
        // Blocks have type 0 (bit 1 clear): 0x...bc1. 2 MiB at L2 index 1, 1 GiB at L1 index 2.
        WalkCase{"Arm64Block2M", "arm64-4k", 0x40200000, 2 * MiB, 0x80200000, 0x40212345, 0x80212345,
                 {{0x100000, 0x101003}, {0x101008, 0x102003}, {0x102008, 0x0068000080200bc1}}},
        WalkCase{"Arm64Block1G", "arm64-4k", 0x80000000, GiB, 0xc0000000, 0x8abcdef0, 0xcabcdef0,
                 {{0x100000, 0x101003}, {0x101010, 0x00680000c0000bc1}}},
        // 16K granule: frames of 16 KiB, root frame 64 (0x100000), tables at 0x104000, 0x108000, 0x10c000.
        // 0x200_0000: L2 index 1 (32 MiB block); offset 0x345678.
        WalkCase{"Arm64Block32M", "arm64-16k", 0x2000000, 32 * MiB, 0x40000000, 0x2345678, 0x40345678,
                 {{0x100000, 0x104003}, {0x104000, 0x108003}, {0x108008, 0x0068000040000bc1}}},
        // 0x8000_0123_4000: L0 1, L1 0, L2 0, L3 0x48d × 8 = 0x2468; offset 0x567 (bits 13..0).
        WalkCase{"Arm64Page16K", "arm64-16k", 0x800001234000, 16 * KiB, 0x4400c000, 0x800001234567, 0x4400c567,
                 {{0x100008, 0x104003}, {0x104000, 0x108003}, {0x108000, 0x10c003}, {0x10e468, 0x006800004400cbc3}}},
        // 64K granule: root frame 16 (0x100000), tables at 0x110000, 0x120000. 0x2000_0000: L1 0, L2 1.
        WalkCase{"Arm64Block512M", "arm64-64k", 0x20000000, 512 * MiB, 0x60000000, 0x21234567, 0x61234567,
                 {{0x100000, 0x110003}, {0x110008, 0x0068000060000bc1}}},
        // 0x1234_5678_0000: L1 4 × 8 = 0x20, L2 4514 × 8 = 0x8d10, L3 5752 × 8 = 0xb3c0.
        WalkCase{"Arm64Page64K", "arm64-64k", 0x123456780000, 64 * KiB, 0x500010000, 0x123456789abc, 0x500019abc,
                 {{0x100020, 0x110003}, {0x118d10, 0x120003}, {0x12b3c0, 0x0068000500010bc3}}},
        // x86-32: PD 32 × 4 = 0x80, PT 72 × 4 = 0x120; P RW US = 7 and no NX bit.
        WalkCase{"X86Page4K", "x86-32", 0x08048000, 4 * KiB, 0x200000, 0x08048123, 0x200123,
                 {{0x100080, 0x101007}, {0x101120, 0x00200007}}},
        // 0xc040_0000: PD 769 × 4 = 0xc04; PS = 0x80; offset = bits 21..0.
        WalkCase{"X86Page4M", "x86-32", 0xc0400000, 4 * MiB, 0x800000, 0xc0401abc, 0x801abc, {{0x100c04, 0x00800087}}},
        // PAE: PDPT 1 × 8, PD 3 × 8 = 0x18, PT 1 × 8; the PDPTE is P only; NX = bit 63.
        WalkCase{"PaePage4K", "x86-pae", 0x40601000, 4 * KiB, 0x123456000, 0x40601a2b, 0x123456a2b,
                 {{0x100008, 0x101001}, {0x101018, 0x102007}, {0x102008, 0x8000000123456007}}},
        WalkCase{"PaePage2M", "x86-pae", 0x80200000, 2 * MiB, 0x40000000, 0x80212345, 0x40012345,
                 {{0x100010, 0x101001}, {0x101008, 0x8000000040000087}}},
        // OSTEP: root at page 0, PT at page 1 (0x20); PD 24, PT 8; PTE 0x80 | 53 = 0xb5.
        WalkCase{"OstepPage", "ostep", 0x6100, 32, 53 * 32, 0x611c, 0x6bc, {{0x18, 0x81}, {0x28, 0xb5}}}),
    [](const testing::TestParamInfo<WalkCase> &c) { return std::string(c.param.name); });

// --- Accessed/dirty, faults -----------------------------------------------------------------------------

TEST(FormatAccessedDirty, RiscVSetsAAndDInTheLeafOnly)
{
    MMULAB_REQUIRE_DECODING_WALKER();
    Machine m(mmu::sv39Format());
    ASSERT_TRUE(m.pageTable.map(0x1234567000, 4 * KiB, 0x87654000, ReadWrite).ok());
    ASSERT_TRUE(m.translate(0x123456789a).ok());
    EXPECT_EQ(m.entryAt(0x100240), 0x40401u); // pointers have no A
    EXPECT_EQ(m.entryAt(0x101d10), 0x40801u);
    EXPECT_EQ(m.entryAt(0x102b38), 0x21d95057u); // A
    ASSERT_TRUE(m.translate(0x123456789a, AccessType::Write).ok());
    EXPECT_EQ(m.entryAt(0x102b38), 0x21d950d7u); // A and D
}

TEST(FormatAccessedDirty, Arm64SetsAfAndClearsApTwoOnWrite)
{
    MMULAB_REQUIRE_DECODING_WALKER();
    Machine m(mmu::arm64Format4k());
    ASSERT_TRUE(m.pageTable.map(0x7fffa1b2c000, 4 * KiB, 0x40000000, ReadWrite).ok());
    ASSERT_TRUE(m.translate(0x7fffa1b2c3d4).ok());
    EXPECT_EQ(m.entryAt(0x1007f8), 0x101003u); // tables have no AF
    EXPECT_EQ(m.entryAt(0x103960), 0x0068000040000fc3u);
    ASSERT_TRUE(m.translate(0x7fffa1b2c3d4, AccessType::Write).ok());
    EXPECT_EQ(m.entryAt(0x103960), 0x0068000040000f43u); // writable-dirty: AP[2] = 0
}

TEST(FormatAccessedDirty, X86ThirtyTwoBitSetsAInEveryLevelAndDInTheLeaf)
{
    Machine m(mmu::x86_32Format());
    ASSERT_TRUE(m.pageTable.map(0x08048000, 4 * KiB, 0x200000, ReadWrite).ok());
    ASSERT_TRUE(m.translate(0x08048123).ok());
    EXPECT_EQ(m.entryAt(0x100080), 0x101027u); // A = bit 5
    EXPECT_EQ(m.entryAt(0x101120), 0x200027u);
    ASSERT_TRUE(m.translate(0x08048123, AccessType::Write).ok());
    EXPECT_EQ(m.entryAt(0x101120), 0x200067u); // D = bit 6
}

TEST(FormatAccessedDirty, PaeNeverWritesThePdpte)
{
    MMULAB_REQUIRE_DECODING_WALKER();
    Machine m(mmu::x86PaeFormat());
    ASSERT_TRUE(m.pageTable.map(0x40601000, 4 * KiB, 0x123456000, ReadWrite).ok());
    ASSERT_TRUE(m.translate(0x40601a2b, AccessType::Write).ok());
    EXPECT_EQ(m.entryAt(0x100008), 0x101001u);
    EXPECT_EQ(m.entryAt(0x101018), 0x102027u);
    EXPECT_EQ(m.entryAt(0x102008), 0x8000000123456067u);
}

TEST(FormatFaults, X86ThirtyTwoBitProtection)
{
    Machine m(mmu::x86_32Format());
    ASSERT_TRUE(m.pageTable.map(0x08048000, 4 * KiB, 0x200000, ReadOnly).ok());
    ASSERT_TRUE(m.pageTable.map(0xc0400000, 4 * MiB, 0x800000, KernelExec).ok());
    Translation t = m.translate(0x08048000, AccessType::Write);
    EXPECT_EQ(t.fault, FaultKind::Protection);
    EXPECT_EQ(t.violation, mmu::ViolationWrite);
    t = m.translate(0xc0400000, AccessType::Read, Privilege::User);
    EXPECT_EQ(t.fault, FaultKind::Protection);
    EXPECT_EQ(t.violation, mmu::ViolationUser);
    t = m.translate(0xc0400000, AccessType::Execute, Privilege::Supervisor);
    EXPECT_TRUE(t.ok());
    // No NX in 32-bit paging: a read-only data page can be executed.
    EXPECT_TRUE(m.translate(0x08048000, AccessType::Execute).ok());
    // Not present: PD index 0 was never filled.
    t = m.translate(0x00001000);
    EXPECT_EQ(t.fault, FaultKind::NotPresent);
    EXPECT_EQ(t.faultLevel, 0);
}

TEST(FormatFaults, RiscVPermissions)
{
    MMULAB_REQUIRE_DECODING_WALKER();
    Machine m(mmu::sv39Format());
    ASSERT_TRUE(m.pageTable.map(0x10000, 4 * KiB, 0x80000000, ReadOnly).ok());
    ASSERT_TRUE(m.pageTable.map(0x20000, 4 * KiB, 0x80001000, KernelExec).ok());
    Translation t = m.translate(0x10000, AccessType::Write);
    EXPECT_EQ(t.fault, FaultKind::Protection);
    EXPECT_EQ(t.violation, mmu::ViolationWrite);
    t = m.translate(0x10000, AccessType::Execute);
    EXPECT_EQ(t.violation, mmu::ViolationExecute);
    t = m.translate(0x20000, AccessType::Read, Privilege::User);
    EXPECT_EQ(t.violation, mmu::ViolationUser);
    EXPECT_TRUE(m.translate(0x20000, AccessType::Execute, Privilege::Supervisor).ok());
}

TEST(FormatFaults, Arm64Permissions)
{
    MMULAB_REQUIRE_DECODING_WALKER();
    Machine m(mmu::arm64Format4k());
    ASSERT_TRUE(m.pageTable.map(0x10000, 4 * KiB, 0x40000000, ReadOnly).ok());
    ASSERT_TRUE(m.pageTable.map(0x20000, 4 * KiB, 0x40001000, KernelExec).ok());
    EXPECT_EQ(m.translate(0x10000, AccessType::Write).violation, mmu::ViolationWrite);
    EXPECT_EQ(m.translate(0x10000, AccessType::Execute).violation, mmu::ViolationExecute); // UXN
    EXPECT_EQ(m.translate(0x20000, AccessType::Read, Privilege::User).violation, mmu::ViolationUser); // AP[1] = 0
    EXPECT_TRUE(m.translate(0x20000, AccessType::Execute, Privilege::Supervisor).ok());          // PXN = 0
}

TEST(FormatFaults, RiscVMisalignedSuperpage)
{
    Machine m(mmu::sv39Format());
    // Root[1] points to a table at 0x101000 whose entry 1 is a 2 MiB leaf at 0x8020_1000.
    m.memory.write(0x100008, 8, 0x40401);
    m.memory.write(0x101008, 8, (uint64_t{0x80201} << 10) | 0x17);
    EXPECT_FALSE(m.pageTable.findLeaf(0x40200000));
    MMULAB_REQUIRE_DECODING_WALKER();
    const Translation t = m.translate(0x40200000);
    EXPECT_EQ(t.fault, FaultKind::NotPresent); // RISC-V reports a page fault either way
    EXPECT_EQ(t.faultLevel, 1);
    EXPECT_EQ(m.reads().size(), 2u);
}

TEST(FormatFaults, Arm64UpperHalfIsRefusedBeforeTheWalk)
{
    Machine m(mmu::arm64Format4k());
    const Translation t = m.translate(0xffff000000001000);
    EXPECT_FALSE(t.canonical);
    EXPECT_FALSE(t.walked);
    EXPECT_EQ(m.reads().size(), 0u);
}

TEST(FormatFaults, OstepInvalidEntries)
{
    MMULAB_REQUIRE_DECODING_WALKER();
    Machine m(mmu::ostepFormat());
    ASSERT_TRUE(m.pageTable.map(0x6100, 32, 53 * 32, ReadWrite).ok());
    Translation t = m.translate(0x3da8); // PD 15: never filled
    EXPECT_EQ(t.fault, FaultKind::NotPresent);
    EXPECT_EQ(t.faultLevel, 0);
    t = m.translate(0x613c); // PD 24, PT 9: not valid
    EXPECT_EQ(t.fault, FaultKind::NotPresent);
    EXPECT_EQ(t.faultLevel, 1);
}

} // namespace
