// SPDX-License-Identifier: GPL-3.0-or-later
// The page walk: PageTable writes entries into PhysicalMemory, Mmu reads them back. Expected
// physical addresses, entry addresses and entry values are computed by hand from FACTS.md:
// index bits per level, entry address = table base + index × 8, entry bits 0 P, 1 R/W, 2 U/S,
// 5 A, 6 D, 7 PS, 12..51 frame, 63 NX.
#include "frameallocator.h"
#include "mapping.h"
#include "mmu.h"
#include "pagetable.h"
#include "pagingformat.h"
#include "physicalmemory.h"
#include "step.h"
#include "system.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using mmu::AccessType;
using mmu::FaultKind;
using mmu::MapError;
using mmu::Outcome;
using mmu::Permissions;
using mmu::Privilege;
using mmu::Stage;
using mmu::Step;
using mmu::Translation;

constexpr uint64_t Page4K = uint64_t{1} << 12;
constexpr uint64_t Page2M = uint64_t{1} << 21;
constexpr uint64_t Page1G = uint64_t{1} << 30;

// Entry bits, Intel SDM vol. 3 §4.5.
constexpr uint64_t P = uint64_t{1} << 0;
constexpr uint64_t RW = uint64_t{1} << 1;
constexpr uint64_t US = uint64_t{1} << 2;
constexpr uint64_t A = uint64_t{1} << 5;
constexpr uint64_t D = uint64_t{1} << 6;
constexpr uint64_t PS = uint64_t{1} << 7;
constexpr uint64_t NX = uint64_t{1} << 63;
constexpr uint64_t FrameBits = 0x000ffffffffff000; // bits 51..12

constexpr uint64_t Latency = 100;

const Permissions ReadWrite{.write = true, .execute = false, .user = true};
const Permissions ReadOnly{.write = false, .execute = false, .user = true};
const Permissions ReadExecute{.write = false, .execute = true, .user = true};
const Permissions KernelReadWrite{.write = true, .execute = false, .user = false};
const Permissions KernelReadOnly{.write = false, .execute = false, .user = false};

/** Index of `level` (0 = root) for a format with `levels` levels of 9 bits over 4 KiB pages. */
uint64_t indexAt(uint64_t va, int level, int levels)
{
    return (va >> (12 + 9 * (levels - 1 - level))) & 511;
}

/** Physical memory, a frame allocator from frame 256 (0x100000), page tables and the MMU. */
struct Machine {
    explicit Machine(const mmu::PagingFormat &format = mmu::x86_64Format(),
                     std::optional<uint64_t> capacity = std::nullopt)
        : frames(capacity)
        , pageTable(format, memory, frames)
        , walker(format, memory, Latency)
    {
        walker.setRoot(pageTable.root());
    }

    Translation translate(uint64_t va, AccessType type = AccessType::Read, Privilege p = Privilege::User)
    {
        steps.clear();
        return walker.translate(va, type, p, &steps);
    }
    uint64_t entryAt(uint64_t address) const { return memory.read(address, 8); }

    mmu::PhysicalMemory memory;
    mmu::FrameAllocator frames;
    mmu::PageTable pageTable;
    mmu::Mmu walker;
    std::vector<Step> steps;
};

std::vector<Step> stepsOf(const std::vector<Step> &steps, Stage stage)
{
    std::vector<Step> out;
    for (const Step &s : steps)
        if (s.stage == stage)
            out.push_back(s);
    return out;
}

uint64_t cycleSum(const std::vector<Step> &steps)
{
    uint64_t sum = 0;
    for (const Step &s : steps)
        sum += s.cycles;
    return sum;
}

/**
 * The recorded entry reads form a chain from CR3: level k reads index k of the table the
 * previous entry points to, at table base + index × 8. Ends with a leaf at `leafLevel`.
 */
void expectWalkChain(const std::vector<Step> &steps, uint64_t va, uint64_t root, int levels, int leafLevel,
                     uint64_t latency = Latency)
{
    const auto reads = stepsOf(steps, Stage::EntryRead);
    ASSERT_EQ(reads.size(), static_cast<size_t>(leafLevel + 1));
    uint64_t table = root;
    for (int level = 0; level <= leafLevel; ++level) {
        const Step &s = reads[static_cast<size_t>(level)];
        SCOPED_TRACE("level " + std::to_string(level));
        EXPECT_EQ(s.level, level);
        EXPECT_EQ(s.tableBase, table);
        EXPECT_EQ(s.index, indexAt(va, level, levels));
        EXPECT_EQ(s.entryAddress, table + indexAt(va, level, levels) * 8);
        EXPECT_EQ(s.cycles, latency);
        EXPECT_TRUE(s.entryValue & P);
        EXPECT_EQ(s.outcome, level == leafLevel ? Outcome::Leaf : Outcome::NextTable);
        table = s.entryValue & FrameBits;
    }
}

// ---------------------------------------------------------------------------------------------
// Mapping and translating one page of each size, every number by hand

TEST(Walker, FourKilobytePageExactWalk)
{
    Machine m;
    // Root at frame 256; the three tables the map creates are frames 257, 258, 259.
    ASSERT_EQ(m.pageTable.root(), 0x100000u);
    ASSERT_TRUE(m.pageTable.map(0x7fffa1b2c000, Page4K, 0x12345000, ReadWrite).ok());
    EXPECT_EQ(m.pageTable.tableFrames(), 4u);

    const Translation t = m.translate(0x7fffa1b2c3d4);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.physical, 0x123453d4u);
    EXPECT_EQ(t.pageSize, Page4K);
    EXPECT_EQ(t.leafLevel, 3);
    EXPECT_EQ(t.faultLevel, -1);
    EXPECT_TRUE(t.canonical);

    // PML4 255, PDPT 510, PD 269, PT 300 (FACTS worked example).
    const std::vector<Step> &s = m.steps;
    ASSERT_EQ(s.size(), 10u);
    EXPECT_EQ(s[0].stage, Stage::Canonical);
    EXPECT_EQ(s[0].outcome, Outcome::Ok);
    EXPECT_EQ(s[0].cycles, 0u);

    struct Read {
        uint64_t base, index, address, value;
    };
    const Read reads[] = {
        {0x100000, 255, 0x1007f8, 0x101000 | P | RW | US},
        {0x101000, 510, 0x101ff0, 0x102000 | P | RW | US},
        {0x102000, 269, 0x102868, 0x103000 | P | RW | US},
        {0x103000, 300, 0x103960, 0x12345000 | P | RW | US | NX},
    };
    for (int level = 0; level < 4; ++level) {
        SCOPED_TRACE("level " + std::to_string(level));
        const Step &read = s[static_cast<size_t>(1 + 2 * level)];
        const Step &write = s[static_cast<size_t>(2 + 2 * level)];
        EXPECT_EQ(read.stage, Stage::EntryRead);
        EXPECT_EQ(read.level, level);
        EXPECT_EQ(read.tableBase, reads[level].base);
        EXPECT_EQ(read.index, reads[level].index);
        EXPECT_EQ(read.entryAddress, reads[level].address);
        EXPECT_EQ(read.entryValue, reads[level].value);
        EXPECT_EQ(read.outcome, level == 3 ? Outcome::Leaf : Outcome::NextTable);
        // First use: the walker writes A back into the entry it just read.
        EXPECT_EQ(write.stage, Stage::AccessedDirty);
        EXPECT_EQ(write.level, level);
        EXPECT_EQ(write.entryAddress, reads[level].address);
        EXPECT_EQ(write.entryValue, reads[level].value | A);
        EXPECT_EQ(write.cycles, Latency);
    }
    EXPECT_EQ(s[7].pageSize, Page4K);
    EXPECT_EQ(s[9].stage, Stage::Physical);
    EXPECT_EQ(s[9].physical, 0x123453d4u);
    EXPECT_EQ(s[9].pageSize, Page4K);
    EXPECT_EQ(t.cycles, 8 * Latency);
    EXPECT_EQ(t.cycles, cycleSum(s));
}

TEST(Walker, TwoMegabytePage)
{
    Machine m;
    // PML4 254, PDPT 0, PD 1; tables: PDPT at frame 257, PD at 258.
    ASSERT_TRUE(m.pageTable.map(0x7f0000200000, Page2M, 0x80000000, ReadWrite).ok());
    EXPECT_EQ(m.pageTable.tableFrames(), 3u);

    const Translation t = m.translate(0x7f00002abcde);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.physical, 0x80000000u + 0xabcde); // offset = bits 20..0
    EXPECT_EQ(t.pageSize, Page2M);
    EXPECT_EQ(t.leafLevel, 2);
    expectWalkChain(m.steps, 0x7f00002abcde, 0x100000, 4, 2);
    const auto reads = stepsOf(m.steps, Stage::EntryRead);
    ASSERT_EQ(reads.size(), 3u);
    EXPECT_EQ(reads[2].entryAddress, 0x102000u + 1 * 8);
    EXPECT_EQ(reads[2].entryValue, 0x80000000 | P | RW | US | PS | NX);
    EXPECT_EQ(reads[2].pageSize, Page2M);
    EXPECT_EQ(t.cycles, 6 * Latency);
    EXPECT_EQ(t.cycles, cycleSum(m.steps));
}

TEST(Walker, OneGigabytePage)
{
    Machine m;
    // PML4 254, PDPT 1; only the PDPT table (frame 257) is needed below the root.
    ASSERT_TRUE(m.pageTable.map(0x7f0040000000, Page1G, 0x140000000, ReadWrite).ok());
    EXPECT_EQ(m.pageTable.tableFrames(), 2u);

    const Translation t = m.translate(0x7f0040123456);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.physical, 0x140123456u); // offset = bits 29..0
    EXPECT_EQ(t.pageSize, Page1G);
    EXPECT_EQ(t.leafLevel, 1);
    expectWalkChain(m.steps, 0x7f0040123456, 0x100000, 4, 1);
    const auto reads = stepsOf(m.steps, Stage::EntryRead);
    ASSERT_EQ(reads.size(), 2u);
    EXPECT_EQ(reads[0].entryAddress, 0x100000u + 254 * 8);
    EXPECT_EQ(reads[1].entryAddress, 0x101000u + 1 * 8);
    EXPECT_EQ(reads[1].entryValue, 0x140000000 | P | RW | US | PS | NX);
    EXPECT_EQ(t.cycles, 4 * Latency);
    EXPECT_EQ(t.cycles, cycleSum(m.steps));
}

TEST(Walker, LastByteOfEachPageSize)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, ReadWrite).ok());
    ASSERT_TRUE(m.pageTable.map(0x40000000, Page2M, 0x600000, ReadWrite).ok());
    ASSERT_TRUE(m.pageTable.map(0x80000000, Page1G, 0xc0000000, ReadWrite).ok());
    EXPECT_EQ(m.translate(0x400fff).physical, 0x9fffu);
    EXPECT_EQ(m.translate(0x401fff).fault, FaultKind::NotPresent);
    EXPECT_EQ(m.translate(0x401fffff).physical, 0x7fffffu);
    EXPECT_EQ(m.translate(0xbfffffff).physical, 0xffffffffu);
}

TEST(Walker, GlobalAndExecutableLeafBits)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, ReadExecute, /*global=*/true).ok());
    const Translation t = m.translate(0x400000, AccessType::Execute);
    ASSERT_TRUE(t.ok());
    const auto reads = stepsOf(m.steps, Stage::EntryRead);
    ASSERT_EQ(reads.size(), 4u);
    // Read-only, user, executable (no NX), global (bit 8).
    EXPECT_EQ(reads[3].entryValue, 0x9000 | P | US | (uint64_t{1} << 8));
}

// ---------------------------------------------------------------------------------------------
// Property: random pages of every size, random addresses inside them

struct Page {
    uint64_t va;
    uint64_t size;
    uint64_t pa;
    Permissions perms;
};

class WalkerProperty : public testing::TestWithParam<const mmu::PagingFormat *> {};

TEST_P(WalkerProperty, RandomAddressesInRandomPages)
{
    const mmu::PagingFormat &f = *GetParam();
    const int levels = f.levelCount();
    const int vaBits = f.vaBits;
    Machine m(f);
    std::mt19937_64 rng(0x5eed0001u + static_cast<uint64_t>(levels));

    // Each page in its own 1 GiB region so that pages never overlap.
    std::set<uint64_t> regions;
    std::vector<Page> pages;
    const uint64_t sizes[] = {Page4K, Page2M, Page1G};
    const uint64_t regionCount = uint64_t{1} << (vaBits - 30);
    auto canonicalRegionBase = [&](uint64_t region) {
        const uint64_t low = region << 30;
        return (low >> (vaBits - 1)) & 1 ? low | (~uint64_t{0} << vaBits) : low;
    };
    while (pages.size() < 300) {
        const uint64_t region = rng() % regionCount;
        if (!regions.insert(region).second)
            continue;
        Page p;
        p.size = sizes[rng() % 3];
        p.va = canonicalRegionBase(region) + ((rng() % Page1G) & ~(p.size - 1));
        p.pa = (rng() & ((uint64_t{1} << 52) - 1)) & ~(p.size - 1);
        p.perms = Permissions{.write = (rng() & 1) != 0, .execute = (rng() & 1) != 0, .user = (rng() & 1) != 0};
        ASSERT_TRUE(m.pageTable.map(p.va, p.size, p.pa, p.perms).ok()) << std::hex << p.va;
        pages.push_back(p);
    }

    const AccessType types[] = {AccessType::Read, AccessType::Write, AccessType::Execute};
    for (int n = 0; n < 20000; ++n) {
        const Page &p = pages[rng() % pages.size()];
        const uint64_t offset = rng() & (p.size - 1);
        const uint64_t va = p.va + offset;
        const AccessType type = types[rng() % 3];
        const Privilege privilege = (rng() & 1) ? Privilege::User : Privilege::Supervisor;
        const int leafLevel = p.size == Page4K ? levels - 1 : p.size == Page2M ? levels - 2 : levels - 3;

        const Translation t = m.translate(va, type, privilege);
        SCOPED_TRACE(testing::Message() << "va 0x" << std::hex << va);

        uint8_t violation = mmu::ViolationNone;
        if (privilege == Privilege::User && !p.perms.user)
            violation |= mmu::ViolationUser;
        if (type == AccessType::Write && !p.perms.write)
            violation |= mmu::ViolationWrite;
        if (type == AccessType::Execute && !p.perms.execute)
            violation |= mmu::ViolationExecute;

        if (violation == mmu::ViolationNone) {
            ASSERT_TRUE(t.ok());
            ASSERT_EQ(t.physical, p.pa + offset);
            ASSERT_EQ(t.pageSize, p.size);
            ASSERT_EQ(t.leafLevel, leafLevel);
        } else {
            ASSERT_EQ(t.fault, FaultKind::Protection);
            ASSERT_EQ(t.violation, violation);
            ASSERT_EQ(t.faultLevel, leafLevel);
        }
        expectWalkChain(m.steps, va, m.pageTable.root(), levels, leafLevel);
        ASSERT_EQ(t.cycles, cycleSum(m.steps));
        if (testing::Test::HasFailure())
            return;
    }

    // Addresses in regions without a page fault at PDPT level when their top-level slots are
    // in use, at the root otherwise (and in LA57 the PML4 level in between).
    for (int n = 0; n < 2000; ++n) {
        const uint64_t region = rng() % regionCount;
        if (regions.count(region))
            continue;
        const uint64_t va = canonicalRegionBase(region) + (rng() % Page1G);
        int expectedLevel = 0;
        for (int level = 0; level < levels - 3; ++level) {
            bool shared = false;
            for (uint64_t r : regions) {
                const uint64_t other = canonicalRegionBase(r);
                bool samePath = true;
                for (int l = 0; l <= level; ++l)
                    samePath = samePath && indexAt(other, l, levels) == indexAt(va, l, levels);
                shared = shared || samePath;
            }
            if (!shared)
                break;
            expectedLevel = level + 1;
        }
        const Translation t = m.translate(va);
        ASSERT_EQ(t.fault, FaultKind::NotPresent) << std::hex << va;
        ASSERT_EQ(t.faultLevel, expectedLevel) << std::hex << va;
        ASSERT_EQ(t.cycles, cycleSum(m.steps));
    }
}

INSTANTIATE_TEST_SUITE_P(Formats, WalkerProperty,
                         testing::Values(&mmu::x86_64Format(), &mmu::x86_64La57Format()),
                         [](const testing::TestParamInfo<const mmu::PagingFormat *> &c) {
                             return c.param->levelCount() == 5 ? std::string("FiveLevel")
                                                                  : std::string("FourLevel");
                         });

TEST(Walker, FastPathGivesTheSameTranslation)
{
    Machine recorded;
    Machine fast;
    for (Machine *m : {&recorded, &fast}) {
        ASSERT_TRUE(m->pageTable.map(0x400000, Page4K, 0x9000, ReadOnly).ok());
        ASSERT_TRUE(m->pageTable.map(0x40000000, Page2M, 0x600000, ReadWrite).ok());
    }
    for (uint64_t va : {uint64_t{0x400123}, uint64_t{0x40012345}, uint64_t{0x500000}, uint64_t{0x800000000000}}) {
        for (AccessType type : {AccessType::Read, AccessType::Write}) {
            const Translation a = recorded.translate(va, type);
            const Translation b = fast.walker.translate(va, type, Privilege::User, nullptr);
            EXPECT_EQ(a.fault, b.fault);
            EXPECT_EQ(a.physical, b.physical);
            EXPECT_EQ(a.cycles, b.cycles);
            EXPECT_EQ(a.violation, b.violation);
            EXPECT_EQ(a.faultLevel, b.faultLevel);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Faults

TEST(WalkerFault, EmptyRootSlotFaultsAtLevel0)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, ReadWrite).ok()); // PML4 slot 0
    const Translation t = m.translate(0x7fffa1b2c3d4);                       // PML4 slot 255
    EXPECT_EQ(t.fault, FaultKind::NotPresent);
    EXPECT_EQ(t.faultLevel, 0);
    EXPECT_FALSE(t.ok());
    ASSERT_EQ(m.steps.size(), 3u);
    EXPECT_EQ(m.steps[1].stage, Stage::EntryRead);
    EXPECT_EQ(m.steps[1].outcome, Outcome::NotPresent);
    EXPECT_EQ(m.steps[1].entryAddress, 0x100000u + 255 * 8);
    EXPECT_EQ(m.steps[1].entryValue, 0u);
    EXPECT_EQ(m.steps[2].stage, Stage::Fault);
    EXPECT_EQ(m.steps[2].fault, FaultKind::NotPresent);
    EXPECT_EQ(m.steps[2].level, 0);
    EXPECT_EQ(t.cycles, Latency);
    EXPECT_EQ(t.cycles, cycleSum(m.steps));
    // The walker never writes into a not-present entry.
    EXPECT_EQ(m.entryAt(0x100000 + 255 * 8), 0u);
}

TEST(WalkerFault, NeighbourOf2MPageFaultsAtPd)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x7f0000200000, Page2M, 0x80000000, ReadWrite).ok()); // PD index 1
    for (uint64_t va : {uint64_t{0x7f0000400000}, uint64_t{0x7f00001fffff}}) {     // PD 2 and PD 0
        const Translation t = m.translate(va);
        EXPECT_EQ(t.fault, FaultKind::NotPresent) << std::hex << va;
        EXPECT_EQ(t.faultLevel, 2) << std::hex << va;
        const auto reads = stepsOf(m.steps, Stage::EntryRead);
        ASSERT_EQ(reads.size(), 3u);
        EXPECT_EQ(reads[2].outcome, Outcome::NotPresent);
        EXPECT_EQ(reads[2].entryAddress, 0x102000u + indexAt(va, 2, 4) * 8);
        EXPECT_EQ(t.cycles, cycleSum(m.steps));
    }
}

TEST(WalkerFault, OtherGigabyteFaultsAtPdpt)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x7f0000200000, Page2M, 0x80000000, ReadWrite).ok()); // PDPT index 0
    const Translation t = m.translate(0x7f0080000000);                                // PDPT index 2
    EXPECT_EQ(t.fault, FaultKind::NotPresent);
    EXPECT_EQ(t.faultLevel, 1);
}

TEST(WalkerFault, NeighbourOf4KPageFaultsAtPt)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, ReadWrite).ok());
    const Translation t = m.translate(0x401000);
    EXPECT_EQ(t.fault, FaultKind::NotPresent);
    EXPECT_EQ(t.faultLevel, 3);
    EXPECT_EQ(t.physical, 0u);
}

TEST(WalkerFault, NothingMappedFaultsAtRoot)
{
    Machine m;
    const Translation t = m.translate(0);
    EXPECT_EQ(t.fault, FaultKind::NotPresent);
    EXPECT_EQ(t.faultLevel, 0);
}

TEST(WalkerFault, WriteToReadOnlyPage)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, ReadOnly).ok());
    EXPECT_TRUE(m.translate(0x400010, AccessType::Read).ok());

    const Translation t = m.translate(0x400010, AccessType::Write);
    EXPECT_EQ(t.fault, FaultKind::Protection);
    EXPECT_EQ(t.violation, mmu::ViolationWrite);
    EXPECT_EQ(t.faultLevel, 3);
    EXPECT_EQ(t.physical, 0u);
    ASSERT_FALSE(m.steps.empty());
    const Step &last = m.steps.back();
    EXPECT_EQ(last.stage, Stage::Fault);
    EXPECT_EQ(last.outcome, Outcome::Violation);
    EXPECT_EQ(last.fault, FaultKind::Protection);
    EXPECT_EQ(last.violation, mmu::ViolationWrite);
    EXPECT_EQ(last.level, 3);
    EXPECT_TRUE(stepsOf(m.steps, Stage::Physical).empty());
    EXPECT_EQ(t.cycles, cycleSum(m.steps));
}

TEST(WalkerFault, SupervisorWriteToReadOnlyPageFaults)
{
    // CR0.WP = 1 (as Linux runs): read-only means read-only for the kernel too.
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, KernelReadOnly).ok());
    const Translation t = m.translate(0x400000, AccessType::Write, Privilege::Supervisor);
    EXPECT_EQ(t.fault, FaultKind::Protection);
    EXPECT_EQ(t.violation, mmu::ViolationWrite);
}

TEST(WalkerFault, UserAccessToSupervisorPage)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, KernelReadWrite).ok());
    const Translation read = m.translate(0x400000, AccessType::Read, Privilege::User);
    EXPECT_EQ(read.fault, FaultKind::Protection);
    EXPECT_EQ(read.violation, mmu::ViolationUser);

    const Translation write = m.translate(0x400000, AccessType::Write, Privilege::User);
    EXPECT_EQ(write.fault, FaultKind::Protection);
    EXPECT_EQ(write.violation, mmu::ViolationUser);
}

TEST(WalkerFault, UserWriteToSupervisorReadOnlyPageBreaksBoth)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, KernelReadOnly).ok());
    const Translation t = m.translate(0x400000, AccessType::Write, Privilege::User);
    EXPECT_EQ(t.fault, FaultKind::Protection);
    EXPECT_EQ(t.violation, mmu::ViolationUser | mmu::ViolationWrite);
}

TEST(WalkerFault, SupervisorReadsSupervisorPage)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0xffffffff81000000, Page2M, 0x1000000, KernelReadWrite).ok());
    const Translation t = m.translate(0xffffffff81012345, AccessType::Read, Privilege::Supervisor);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.physical, 0x1012345u);
    EXPECT_EQ(t.leafLevel, 2);
    EXPECT_TRUE(m.translate(0xffffffff81012345, AccessType::Write, Privilege::Supervisor).ok());
}

TEST(WalkerFault, ExecuteOfNxPage)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, ReadWrite).ok()); // NX
    ASSERT_TRUE(m.pageTable.map(0x401000, Page4K, 0xa000, ReadExecute).ok());
    EXPECT_TRUE(m.translate(0x400000, AccessType::Read).ok());
    const Translation t = m.translate(0x400000, AccessType::Execute);
    EXPECT_EQ(t.fault, FaultKind::Protection);
    EXPECT_EQ(t.violation, mmu::ViolationExecute);
    EXPECT_EQ(t.faultLevel, 3);

    const Translation x = m.translate(0x401234, AccessType::Execute);
    ASSERT_TRUE(x.ok());
    EXPECT_EQ(x.physical, 0xa234u);
}

TEST(WalkerFault, RestrictionInAnUpperLevelApplies)
{
    // Permissions combine over the whole walk: R/W=0, U/S=0 or NX=1 in any entry is enough.
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, Permissions{.write = true, .execute = true, .user = true}).ok());
    // PD entry for 0x400000: table 258 (0x102000), index 2.
    const uint64_t pdEntry = 0x102000 + 2 * 8;
    const uint64_t original = m.entryAt(pdEntry);
    ASSERT_EQ(original, 0x103000 | P | RW | US);

    m.pageTable.writeEntry(pdEntry, original & ~RW);
    EXPECT_EQ(m.translate(0x400000, AccessType::Write).violation, mmu::ViolationWrite);
    EXPECT_TRUE(m.translate(0x400000, AccessType::Read).ok());

    m.pageTable.writeEntry(pdEntry, original & ~US);
    EXPECT_EQ(m.translate(0x400000, AccessType::Read).violation, mmu::ViolationUser);
    EXPECT_TRUE(m.translate(0x400000, AccessType::Read, Privilege::Supervisor).ok());

    m.pageTable.writeEntry(pdEntry, original | NX);
    EXPECT_EQ(m.translate(0x400000, AccessType::Execute).violation, mmu::ViolationExecute);
    EXPECT_TRUE(m.translate(0x400000, AccessType::Write).ok());
}

TEST(WalkerFault, NonCanonicalIsGeneralProtectionWithoutWalk)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x7ffffffff000, Page4K, 0x9000, ReadWrite).ok());
    for (uint64_t va : {uint64_t{0x0000800000000000}, uint64_t{0xffff7fffffffffff}, uint64_t{0x80007fffffffffff}}) {
        SCOPED_TRACE(testing::Message() << std::hex << va);
        const Translation t = m.translate(va);
        EXPECT_EQ(t.fault, FaultKind::GeneralProtection);
        EXPECT_FALSE(t.canonical);
        EXPECT_EQ(t.faultLevel, -1);
        EXPECT_EQ(t.cycles, 0u);
        ASSERT_EQ(m.steps.size(), 2u);
        EXPECT_EQ(m.steps[0].stage, Stage::Canonical);
        EXPECT_EQ(m.steps[0].outcome, Outcome::NonCanonical);
        EXPECT_EQ(m.steps[1].stage, Stage::Fault);
        EXPECT_EQ(m.steps[1].fault, FaultKind::GeneralProtection);
        EXPECT_TRUE(stepsOf(m.steps, Stage::EntryRead).empty());
    }
}

// ---------------------------------------------------------------------------------------------
// Accessed and dirty bits (Intel SDM vol. 3 §4.8)

TEST(WalkerAccessedDirty, ReadSetsAccessedEverywhereAndNoDirty)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x7fffa1b2c000, Page4K, 0x12345000, ReadWrite).ok());
    const uint64_t entries[] = {0x1007f8, 0x101ff0, 0x102868, 0x103960};
    for (uint64_t e : entries)
        ASSERT_EQ(m.entryAt(e) & (A | D), 0u) << std::hex << e;

    ASSERT_TRUE(m.translate(0x7fffa1b2c3d4, AccessType::Read).ok());
    for (uint64_t e : entries) {
        EXPECT_TRUE(m.entryAt(e) & A) << std::hex << e;
        EXPECT_FALSE(m.entryAt(e) & D) << std::hex << e;
    }
    EXPECT_EQ(m.entryAt(0x103960), 0x12345000 | P | RW | US | A | NX);
    EXPECT_EQ(stepsOf(m.steps, Stage::AccessedDirty).size(), 4u);

    // A second read finds every A set: four reads, no writes.
    const Translation again = m.translate(0x7fffa1b2c3d4, AccessType::Read);
    EXPECT_TRUE(stepsOf(m.steps, Stage::AccessedDirty).empty());
    EXPECT_EQ(again.cycles, 4 * Latency);
}

TEST(WalkerAccessedDirty, WriteSetsDirtyOnTheLeafOnly)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x7fffa1b2c000, Page4K, 0x12345000, ReadWrite).ok());
    const Translation t = m.translate(0x7fffa1b2c3d4, AccessType::Write);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(m.entryAt(0x1007f8), 0x101000 | P | RW | US | A);
    EXPECT_EQ(m.entryAt(0x101ff0), 0x102000 | P | RW | US | A);
    EXPECT_EQ(m.entryAt(0x102868), 0x103000 | P | RW | US | A);
    EXPECT_EQ(m.entryAt(0x103960), 0x12345000 | P | RW | US | A | D | NX);
    const auto writes = stepsOf(m.steps, Stage::AccessedDirty);
    ASSERT_EQ(writes.size(), 4u);
    EXPECT_EQ(writes[3].entryValue, 0x12345000 | P | RW | US | A | D | NX);
    EXPECT_EQ(t.cycles, 8 * Latency);
}

TEST(WalkerAccessedDirty, WriteAfterReadWritesOnlyDirty)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, ReadWrite).ok());
    ASSERT_TRUE(m.translate(0x400000, AccessType::Read).ok());
    const Translation w = m.translate(0x400000, AccessType::Write);
    ASSERT_TRUE(w.ok());
    const auto writes = stepsOf(m.steps, Stage::AccessedDirty);
    ASSERT_EQ(writes.size(), 1u);
    EXPECT_EQ(writes[0].level, 3);
    EXPECT_TRUE(writes[0].entryValue & D);
    EXPECT_EQ(w.cycles, 5 * Latency);
    // Already dirty: nothing more to write.
    EXPECT_EQ(m.translate(0x400000, AccessType::Write).cycles, 4 * Latency);
}

TEST(WalkerAccessedDirty, HugePageLeafGetsDirtyUpperEntriesDoNot)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x7f0000200000, Page2M, 0x80000000, ReadWrite).ok());
    ASSERT_TRUE(m.translate(0x7f0000200000, AccessType::Write).ok());
    const uint64_t pml4e = 0x100000 + 254 * 8;
    const uint64_t pdpte = 0x101000 + 0 * 8;
    const uint64_t pde = 0x102000 + 1 * 8;
    EXPECT_EQ(m.entryAt(pml4e), 0x101000 | P | RW | US | A);
    EXPECT_EQ(m.entryAt(pdpte), 0x102000 | P | RW | US | A);
    EXPECT_EQ(m.entryAt(pde), 0x80000000 | P | RW | US | A | D | PS | NX);
}

TEST(WalkerAccessedDirty, ProtectionFaultLeavesLeafUntouched)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, ReadOnly).ok());
    // PT for 0x400000: table 259 (0x103000), index 0.
    const uint64_t pte = 0x103000;
    ASSERT_EQ(m.entryAt(pte), 0x9000 | P | US | NX);

    const Translation t = m.translate(0x400000, AccessType::Write);
    ASSERT_EQ(t.fault, FaultKind::Protection);
    EXPECT_EQ(m.entryAt(pte), 0x9000 | P | US | NX); // neither A nor D
    for (const Step &s : stepsOf(m.steps, Stage::AccessedDirty))
        EXPECT_LT(s.level, 3);
    // The upper entries were used, so their A bits are set.
    EXPECT_TRUE(m.entryAt(0x100000) & A);
    EXPECT_TRUE(m.entryAt(0x101000) & A);
    EXPECT_TRUE(m.entryAt(0x102000 + 2 * 8) & A);
}

TEST(WalkerAccessedDirty, UserFaultOnSupervisorPageLeavesLeafUntouched)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, KernelReadWrite).ok());
    ASSERT_EQ(m.translate(0x400000, AccessType::Read, Privilege::User).fault, FaultKind::Protection);
    EXPECT_FALSE(m.entryAt(0x103000) & A);
}

// ---------------------------------------------------------------------------------------------
// Map errors

TEST(PageTableMap, Misaligned)
{
    Machine m;
    EXPECT_EQ(m.pageTable.map(0x400800, Page4K, 0x9000, ReadWrite).error(), MapError::Misaligned);
    EXPECT_EQ(m.pageTable.map(0x400000, Page4K, 0x9800, ReadWrite).error(), MapError::Misaligned);
    EXPECT_EQ(m.pageTable.map(0x7f0000201000, Page2M, 0x80000000, ReadWrite).error(), MapError::Misaligned);
    EXPECT_EQ(m.pageTable.map(0x7f0000200000, Page2M, 0x80001000, ReadWrite).error(), MapError::Misaligned);
    EXPECT_EQ(m.pageTable.map(0x7f0040000000, Page1G, 0x80200000, ReadWrite).error(), MapError::Misaligned);
    EXPECT_EQ(m.pageTable.map(0x7f0040200000, Page1G, 0x80000000, ReadWrite).error(), MapError::Misaligned);
    EXPECT_EQ(m.pageTable.tableFrames(), 1u); // nothing was built
}

TEST(PageTableMap, UnsupportedPageSize)
{
    Machine m;
    for (uint64_t size : {uint64_t{0}, uint64_t{8192}, uint64_t{4} << 20, uint64_t{1} << 39, uint64_t{1} << 48}) {
        EXPECT_EQ(m.pageTable.map(0, size, 0, ReadWrite).error(), MapError::UnsupportedPageSize) << size;
    }
    EXPECT_EQ(m.pageTable.map(0x400800, 8192, 0, ReadWrite).error(), MapError::UnsupportedPageSize);
}

TEST(PageTableMap, AlreadyMapped)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, ReadWrite).ok());
    EXPECT_EQ(m.pageTable.map(0x400000, Page4K, 0xa000, ReadWrite).error(), MapError::AlreadyMapped);
    // A 2 MiB leaf over a region that has a page table below it.
    EXPECT_EQ(m.pageTable.map(0x400000, Page2M, 0x200000, ReadWrite).error(), MapError::AlreadyMapped);

    ASSERT_TRUE(m.pageTable.map(0x7f0000200000, Page2M, 0x80000000, ReadWrite).ok());
    // A 4 KiB page inside a 2 MiB leaf.
    EXPECT_EQ(m.pageTable.map(0x7f0000345000, Page4K, 0xa000, ReadWrite).error(), MapError::AlreadyMapped);
    // A 1 GiB leaf over a gigabyte that holds a 2 MiB page.
    EXPECT_EQ(m.pageTable.map(0x7f0000000000, Page1G, 0x40000000, ReadWrite).error(), MapError::AlreadyMapped);

    ASSERT_TRUE(m.pageTable.map(0x7f0040000000, Page1G, 0x40000000, ReadWrite).ok());
    EXPECT_EQ(m.pageTable.map(0x7f0040200000, Page2M, 0x200000, ReadWrite).error(), MapError::AlreadyMapped);
    EXPECT_EQ(m.pageTable.map(0x7f0040201000, Page4K, 0x1000, ReadWrite).error(), MapError::AlreadyMapped);

    // The original mappings are intact.
    EXPECT_EQ(m.translate(0x400123).physical, 0x9123u);
    EXPECT_EQ(m.translate(0x7f0000345678).physical, 0x80145678u);
    EXPECT_EQ(m.translate(0x7f0040201234).physical, 0x40201234u);
}

TEST(PageTableMap, NonCanonical)
{
    Machine m;
    EXPECT_EQ(m.pageTable.map(0x0000800000000000, Page4K, 0x9000, ReadWrite).error(), MapError::NonCanonical);
    EXPECT_EQ(m.pageTable.map(0x1000000000000000, Page1G, 0x40000000, ReadWrite).error(), MapError::NonCanonical);
    // The same address is canonical with LA57.
    Machine la57(mmu::x86_64La57Format());
    EXPECT_TRUE(la57.pageTable.map(0x0000800000000000, Page4K, 0x9000, ReadWrite).ok());
}

TEST(PageTableMap, OutOfMemory)
{
    // Two frames: the root and a PDPT, then nothing left for the PD.
    Machine m(mmu::x86_64Format(), 2);
    const auto r = m.pageTable.map(0x400000, Page4K, 0x9000, ReadWrite);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), MapError::OutOfMemory);
    EXPECT_EQ(m.pageTable.tableFrames(), 2u);
    EXPECT_EQ(m.frames.usedFrames(), 2u);
    EXPECT_EQ(m.translate(0x400000).fault, FaultKind::NotPresent);

    // A 1 GiB page needs only the PDPT, which is already there.
    EXPECT_TRUE(m.pageTable.map(0x40000000, Page1G, 0x40000000, ReadWrite).ok());
}

TEST(PageTableMap, NoFrameForTheRoot)
{
    mmu::PhysicalMemory memory;
    mmu::FrameAllocator frames(0);
    EXPECT_THROW({ mmu::PageTable table(mmu::x86_64Format(), memory, frames); }, std::runtime_error);
}

TEST(PageTableMap, ErrorNames)
{
    EXPECT_STREQ(mmu::toString(MapError::Misaligned), "address not aligned to the page size");
    EXPECT_STREQ(mmu::toString(MapError::UnsupportedPageSize), "page size not supported by the paging format");
    EXPECT_STREQ(mmu::toString(MapError::NonCanonical), "virtual address is not canonical");
    EXPECT_STREQ(mmu::toString(MapError::AlreadyMapped), "address is already mapped");
    EXPECT_STREQ(mmu::toString(MapError::OutOfMemory), "no free frame for a page table");
}

// ---------------------------------------------------------------------------------------------
// Page-table memory

TEST(PageTableFrames, RootOnly)
{
    Machine m;
    EXPECT_EQ(m.pageTable.tableFrames(), 1u);
    EXPECT_EQ(m.pageTable.tableBytes(), 4096u);
}

TEST(PageTableFrames, OneTwoMegabyteRegionOf4KPages)
{
    Machine m;
    for (uint64_t i = 0; i < 512; ++i)
        ASSERT_TRUE(m.pageTable.map(0x40000000 + i * Page4K, Page4K, 0x100000000 + i * Page4K, ReadWrite).ok());
    // Root + PDPT + PD + one PT.
    EXPECT_EQ(m.pageTable.tableFrames(), 4u);
    // One more page in the next 2 MiB needs one more PT.
    ASSERT_TRUE(m.pageTable.map(0x40200000, Page4K, 0x9000, ReadWrite).ok());
    EXPECT_EQ(m.pageTable.tableFrames(), 5u);
}

TEST(PageTableFrames, OneGigabyteOf4KPages)
{
    Machine m;
    const uint64_t base = 0x7f0040000000;
    for (uint64_t i = 0; i < Page1G / Page4K; ++i)
        ASSERT_TRUE(m.pageTable.map(base + i * Page4K, Page4K, i * Page4K, ReadWrite).ok()) << i;
    // Root + PDPT + PD + 512 PTs: ≈2 MiB of tables for 1 GiB (FACTS: ≈0.2 %).
    EXPECT_EQ(m.pageTable.tableFrames(), 1u + 1u + 1u + 512u);
    EXPECT_EQ(m.pageTable.tableBytes(), 515u * 4096u);
    EXPECT_EQ(m.translate(base + 0x3ffff123).physical, 0x3ffff123u);
}

TEST(PageTableFrames, OneGigabyteOf2MPages)
{
    Machine m;
    for (uint64_t i = 0; i < 512; ++i)
        ASSERT_TRUE(m.pageTable.map(0x40000000 + i * Page2M, Page2M, i * Page2M, ReadWrite).ok());
    EXPECT_EQ(m.pageTable.tableFrames(), 3u); // root + PDPT + one PD (4 KiB for the whole GiB)
}

TEST(PageTableFrames, SeparatePathsNeedSeparateTables)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, ReadWrite).ok());       // PML4 0
    ASSERT_TRUE(m.pageTable.map(0x7fffa1b2c000, Page4K, 0xa000, ReadWrite).ok()); // PML4 255
    EXPECT_EQ(m.pageTable.tableFrames(), 1u + 3u + 3u);
    // PML4 255, PDPT 511: a 1 GiB leaf in the PDPT that already exists needs no new table.
    ASSERT_TRUE(m.pageTable.map(0x7fffc0000000, Page1G, 0x40000000, ReadWrite).ok());
    EXPECT_EQ(m.pageTable.tableFrames(), 7u);
    EXPECT_EQ(m.frames.usedFrames(), 7u);
}

TEST(PageTableFrames, UnmapKeepsTables)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x400000, Page4K, 0x9000, ReadWrite).ok());
    const auto leaf = m.pageTable.unmap(0x400abc);
    ASSERT_TRUE(leaf.has_value());
    EXPECT_EQ(leaf->level, 3);
    EXPECT_EQ(leaf->entryAddress, 0x103000u);
    EXPECT_EQ(leaf->entry, 0x9000 | P | RW | US | NX);
    EXPECT_EQ(m.pageTable.tableFrames(), 4u);
    EXPECT_EQ(m.entryAt(0x103000), 0u);
    const Translation t = m.translate(0x400abc);
    EXPECT_EQ(t.fault, FaultKind::NotPresent);
    EXPECT_EQ(t.faultLevel, 3);
    EXPECT_FALSE(m.pageTable.unmap(0x400abc).has_value());
    // The slot can be mapped again.
    EXPECT_TRUE(m.pageTable.map(0x400000, Page4K, 0xa000, ReadWrite).ok());
    EXPECT_EQ(m.translate(0x400abc).physical, 0xaabcu);
}

TEST(PageTableFrames, FindLeafLeavesAccessedAlone)
{
    Machine m;
    ASSERT_TRUE(m.pageTable.map(0x7f0000200000, Page2M, 0x80000000, ReadWrite).ok());
    const auto leaf = m.pageTable.findLeaf(0x7f0000212345);
    ASSERT_TRUE(leaf.has_value());
    EXPECT_EQ(leaf->level, 2);
    EXPECT_EQ(leaf->entryAddress, 0x102000u + 8);
    EXPECT_FALSE(leaf->entry & A);
    EXPECT_FALSE(m.entryAt(0x100000 + 254 * 8) & A);
    EXPECT_FALSE(m.pageTable.findLeaf(0x7f0000400000).has_value());
}

// ---------------------------------------------------------------------------------------------
// 5-level paging

TEST(WalkerLa57, FourKilobytePageWalksFiveLevels)
{
    Machine m(mmu::x86_64La57Format());
    // 0x00ab_cdef_1234_5678: PML5 171, PML4 411, PDPT 444, PD 145, PT 325, offset 0x678.
    ASSERT_TRUE(m.pageTable.map(0x00abcdef12345000, Page4K, 0x7000, ReadWrite).ok());
    EXPECT_EQ(m.pageTable.tableFrames(), 5u);

    const Translation t = m.translate(0x00abcdef12345678);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.physical, 0x7678u);
    EXPECT_EQ(t.leafLevel, 4);
    const auto reads = stepsOf(m.steps, Stage::EntryRead);
    ASSERT_EQ(reads.size(), 5u);
    const uint64_t addresses[] = {0x100000 + 171 * 8, 0x101000 + 411 * 8, 0x102000 + 444 * 8, 0x103000 + 145 * 8,
                                  0x104000 + 325 * 8};
    for (size_t i = 0; i < 5; ++i)
        EXPECT_EQ(reads[i].entryAddress, addresses[i]) << "level " << i;
    expectWalkChain(m.steps, 0x00abcdef12345678, 0x100000, 5, 4);
    EXPECT_EQ(t.cycles, 10 * Latency);
    EXPECT_EQ(t.cycles, cycleSum(m.steps));
}

TEST(WalkerLa57, HugePagesEndOneLevelLower)
{
    Machine m(mmu::x86_64La57Format());
    ASSERT_TRUE(m.pageTable.map(0x7f0000200000, Page2M, 0x80000000, ReadWrite).ok());
    ASSERT_TRUE(m.pageTable.map(0x7f0040000000, Page1G, 0x140000000, ReadWrite).ok());
    const Translation t2 = m.translate(0x7f00002abcde);
    ASSERT_TRUE(t2.ok());
    EXPECT_EQ(t2.leafLevel, 3);
    EXPECT_EQ(t2.physical, 0x800abcdeu);
    const Translation t1 = m.translate(0x7f0040123456);
    ASSERT_TRUE(t1.ok());
    EXPECT_EQ(t1.leafLevel, 2);
    EXPECT_EQ(t1.physical, 0x140123456u);
}

TEST(WalkerLa57, CanonicalRuleUsesBit56)
{
    Machine m(mmu::x86_64La57Format());
    EXPECT_EQ(m.translate(0x0100000000000000).fault, FaultKind::GeneralProtection);
    // Canonical under LA57 (but not under 4-level paging): walks and faults at the root.
    const Translation t = m.translate(0x0000800000000000);
    EXPECT_EQ(t.fault, FaultKind::NotPresent);
    EXPECT_EQ(t.faultLevel, 0);
}

// ---------------------------------------------------------------------------------------------
// The same through System (data frames from the same allocator, default latency 200)

TEST(WalkerSystem, FourKilobyteMapping)
{
    mmu::System s(mmu::x86_64Format());
    // Root frame 256; the data frame is allocated before the tables: data 257, tables 258..260.
    ASSERT_TRUE(s.addMapping({"page", 0x400000, Page4K, ReadWrite, Page4K, false}).ok());
    std::vector<Step> steps;
    const Translation t = s.translate(0x400abc, AccessType::Read, Privilege::User, &steps);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.physical, 0x101abcu);
    EXPECT_EQ(t.leafLevel, 3);
    expectWalkChain(steps, 0x400abc, 0x100000, 4, 3, 200);
    const auto reads = stepsOf(steps, Stage::EntryRead);
    ASSERT_EQ(reads.size(), 4u);
    EXPECT_EQ(reads[0].entryAddress, 0x100000u);
    EXPECT_EQ(reads[1].entryAddress, 0x102000u);
    EXPECT_EQ(reads[2].entryAddress, 0x103000u + 2 * 8);
    EXPECT_EQ(reads[3].entryAddress, 0x104000u);
    EXPECT_EQ(reads[3].entryValue, 0x101000 | P | RW | US | NX);
    EXPECT_EQ(t.cycles, 8 * 200u);
    EXPECT_EQ(t.cycles, cycleSum(steps));
    EXPECT_EQ(s.pageTable().tableFrames(), 4u);
    EXPECT_EQ(s.frames().usedFrames(), 5u);
}

TEST(WalkerSystem, TwoMegabyteMapping)
{
    mmu::System s(mmu::x86_64Format());
    // Data blocks at frames 512 and 1024 (2 MiB aligned); tables come from the gap 257..511.
    ASSERT_TRUE(s.addMapping({"huge", 0x7f0000000000, 2 * Page2M, ReadWrite, Page2M, false}).ok());
    std::vector<Step> steps;
    const Translation t = s.translate(0x7f0000012345, AccessType::Write, Privilege::User, &steps);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.physical, 0x212345u);
    EXPECT_EQ(t.pageSize, Page2M);
    EXPECT_EQ(t.leafLevel, 2);
    expectWalkChain(steps, 0x7f0000012345, 0x100000, 4, 2, 200);
    const auto reads = stepsOf(steps, Stage::EntryRead);
    EXPECT_EQ(reads[1].tableBase, 0x101000u); // PDPT in frame 257
    EXPECT_EQ(reads[2].tableBase, 0x102000u); // PD in frame 258
    EXPECT_EQ(s.translate(0x7f0000212345, AccessType::Read, Privilege::User).physical, 0x412345u);
    EXPECT_EQ(s.translate(0x7f0000412345, AccessType::Read, Privilege::User).faultLevel, 2);
}

TEST(WalkerSystem, OneGigabyteMapping)
{
    mmu::System s(mmu::x86_64Format());
    ASSERT_TRUE(s.addMapping({"giant", 0x7f0040000000, Page1G, ReadWrite, Page1G, false}).ok());
    std::vector<Step> steps;
    const Translation t = s.translate(0x7f0040123456, AccessType::Read, Privilege::User, &steps);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.physical, 0x40123456u); // frame 262144 = 1 GiB
    EXPECT_EQ(t.pageSize, Page1G);
    EXPECT_EQ(t.leafLevel, 1);
    expectWalkChain(steps, 0x7f0040123456, 0x100000, 4, 1, 200);
    EXPECT_EQ(s.mappings().size(), 1u);
    ASSERT_NE(s.mappingAt(0x7f0040123456), nullptr);
    EXPECT_EQ(s.mappingAt(0x7f0040123456)->name, "giant");
    EXPECT_EQ(s.mappingAt(0x7f0080000000), nullptr);
}

TEST(WalkerSystem, DefaultLayout)
{
    mmu::System s(mmu::x86_64Format());
    ASSERT_TRUE(s.addDefaultLayout().ok());
    // Worked example in "mmap": PT table in frame 0x223, data frame 0x24f (see the CLI test
    // for the allocation order that gives these).
    const Translation t = s.translate(0x7fffa1b2c3d4, AccessType::Read, Privilege::User);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.physical, 0x24f3d4u);
    EXPECT_EQ(s.translate(0x7f0000123456, AccessType::Read, Privilege::User).physical, 0x523456u);
    EXPECT_EQ(s.translate(0x7f0040123456, AccessType::Read, Privilege::User).physical, 0x40123456u);
    // Kernel text: supervisor only, read and execute.
    EXPECT_EQ(s.translate(0xffffffff81000000, AccessType::Read, Privilege::User).violation, mmu::ViolationUser);
    EXPECT_TRUE(s.translate(0xffffffff81000000, AccessType::Execute, Privilege::Supervisor).ok());
    EXPECT_EQ(s.translate(0xffffffff81000000, AccessType::Write, Privilege::Supervisor).violation,
              mmu::ViolationWrite);
    // Text is not writable, data is not executable.
    EXPECT_EQ(s.translate(0x400000, AccessType::Write, Privilege::User).violation, mmu::ViolationWrite);
    EXPECT_EQ(s.translate(0x600000, AccessType::Execute, Privilege::User).violation, mmu::ViolationExecute);
    // Below the text, PD slot 0 is empty.
    const Translation hole = s.translate(0x1000, AccessType::Read, Privilege::User);
    EXPECT_EQ(hole.fault, FaultKind::NotPresent);
    EXPECT_EQ(hole.faultLevel, 2);
}

TEST(WalkerSystem, DefaultLayoutLa57)
{
    mmu::System s(mmu::x86_64La57Format());
    ASSERT_TRUE(s.addDefaultLayout().ok());
    std::vector<Step> steps;
    const Translation t = s.translate(0x7fffa1b2c3d4, AccessType::Read, Privilege::User, &steps);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.physical & 0xfff, 0x3d4u);
    EXPECT_EQ(t.leafLevel, 4);
    expectWalkChain(steps, 0x7fffa1b2c3d4, s.pageTable().root(), 5, 4, 200);
}

TEST(WalkerSystem, MappingErrorsSayWhichMappingAndWhere)
{
    mmu::System s(mmu::x86_64Format());
    ASSERT_TRUE(s.addMapping({"first", 0x400000, 2 * Page4K, ReadWrite, Page4K, false}).ok());
    const uint64_t used = s.frames().usedFrames();

    const auto dup = s.addMapping({"second", 0x401000, Page4K, ReadWrite, Page4K, false});
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().mapping, "second");
    EXPECT_EQ(dup.error().address, 0x401000u);
    // The kernel refuses the overlapping VMA before any page is touched.
    EXPECT_EQ(dup.error().reason, MapError::Overlap);
    EXPECT_EQ(dup.error().message(), "mapping 'second' at 0x401000: overlaps an existing mapping");
    EXPECT_EQ(s.frames().usedFrames(), used); // the data frame went back
    EXPECT_EQ(s.mappings().size(), 1u);

    const auto bad = s.addMapping({"bad", 0x800000000000, Page4K, ReadWrite, Page4K, false});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message(), "mapping 'bad' at 0x800000000000: virtual address is not canonical");
}

} // namespace
