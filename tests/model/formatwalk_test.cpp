// SPDX-License-Identifier: GPL-3.0-or-later
// Walks of the paging formats of issue 10 to every leaf size, A/D (AF) and faults, through
// PageTable (the entries it writes, by hand) and through the Mmu (the entries it reads). The
// bit ranges and entry layouts are listed at the top of formats_test.cpp; table frames are
// handed out from the format's first frame (1 MiB, or page 0 in OSTEP), root first.
#include "../walkerdecodes.h"

#include "address.h"
#include "frameallocator.h"
#include "mmu.h"
#include "pageentry.h"
#include "pagetable.h"
#include "pagingformat.h"
#include "physicalmemory.h"
#include "step.h"

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
