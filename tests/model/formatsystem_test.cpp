// SPDX-License-Identifier: GPL-3.0-or-later
// The machine around the formats of issue 10: presets made for x86-64 run every format
// (retargetMachine), the default process layout fits each address space, frames stop where
// the physical addresses do, swap entries fit narrow PTEs, and machine files check page sizes
// and memory against the format. Expected values are worked out by hand below.
#include "../walkerdecodes.h"

#include "frameallocator.h"
#include "machinefile.h"
#include "mapping.h"
#include "pageentry.h"
#include "retargetmachine.h"
#include "system.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using mmu::AccessType;
using mmu::OsFault;
using mmu::Privilege;

constexpr uint64_t KiB = 1024;
constexpr uint64_t MiB = 1024 * KiB;
constexpr uint64_t GiB = 1024 * MiB;

mmu::MachineConfig preset(const std::string &name, const std::string &paging = "")
{
    auto loaded = mmu::loadMachine(name);
    EXPECT_TRUE(loaded) << name;
    mmu::MachineConfig m = *loaded;
    if (!paging.empty())
        m.paging = paging;
    return m;
}

std::vector<std::string> tlbNames(const mmu::MachineConfig &m)
{
    std::vector<std::string> names;
    for (const mmu::TlbConfig &t : m.tlbs)
        names.push_back(t.name);
    return names;
}

std::vector<std::string> walkCacheLevels(const mmu::MachineConfig &m)
{
    std::vector<std::string> levels;
    for (const mmu::WalkCacheConfig &w : m.walkCaches)
        levels.push_back(w.level);
    return levels;
}

// --- Retargeting a machine ----------------------------------------------------------------------

TEST(RetargetMachine, AMachineThatFitsIsUnchanged)
{
    const mmu::MachineConfig skylake = preset("skylake");
    const mmu::MachineConfig same = mmu::retargetMachine(skylake, mmu::x86_64Format());
    EXPECT_EQ(mmu::machineToJson(same), mmu::machineToJson(skylake));
}

TEST(RetargetMachine, SkylakeOnSv39KeepsItsTlbsAndMovesTheWalkCachesByDistance)
{
    // Sv39 has 4K, 2M and 1G leaves: every TLB stays. PML4 is three levels above the PT: Sv39 has
    // no such level. PDPT (two above) becomes VPN[2], PD (one above) VPN[1].
    const mmu::MachineConfig m = mmu::retargetMachine(preset("skylake"), mmu::sv39Format());
    EXPECT_EQ(m.paging, "sv39");
    EXPECT_EQ(m.tlbs.size(), 5u);
    EXPECT_EQ(walkCacheLevels(m), (std::vector<std::string>{"VPN[2]", "VPN[1]"}));
    EXPECT_EQ(m.walkCaches[0].entries, 4u);
    EXPECT_EQ(m.walkCaches[1].entries, 32u);
}

TEST(RetargetMachine, SkylakeOnSixteenKilobyteGranulesMapsPageSizesByRank)
{
    // Sizes named: 4K < 2M < 1G. arm64-16k has 16K < 32M: 4K -> 16K, 2M -> 32M, 1G -> none, so
    // the two 1G arrays go. PD -> L2, PDPT -> L1, PML4 -> L0 (3 above L3).
    const mmu::MachineConfig m = mmu::retargetMachine(preset("skylake"), mmu::arm64Format16k());
    EXPECT_EQ(tlbNames(m), (std::vector<std::string>{"L1 dTLB 4K", "L1 dTLB 2M", "STLB 4K+2M"}));
    EXPECT_EQ(m.tlbs[0].pageSizes, (std::vector<uint64_t>{16 * KiB}));
    EXPECT_EQ(m.tlbs[1].pageSizes, (std::vector<uint64_t>{32 * MiB}));
    EXPECT_EQ(m.tlbs[2].pageSizes, (std::vector<uint64_t>{16 * KiB, 32 * MiB}));
    EXPECT_EQ(walkCacheLevels(m), (std::vector<std::string>{"L0", "L1", "L2"}));
}

TEST(RetargetMachine, OstepKeepsOnePageSizeAndThePdCache)
{
    mmu::MachineConfig skylake = preset("skylake");
    skylake.memory.frames = 1000;
    const mmu::MachineConfig m = mmu::retargetMachine(skylake, mmu::ostepFormat());
    EXPECT_EQ(tlbNames(m), (std::vector<std::string>{"L1 dTLB 4K", "STLB 4K+2M"}));
    EXPECT_EQ(m.tlbs[0].pageSizes, (std::vector<uint64_t>{32}));
    EXPECT_EQ(m.tlbs[1].pageSizes, (std::vector<uint64_t>{32}));
    EXPECT_EQ(walkCacheLevels(m), (std::vector<std::string>{"PD"}));
    EXPECT_EQ(m.memory.frames, 128u); // 12-bit physical addresses: 4096 / 32
}

// --- A System for every format from an x86-64 preset ----------------------------------------------

class EveryFormat : public testing::TestWithParam<const mmu::PagingFormat *> {};

TEST_P(EveryFormat, BuildsFromEachPresetWithTheDefaultLayout)
{
    for (const std::string &name : mmu::presetNames()) {
        SCOPED_TRACE(name);
        mmu::System s(preset(name, GetParam()->id));
        EXPECT_EQ(&s.format(), GetParam());
        EXPECT_EQ(s.machine().paging, GetParam()->id);
        EXPECT_EQ(s.pageTable().root(), GetParam()->firstFrame() << GetParam()->pageShift);
        auto layout = s.addDefaultLayout();
        ASSERT_TRUE(layout) << layout.error().message();
        EXPECT_FALSE(s.mappings().empty());
    }
}

INSTANTIATE_TEST_SUITE_P(Issue10, EveryFormat, testing::ValuesIn(mmu::allFormats()),
                         [](const testing::TestParamInfo<const mmu::PagingFormat *> &c) {
                             std::string name = c.param->id;
                             for (char &ch : name)
                                 if (ch == '-')
                                     ch = '_';
                             return name;
                         });

TEST(FormatLayout, SixtyFourKilobyteGranulesWidenBasePageMappings)
{
    // rodata 0x410000 + 16 KiB -> 0x410000 + 64 KiB; stack 0x7fff_ffff_e000 - 0x2_0000 =
    // 0x7fff_fffd_e000 -> from 0x7fff_fffd_0000 to 0x8000_0000_0000 (0x3_0000 bytes). No 2M or 1G
    // pages; kernel-text is in TTBR1's half.
    const auto fitted = mmu::fitLayout(mmu::defaultProcessLayout(), mmu::arm64Format64k());
    std::vector<std::string> names;
    for (const mmu::Mapping &m : fitted)
        names.push_back(m.name);
    EXPECT_EQ(names, (std::vector<std::string>{"text", "rodata", "data", "heap", "heap (untouched)", "mmap", "stack"}));
    EXPECT_EQ(fitted[1].start, 0x410000u);
    EXPECT_EQ(fitted[1].length, 64 * KiB);
    EXPECT_EQ(fitted[1].pageSize, 64 * KiB);
    EXPECT_EQ(fitted[6].start, 0x7ffffffd0000u);
    EXPECT_EQ(fitted[6].length, 0x30000u);
}

TEST(FormatLayout, ThirtyTwoBitKeepsTheLowMappingsOnly)
{
    std::vector<std::string> names;
    for (const mmu::Mapping &m : mmu::fitLayout(mmu::defaultProcessLayout(), mmu::x86_32Format()))
        names.push_back(m.name);
    EXPECT_EQ(names, (std::vector<std::string>{"text", "rodata", "data", "heap", "heap (untouched)"}));
}

TEST(FormatLayout, OstepGetsTheTinyLayout)
{
    EXPECT_TRUE(mmu::fitLayout(mmu::defaultProcessLayout(), mmu::ostepFormat()).empty());
    const auto tiny = mmu::fitLayoutOrTiny(mmu::defaultProcessLayout(), mmu::ostepFormat());
    ASSERT_EQ(tiny.size(), 4u);
    EXPECT_EQ(tiny[3].name, "stack");
    EXPECT_EQ(tiny[3].start, 0x7e00u);
    EXPECT_EQ(tiny[3].end(), 0x8000u);
    // Page directory + page tables for PD 0 (text), 4 (data, heap) and 31 (stack) + 48 data pages.
    mmu::System s(preset("teaching", "ostep"));
    ASSERT_TRUE(s.addDefaultLayout());
    EXPECT_EQ(s.pageTable().tableFrames(), 4u);
    EXPECT_EQ(s.frames().usedFrames(), 4u + 48u);
}

TEST(FormatLayout, ThirtyTwoBitTranslatesTheDefaultLayoutEndToEnd)
{
    // Frames from 256: the first text page takes frame 257 (0x101000) before its PT (258).
    mmu::System s(preset("teaching", "x86-32"));
    ASSERT_TRUE(s.addDefaultLayout());
    const mmu::AccessResult r = s.access(0x400123, AccessType::Read, Privilege::User);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.translation.physical, 0x101123u);
    EXPECT_EQ(r.translation.pageSize, 4 * KiB);
}

// --- Frames and swap entries --------------------------------------------------------------------------

TEST(FormatFrames, AllocationStopsAtThePhysicalAddressWidth)
{
    mmu::FrameAllocator frames(std::nullopt, 0, 128); // OSTEP: pages 0..127
    for (uint64_t i = 0; i < 128; ++i)
        ASSERT_EQ(frames.allocate(0), i);
    EXPECT_FALSE(frames.allocate(0));
    EXPECT_FALSE(frames.freeFrames()); // still "unlimited" for the kernel: no replacement policy
}

TEST(FormatFrames, SwapEntriesFitTheEntryWidth)
{
    // x86-64: bit 62, bit 61, slot + 1 from bit 12 (49 bits: up to 2^49 - 1 slots).
    auto e = mmu::Kernel::SwapEntry::forFormat(mmu::x86_64Format());
    EXPECT_EQ(e.swapped, uint64_t{1} << 62);
    EXPECT_EQ(e.fileEvicted, uint64_t{1} << 61);
    EXPECT_EQ(e.entryFor(5), (uint64_t{1} << 62) | (6u << 12));
    EXPECT_EQ(e.maxSlots, (int64_t{1} << 49) - 1);
    // x86-32: bits 30, 29; slot + 1 in bits 28..12.
    e = mmu::Kernel::SwapEntry::forFormat(mmu::x86_32Format());
    EXPECT_EQ(e.swapped, uint64_t{1} << 30);
    EXPECT_EQ(e.entryFor(0), 0x40001000u);
    EXPECT_EQ(e.slotOf(0x40001000), 0);
    EXPECT_EQ(e.maxSlots, (int64_t{1} << 17) - 1);
    // OSTEP: valid is bit 7; bits 6 and 5 mark, slot + 1 in bits 4..0.
    e = mmu::Kernel::SwapEntry::forFormat(mmu::ostepFormat());
    EXPECT_EQ(e.swapped, 0x40u);
    EXPECT_EQ(e.fileEvicted, 0x20u);
    EXPECT_EQ(e.entryFor(2), 0x43u);
    EXPECT_EQ(e.maxSlots, 31);
    EXPECT_FALSE(mmu::decodeEntry(mmu::ostepFormat(), 1, e.entryFor(30)).present);
}

TEST(FormatFrames, ThirtyTwoBitSwapInIsAMajorFault)
{
    // 4-byte PTEs cannot hold bit 62: the swap mark must sit below bit 32, or the page would
    // come back as a fresh zero page (a minor fault) and its swap slot would leak.
    mmu::MachineConfig m = preset("teaching", "x86-32");
    m.memory.frames = 4; // root, one PT and 2 data frames
    m.memory.policy = "fifo";
    mmu::System s(m);
    mmu::Mapping heap;
    heap.name = "heap";
    heap.start = 0x10000000;
    heap.length = 64 * KiB;
    heap.perms = {.write = true, .execute = false, .user = true};
    heap.populated = false;
    ASSERT_TRUE(s.addMapping(heap));
    for (uint64_t p = 0; p < 3; ++p)
        ASSERT_EQ(s.access(0x10000000 + p * 4 * KiB, AccessType::Write, Privilege::User).fault, OsFault::Minor);
    EXPECT_EQ(s.kernel().counters().evictions, 1u);
    EXPECT_EQ(s.access(0x10000000, AccessType::Read, Privilege::User).fault, OsFault::Major);
    EXPECT_EQ(s.kernel().counters().major, 1u);
}

// --- Machine files and presets -----------------------------------------------------------------------

std::string machineError(const std::string &paging, const std::string &sizes, const std::string &memory = "")
{
    const std::string text = R"({"name": "m", "paging": ")" + paging + R"(", "clock_ghz": 1, "dram_latency": 100,
        "tlbs": [{"name": "T", "level": 1, "page_sizes": )" + sizes + R"(, "entries": 4, "ways": 4, "latency": 1}])"
        + (memory.empty() ? "" : R"(, "memory": )" + memory) + "}";
    auto r = mmu::parseMachine(text, "m.json");
    return r ? "(accepted)" : r.error().message();
}

TEST(FormatMachineFile, PageSizesArePerFormat)
{
    EXPECT_EQ(machineError("arm64-16k", R"(["16K", "32M"])"), "(accepted)");
    EXPECT_EQ(machineError("arm64-16k", R"(["4K"])"), "m.json: tlbs[0].page_sizes[0]: 4K pages do not exist in arm64-16k");
    EXPECT_EQ(machineError("arm64-64k", R"(["64K", "512M"])"), "(accepted)");
    EXPECT_EQ(machineError("sv48", R"(["4K", "2M", "1G", "512G"])"), "(accepted)");
    EXPECT_EQ(machineError("sv39", R"(["512G"])"), "m.json: tlbs[0].page_sizes[0]: 512G pages do not exist in sv39");
    EXPECT_EQ(machineError("sv57", R"(["256T"])"), "(accepted)");
    EXPECT_EQ(machineError("x86-32", R"(["4K", "4M"])"), "(accepted)");
    EXPECT_EQ(machineError("x86-pae", R"(["4M"])"), "m.json: tlbs[0].page_sizes[0]: 4M pages do not exist in x86-pae");
    EXPECT_EQ(machineError("ostep", R"(["32B"])"), "(accepted)");
}

TEST(FormatMachineFile, MemoryMustFitThePhysicalAddresses)
{
    EXPECT_EQ(machineError("ostep", R"(["32B"])", R"({"frames": 128})"), "(accepted)");
    EXPECT_EQ(machineError("ostep", R"(["32B"])", R"({"frames": 129})"),
              "m.json: memory.frames: 129 frames do not fit in the 12-bit physical addresses of ostep (at most 128)");
    // x86-32: 2^20 frames of 4 KiB, less the first MiB (256 frames).
    EXPECT_EQ(machineError("x86-32", R"(["4K"])", R"({"frames": 1048320})"), "(accepted)");
    EXPECT_NE(machineError("x86-32", R"(["4K"])", R"({"frames": 1048321})"), "(accepted)");
}

TEST(FormatPresets, RiscVAndArmPresetsUseTheirFormats)
{
    const mmu::MachineConfig rv = preset("riscv-sv39");
    EXPECT_EQ(rv.paging, "sv39");
    ASSERT_EQ(rv.tlbs.size(), 2u);
    EXPECT_EQ(rv.tlbs[0].entries, 32u); // U54: 32 entries, fully associative
    EXPECT_EQ(rv.tlbs[0].ways, 32u);
    const mmu::MachineConfig a76 = preset("cortex-a76");
    EXPECT_EQ(a76.paging, "arm64-4k");
    ASSERT_EQ(a76.tlbs.size(), 2u);
    EXPECT_EQ(a76.tlbs[0].entries, 48u); // Cortex-A76 TRM: 48-entry fully associative L1 dTLB
    EXPECT_EQ(a76.tlbs[0].ways, 48u);
    EXPECT_EQ(a76.tlbs[1].entries, 1280u); // 1280-entry 5-way L2 TLB
    EXPECT_EQ(a76.tlbs[1].ways, 5u);
    EXPECT_EQ(a76.tlbs[1].latency, 3u);
}

TEST(FormatPresets, ArmPresetTranslatesOnceTheWalkerDecodes)
{
    MMULAB_REQUIRE_DECODING_WALKER();
    mmu::System s(preset("cortex-a76"));
    ASSERT_TRUE(s.addDefaultLayout());
    // The first text page (0x400000) takes frame 257, before the three tables below the root.
    const mmu::AccessResult r = s.access(0x400123, AccessType::Read, Privilege::User);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.translation.physical, 0x101123u);
    const mmu::AccessResult again = s.access(0x400123, AccessType::Read, Privilege::User);
    EXPECT_EQ(again.translation.tlbHitLevel, 1);
}

} // namespace
