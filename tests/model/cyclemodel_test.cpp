// SPDX-License-Identifier: GPL-3.0-or-later
// The cycle model of issue 3: TLB levels, walk caches, data caches and their cycle costs.
#include "machinefile.h"
#include "system.h"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

namespace {

using mmu::AccessType;
using mmu::Outcome;
using mmu::Privilege;
using mmu::Stage;
using mmu::Step;

constexpr uint64_t KiB = 1024;
constexpr uint64_t MiB = 1024 * KiB;
constexpr uint64_t GiB = 1024 * MiB;

mmu::MachineConfig preset(const std::string &name)
{
    auto m = mmu::loadMachine(name);
    EXPECT_TRUE(m) << name;
    return *m;
}

struct Traced {
    mmu::Translation t;
    std::vector<Step> steps;
};

Traced translate(mmu::System &s, uint64_t va, AccessType type = AccessType::Read)
{
    Traced r;
    r.t = s.translate(va, type, Privilege::User, &r.steps);
    return r;
}

uint64_t sumOfSteps(const std::vector<Step> &steps)
{
    return std::accumulate(steps.begin(), steps.end(), uint64_t{0},
                           [](uint64_t a, const Step &s) { return a + s.cycles; });
}

int countStage(const std::vector<Step> &steps, Stage stage)
{
    return static_cast<int>(std::count_if(steps.begin(), steps.end(), [&](const Step &s) { return s.stage == stage; }));
}

TEST(CycleModel, TeachingFirstTouchCostsTlbMissesFourDramReadsAndFourAccessedWrites)
{
    mmu::System s(preset("teaching"));
    ASSERT_TRUE(s.addDefaultLayout());
    const Traced first = translate(s, 0x7fffa1b2c3d4);
    ASSERT_TRUE(first.t.ok());
    // L1 TLB 1 + L2 TLB 8 + 4 entry reads from DRAM (200 each) + 4 A-bit writes hitting L1D (4 each).
    EXPECT_EQ(first.t.cycles, 1u + 8u + 4 * 200u + 4 * 4u);
    EXPECT_EQ(sumOfSteps(first.steps), first.t.cycles);
    EXPECT_EQ(first.t.tlbHitLevel, 0);
    EXPECT_TRUE(first.t.walked);

    const Traced second = translate(s, 0x7fffa1b2c000);
    EXPECT_EQ(second.t.cycles, 1u);
    EXPECT_EQ(second.t.tlbHitLevel, 1);
    EXPECT_FALSE(second.t.walked);
    EXPECT_EQ(second.t.physical, first.t.physical & ~uint64_t{0xfff});
    EXPECT_EQ(countStage(second.steps, Stage::EntryRead), 0);
}

TEST(CycleModel, NeighbouringPageWalkReadsTheCachedLines)
{
    mmu::System s(preset("teaching"));
    ASSERT_TRUE(s.addDefaultLayout());
    translate(s, 0x7fffa1b2c000);
    // The next page shares the PML4, PDPT and PD entries (same cache lines) and the PT line.
    const Traced t = translate(s, 0x7fffa1b2d000);
    int l1Reads = 0;
    for (const Step &st : t.steps)
        if (st.stage == Stage::EntryRead && st.servedBy == 0)
            ++l1Reads;
    EXPECT_EQ(l1Reads, 4);
    EXPECT_EQ(t.t.cycles, 1u + 8u + 4 * 4u + 4u); // 4 L1D reads, one A write on the new PTE
}

TEST(CycleModel, SecondLevelTlbCatchesWhatTheFirstEvicted)
{
    mmu::System s(preset("teaching"));
    ASSERT_TRUE(s.addDefaultLayout());
    // Teaching L1: 16 entries, 4 ways → 4 sets. Pages 0,4,8,12,16 of the heap share L1 set 0;
    // the L2 (64 entries, 8 ways, 8 sets) keeps all five.
    const uint64_t heap = 0x2000000;
    for (uint64_t p : {0, 4, 8, 12, 16})
        translate(s, heap + p * 4 * KiB);
    const Traced again = translate(s, heap);
    EXPECT_EQ(again.t.tlbHitLevel, 2);
    EXPECT_EQ(again.t.cycles, 1u + 8u);
    ASSERT_GE(again.steps.size(), 4u);
    EXPECT_EQ(again.steps[1].stage, Stage::TlbLookup);
    EXPECT_EQ(again.steps[1].outcome, Outcome::Miss);
    // Five pages would fit a fully associative 16-entry TLB: the set's 4 ways were the limit.
    EXPECT_EQ(again.steps[1].missKind, mmu::MissKind::Conflict);
    EXPECT_EQ(again.steps[2].outcome, Outcome::Hit);
    EXPECT_EQ(countStage(again.steps, Stage::TlbFill), 1); // refilled into L1 only
    EXPECT_EQ(translate(s, heap).t.tlbHitLevel, 1);
}

TEST(CycleModel, WalkCachesLetLaterWalksStartLower)
{
    mmu::System s(preset("skylake"));
    ASSERT_TRUE(s.addDefaultLayout());
    const uint64_t base = 0x7fffa1b00000; // mmap area: 2 MiB of 4 KiB pages
    EXPECT_EQ(translate(s, base).t.walkStartLevel, 0);
    // Same 2 MiB region: the PDE cache holds the PT's address, only the PT entry is read.
    const Traced samePd = translate(s, base + 8 * KiB);
    EXPECT_EQ(samePd.t.walkStartLevel, 3);
    EXPECT_EQ(countStage(samePd.steps, Stage::EntryRead), 1);
    // Same 1 GiB region, other 2 MiB: the PDPTE cache gives the PD; PD and PT entries are read.
    const Traced samePdpt = translate(s, 0x7fffa0000000 + 0x1000);
    EXPECT_EQ(samePdpt.t.walkStartLevel, 2);
    // Same 512 GiB region (PML4 index 255), other 1 GiB: the PML4E cache gives the PDPT.
    const Traced samePml4 = translate(s, 0x7ffffffde000);
    EXPECT_EQ(samePml4.t.walkStartLevel, 1);
    for (const Traced *t : {&samePd, &samePdpt, &samePml4})
        EXPECT_EQ(sumOfSteps(t->steps), t->t.cycles);
}

TEST(CycleModel, WriteThroughACleanTlbEntryWalksToSetDirty)
{
    mmu::System s(preset("teaching"));
    ASSERT_TRUE(s.addDefaultLayout());
    translate(s, 0x600000, AccessType::Read);
    const Traced w = translate(s, 0x600000, AccessType::Write);
    ASSERT_TRUE(w.t.ok());
    EXPECT_TRUE(w.t.walked);
    EXPECT_EQ(w.steps[1].outcome, Outcome::DirtyAssist);
    auto leaf = s.pageTable().findLeaf(0x600000);
    ASSERT_TRUE(leaf);
    EXPECT_TRUE((leaf->entry >> 6) & 1) << "D set in the PTE";
    // The refilled entry is dirty: the next write hits without a walk.
    EXPECT_FALSE(translate(s, 0x600008, AccessType::Write).t.walked);
}

TEST(CycleModel, ProtectionFaultOnATlbHitDropsTheEntry)
{
    mmu::System s(preset("teaching"));
    ASSERT_TRUE(s.addDefaultLayout());
    translate(s, 0x400000, AccessType::Read); // text is read-only
    const Traced w = translate(s, 0x400000, AccessType::Write);
    EXPECT_EQ(w.t.fault, mmu::FaultKind::Protection);
    EXPECT_EQ(w.t.violation, mmu::ViolationWrite);
    EXPECT_FALSE(w.t.walked);
    EXPECT_TRUE(translate(s, 0x400000, AccessType::Read).t.walked) << "the fault invalidated the TLB entry";
}

TEST(CycleModel, EachLookupIsCountedOnceAndCyclesAddUp)
{
    for (const std::string &name : mmu::presetNames()) {
        mmu::System s(preset(name));
        ASSERT_TRUE(s.addDefaultLayout());
        if (!s.format().isCanonical(0x7f0040000000 + GiB - 1))
            continue; // the regions below are the x86-64 layout's; Sv39 cannot hold them
        std::mt19937_64 rng(42);
        const std::vector<std::pair<uint64_t, uint64_t>> regions = {
            {0x2000000, 1 * MiB}, {0x7f0000000000, 8 * MiB}, {0x7f0040000000, 1 * GiB}, {0x7fffa1b00000, 2 * MiB}};
        uint64_t total = 0;
        uint64_t ok = 0;
        for (int i = 0; i < 3000; ++i) {
            const auto &[start, length] = regions[rng() % regions.size()];
            const Traced t = translate(s, start + rng() % length);
            ASSERT_EQ(sumOfSteps(t.steps), t.t.cycles) << name << " access " << i;
            total += t.t.cycles;
            ok += t.t.ok();
        }
        EXPECT_EQ(ok, 3000u);
        const mmu::MmuCounters &c = s.mmu().counters();
        EXPECT_EQ(c.cycles, total) << name;
        EXPECT_EQ(c.translations, 3000u);
        // Reads only: every translation hits at level 1, hits at level 2, or walks — exactly one.
        uint64_t hits = 0;
        for (const auto &t : c.tlbs)
            hits += t.hits;
        EXPECT_EQ(hits + c.walks, 3000u) << name;
        for (size_t k = 0; k < c.tlbs.size(); ++k) {
            const auto &t = c.tlbs[k];
            EXPECT_EQ(t.compulsory + t.capacity + t.conflict, t.misses) << name << " TLB " << k;
        }
    }
}

TEST(CycleModel, DeterministicAcrossRuns)
{
    auto run = [] {
        mmu::System s(preset("golden-cove"));
        EXPECT_TRUE(s.addDefaultLayout());
        std::mt19937_64 rng(7);
        uint64_t h = 0;
        for (int i = 0; i < 5000; ++i)
            h = h * 31 + s.translate(0x7f0040000000 + rng() % GiB, AccessType::Read, Privilege::User).cycles;
        return h;
    };
    EXPECT_EQ(run(), run());
}

TEST(CycleModel, InvlpgForgetsOnePageAndTheWalkCaches)
{
    mmu::System s(preset("skylake"));
    ASSERT_TRUE(s.addDefaultLayout());
    translate(s, 0x2000000);
    translate(s, 0x2001000);
    s.mmu().invlpg(0x2000000);
    const Traced a = translate(s, 0x2000000);
    EXPECT_TRUE(a.t.walked);
    EXPECT_EQ(a.t.walkStartLevel, 0) << "walk caches were flushed too";
    EXPECT_FALSE(translate(s, 0x2001000).t.walked);
}

} // namespace
