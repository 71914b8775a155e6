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
// Walks to every leaf size, A/D and faults are in formatwalk_test.cpp.
#include "address.h"
#include "pageentry.h"
#include "pagingformat.h"
#include "stepnames.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace {

using mmu::Permissions;

constexpr uint64_t KiB = 1024;
constexpr uint64_t MiB = KiB * 1024;
constexpr uint64_t GiB = MiB * 1024;
constexpr uint64_t TiB = GiB * 1024;

const Permissions ReadWrite{.write = true, .execute = false, .user = true};
const Permissions ReadOnly{.write = false, .execute = false, .user = true};
const Permissions KernelExec{.write = false, .execute = true, .user = false};

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

} // namespace
