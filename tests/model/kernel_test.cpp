// SPDX-License-Identifier: GPL-3.0-or-later
// The OS model of issue 4: demand paging, every fault kind, finite memory, replacement, swap,
// hugepages, mlock, MAP_POPULATE, munmap/mprotect, and never a stale translation.
#include "machinefile.h"
#include "pageentry.h"
#include "system.h"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

namespace {

using mmu::AccessType;
using mmu::HandlerAction;
using mmu::Mapping;
using mmu::OsFault;
using mmu::Permissions;
using mmu::Privilege;
using mmu::Stage;
using mmu::Step;

constexpr uint64_t KiB = 1024;
constexpr uint64_t MiB = 1024 * KiB;
constexpr uint64_t GiB = 1024 * MiB;
constexpr uint64_t Page = 4 * KiB;
const Permissions RW{.write = true, .execute = false, .user = true};
const Permissions RO{.write = false, .execute = false, .user = true};

mmu::MachineConfig teaching(std::optional<uint64_t> frames = std::nullopt, const std::string &policy = "lru")
{
    auto loaded = mmu::loadMachine("teaching");
    EXPECT_TRUE(loaded);
    mmu::MachineConfig m = *loaded;
    m.memory.frames = frames;
    m.memory.policy = policy;
    return m;
}

Mapping anon(const std::string &name, uint64_t start, uint64_t length, Permissions perms = RW)
{
    Mapping m;
    m.name = name;
    m.start = start;
    m.length = length;
    m.perms = perms;
    m.populated = false;
    return m;
}

std::vector<HandlerAction> handlerActions(const std::vector<Step> &steps)
{
    std::vector<HandlerAction> a;
    for (const Step &s : steps)
        if (s.stage == Stage::Handler)
            a.push_back(s.action);
    return a;
}

uint64_t sumOfSteps(const std::vector<Step> &steps)
{
    return std::accumulate(steps.begin(), steps.end(), uint64_t{0},
                           [](uint64_t a, const Step &s) { return a + s.cycles; });
}

/** Checks that what the MMU (TLBs, walk caches) answers is what the page tables say now. */
void expectNoStaleTranslation(mmu::System &s, uint64_t va)
{
    const mmu::Translation t = s.translate(va, AccessType::Read, Privilege::User);
    const auto leaf = s.pageTable().findLeaf(va);
    if (!leaf) {
        EXPECT_FALSE(t.ok()) << "stale translation for unmapped " << std::hex << va;
        return;
    }
    if (!t.ok())
        return; // e.g. a protection fault: no translation was used
    const mmu::DecodedEntry e = mmu::decodeEntry(s.format(), leaf->level, leaf->entry);
    const uint64_t size = s.format().levels[leaf->level].leafPageSize();
    EXPECT_EQ(t.physical, e.frame | (va & (size - 1))) << "stale translation for " << std::hex << va;
}

TEST(Kernel, FirstTouchIsAMinorFaultThenTheRetrySucceeds)
{
    mmu::System s(teaching());
    ASSERT_TRUE(s.addMapping(anon("heap", 0x10000000, 64 * KiB)));
    std::vector<Step> steps;
    const mmu::AccessResult r = s.access(0x10000123, AccessType::Write, Privilege::User, &steps);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.fault, OsFault::Minor);
    EXPECT_EQ(handlerActions(steps),
              (std::vector<HandlerAction>{HandlerAction::FindMapping, HandlerAction::AllocateFrame,
                                          HandlerAction::ZeroFill, HandlerAction::UpdatePte, HandlerAction::Retry}));
    EXPECT_EQ(r.cycles, sumOfSteps(steps));
    // Teaching machine at 1 GHz: a minor fault is 1 µs = 1000 cycles.
    uint64_t handler = 0;
    for (const Step &st : steps)
        if (st.stage == Stage::Handler)
            handler += st.cycles;
    EXPECT_EQ(handler, 1000u);
    EXPECT_EQ(s.kernel().counters().minor, 1u);
    EXPECT_EQ(s.kernel().counters().residentBytes, Page);
    // Second touch: no fault.
    const mmu::AccessResult again = s.access(0x10000456, AccessType::Read, Privilege::User);
    EXPECT_EQ(again.fault, OsFault::None);
    EXPECT_EQ(s.kernel().counters().minor, 1u);
}

TEST(Kernel, NoMappingIsASegmentationFault)
{
    mmu::System s(teaching());
    std::vector<Step> steps;
    const mmu::AccessResult r = s.access(0x12345000, AccessType::Read, Privilege::User, &steps);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.fault, OsFault::Segv);
    EXPECT_EQ(handlerActions(steps), (std::vector<HandlerAction>{HandlerAction::FindMapping, HandlerAction::Signal}));
    EXPECT_EQ(s.kernel().counters().segv, 1u);
}

TEST(Kernel, ProtectionFaultsForWriteExecuteAndSupervisorPages)
{
    mmu::System s(teaching());
    ASSERT_TRUE(s.addMapping(anon("ro", 0x10000000, Page, RO)));
    Mapping kernelPage = anon("kernel", 0x20000000, Page, Permissions{.write = true, .execute = false, .user = false});
    ASSERT_TRUE(s.addMapping(kernelPage));
    EXPECT_EQ(s.access(0x10000000, AccessType::Write, Privilege::User).fault, OsFault::Protection);
    EXPECT_EQ(s.access(0x10000000, AccessType::Execute, Privilege::User).fault, OsFault::Protection);
    EXPECT_EQ(s.access(0x20000000, AccessType::Read, Privilege::User).fault, OsFault::Protection);
    EXPECT_EQ(s.access(0x20000000, AccessType::Read, Privilege::Supervisor).fault, OsFault::Minor);
    // Now present: the hardware reports the protection fault itself.
    EXPECT_EQ(s.access(0x10000000, AccessType::Read, Privilege::User).fault, OsFault::Minor);
    const mmu::AccessResult w = s.access(0x10000000, AccessType::Write, Privilege::User);
    EXPECT_EQ(w.fault, OsFault::Protection);
    EXPECT_EQ(w.translation.fault, mmu::FaultKind::Protection);
    EXPECT_EQ(s.kernel().counters().protection, 4u);
}

TEST(Kernel, NonCanonicalIsAGeneralProtectionFault)
{
    mmu::System s(teaching());
    EXPECT_EQ(s.access(0x0000800000000000, AccessType::Read, Privilege::User).fault, OsFault::GeneralProtection);
    EXPECT_EQ(s.kernel().counters().generalProtection, 1u);
}

TEST(Kernel, EvictedPagesComeBackWithAMajorFaultFromSwap)
{
    // 8 frames: after the page tables (root, PDPT, PD, PT) 4 are left for data.
    mmu::System s(teaching(8, "fifo"));
    ASSERT_TRUE(s.addMapping(anon("heap", 0x10000000, 64 * KiB)));
    for (uint64_t p = 0; p < 4; ++p)
        ASSERT_EQ(s.access(0x10000000 + p * Page, AccessType::Write, Privilege::User).fault, OsFault::Minor);
    EXPECT_EQ(s.pageTable().tableFrames(), 4u);
    EXPECT_EQ(s.kernel().counters().residentBytes, 4 * Page);

    std::vector<Step> steps;
    const mmu::AccessResult fifth = s.access(0x10000000 + 4 * Page, AccessType::Read, Privilege::User, &steps);
    EXPECT_EQ(fifth.fault, OsFault::Minor);
    EXPECT_EQ(handlerActions(steps),
              (std::vector<HandlerAction>{HandlerAction::FindMapping, HandlerAction::Evict, HandlerAction::WriteBack,
                                          HandlerAction::UpdatePte, HandlerAction::Invalidate,
                                          HandlerAction::AllocateFrame, HandlerAction::ZeroFill,
                                          HandlerAction::UpdatePte, HandlerAction::Retry}));
    EXPECT_EQ(s.kernel().counters().evictions, 1u);
    EXPECT_EQ(s.kernel().counters().writeBacks, 1u);
    EXPECT_EQ(s.kernel().counters().swapBytes, Page);
    // FIFO evicted page 0; its PTE holds the swap slot and P = 0.
    auto pte = s.pageTable().findLeaf(0x10000000);
    EXPECT_FALSE(pte.has_value());

    steps.clear();
    const mmu::AccessResult back = s.access(0x10000000, AccessType::Read, Privilege::User, &steps);
    EXPECT_EQ(back.fault, OsFault::Major);
    // A major fault costs the minor work plus the device: 1000 + 100000 cycles at 1 GHz (NVMe 100 µs),
    // and evicting the next dirty victim writes it out: another 100000.
    uint64_t handler = 0;
    for (const Step &st : steps)
        if (st.stage == Stage::Handler)
            handler += st.cycles;
    EXPECT_EQ(handler, 1000u + 100000u + 100000u);
    EXPECT_EQ(s.kernel().counters().major, 1u);
    EXPECT_EQ(back.cycles, sumOfSteps(steps));
}

TEST(Kernel, CleanSwappedInPageIsDroppedWithoutIo)
{
    mmu::System s(teaching(5, "fifo")); // one data frame
    ASSERT_TRUE(s.addMapping(anon("heap", 0x10000000, 64 * KiB)));
    s.access(0x10000000, AccessType::Write, Privilege::User);
    s.access(0x10001000, AccessType::Read, Privilege::User); // evicts page 0 (dirty): write
    s.access(0x10000000, AccessType::Read, Privilege::User); // evicts page 1 (no copy yet): write; swaps 0 in
    const uint64_t writes = s.kernel().counters().writeBacks;
    std::vector<Step> steps;
    s.access(0x10001000, AccessType::Read, Privilege::User, &steps); // evicts page 0: clean with swap copy
    EXPECT_EQ(s.kernel().counters().writeBacks, writes);
    const auto actions = handlerActions(steps);
    EXPECT_NE(std::find(actions.begin(), actions.end(), HandlerAction::Drop), actions.end());
}

TEST(Kernel, FileMappingsReadFromTheFileOrThePageCache)
{
    mmu::System s(teaching());
    Mapping cold = anon("libfoo.so", 0x10000000, 16 * KiB, Permissions{.write = false, .execute = true, .user = true});
    cold.fileBacked = true;
    Mapping warm = cold;
    warm.name = "libc.so";
    warm.start = 0x20000000;
    warm.pageCacheWarm = true;
    ASSERT_TRUE(s.addMapping(cold));
    ASSERT_TRUE(s.addMapping(warm));
    std::vector<Step> steps;
    EXPECT_EQ(s.access(0x10000000, AccessType::Execute, Privilege::User, &steps).fault, OsFault::Major);
    EXPECT_EQ(handlerActions(steps)[2], HandlerAction::FileRead);
    steps.clear();
    EXPECT_EQ(s.access(0x20000000, AccessType::Execute, Privilege::User, &steps).fault, OsFault::Minor);
    EXPECT_EQ(handlerActions(steps)[2], HandlerAction::PageCacheHit);
}

TEST(Kernel, PageTableBytesAndRssForAFullyTouchedGigabyte)
{
    mmu::System s(teaching());
    const uint64_t tablesBefore = s.pageTable().tableFrames(); // the root
    ASSERT_TRUE(s.addMapping(anon("big", 0x4000000000, 1 * GiB)));
    for (uint64_t va = 0x4000000000; va < 0x4000000000 + GiB; va += Page)
        ASSERT_EQ(s.access(va, AccessType::Write, Privilege::User).fault, OsFault::Minor);
    // 512 page tables, one PD and one PDPT: 514 new table frames, ≈2 MiB for 1 GiB (FACTS.md).
    EXPECT_EQ(s.pageTable().tableFrames() - tablesBefore, 512u + 1u + 1u);
    EXPECT_EQ(s.kernel().counters().residentBytes, GiB);
    EXPECT_EQ(s.kernel().counters().minor, GiB / Page);
}

TEST(Kernel, TransparentHugepageMakesRssJumpByTwoMegabytes)
{
    mmu::System s(teaching());
    Mapping thp = anon("thp", 0x40000000, 8 * MiB);
    thp.thp = true;
    ASSERT_TRUE(s.addMapping(thp));
    const uint64_t tables = s.pageTable().tableFrames();
    const mmu::AccessResult r = s.access(0x40000010, AccessType::Write, Privilege::User);
    EXPECT_EQ(r.fault, OsFault::Minor);
    EXPECT_EQ(s.kernel().counters().residentBytes, 2 * MiB);
    EXPECT_EQ(r.translation.pageSize, 2 * MiB);
    EXPECT_EQ(s.pageTable().tableFrames() - tables, 2u) << "PDPT and PD, but no PT";
    EXPECT_EQ(s.access(0x401fff00, AccessType::Read, Privilege::User).fault, OsFault::None);
}

TEST(Kernel, HugetlbPagesAndSigbusWhenMemoryIsShort)
{
    mmu::System s(teaching(1024)); // 4 MiB of memory
    Mapping huge2m = anon("hugetlb-2M", 0x40000000, 4 * MiB);
    huge2m.pageSize = 2 * MiB;
    ASSERT_TRUE(s.addMapping(huge2m));
    EXPECT_EQ(s.access(0x40000000, AccessType::Write, Privilege::User).fault, OsFault::Minor);
    EXPECT_EQ(s.kernel().counters().residentBytes, 2 * MiB);
    Mapping huge1g = anon("hugetlb-1G", 0x80000000, GiB);
    huge1g.pageSize = GiB;
    ASSERT_TRUE(s.addMapping(huge1g));
    EXPECT_EQ(s.access(0x80000000, AccessType::Write, Privilege::User).fault, OsFault::Bus);
    EXPECT_EQ(s.kernel().counters().bus, 1u);
}

TEST(Kernel, ThrashingWhenTheWorkingSetExceedsMemory)
{
    // 4 data frames, a cyclic working set of 5 pages under LRU: every access faults.
    mmu::System s(teaching(8, "lru"));
    ASSERT_TRUE(s.addMapping(anon("ws", 0x10000000, 64 * KiB)));
    for (int round = 0; round < 10; ++round)
        for (uint64_t p = 0; p < 5; ++p)
            s.access(0x10000000 + p * Page, AccessType::Read, Privilege::User);
    EXPECT_EQ(s.kernel().counters().minor + s.kernel().counters().major, 50u);
    // The same with 4 pages fits: only the first touches fault.
    mmu::System fits(teaching(8, "lru"));
    ASSERT_TRUE(fits.addMapping(anon("ws", 0x10000000, 64 * KiB)));
    for (int round = 0; round < 10; ++round)
        for (uint64_t p = 0; p < 4; ++p)
            fits.access(0x10000000 + p * Page, AccessType::Read, Privilege::User);
    EXPECT_EQ(fits.kernel().counters().minor + fits.kernel().counters().major, 4u);
}

TEST(Kernel, MlockedPagesAreNeverEvicted)
{
    mmu::System s(teaching(8, "fifo"));
    Mapping locked = anon("locked", 0x10000000, Page);
    locked.locked = true;
    ASSERT_TRUE(s.addMapping(locked));
    ASSERT_TRUE(s.addMapping(anon("other", 0x10001000, 60 * KiB)));
    s.access(0x10000000, AccessType::Read, Privilege::User); // oldest under FIFO, but locked
    for (uint64_t p = 1; p < 15; ++p)
        s.access(0x10000000 + p * Page, AccessType::Read, Privilege::User);
    EXPECT_TRUE(s.pageTable().findLeaf(0x10000000).has_value());
    EXPECT_EQ(s.access(0x10000000, AccessType::Read, Privilege::User).fault, OsFault::None);
}

TEST(Kernel, PopulateMovesTheFaultsOutOfTheLoop)
{
    mmu::System s(teaching());
    Mapping m = anon("prefaulted", 0x10000000, 256 * KiB);
    m.populated = true;
    ASSERT_TRUE(s.addMapping(m));
    EXPECT_EQ(s.kernel().counters().prefaulted, 64u);
    for (uint64_t va = 0x10000000; va < 0x10000000 + 256 * KiB; va += Page)
        EXPECT_EQ(s.access(va, AccessType::Write, Privilege::User).fault, OsFault::None);
    EXPECT_EQ(s.kernel().counters().minor, 0u);
}

TEST(Kernel, MunmapFreesFramesAndInvalidatesTranslations)
{
    mmu::System s(teaching());
    ASSERT_TRUE(s.addMapping(anon("a", 0x10000000, 64 * KiB)));
    for (uint64_t p = 0; p < 16; ++p)
        s.access(0x10000000 + p * Page, AccessType::Write, Privilege::User);
    const uint64_t used = s.frames().usedFrames();
    ASSERT_TRUE(s.kernel().munmap(0x10004000, 16 * KiB)); // the middle four pages
    EXPECT_EQ(s.frames().usedFrames(), used - 4);
    EXPECT_EQ(s.kernel().counters().residentBytes, 12 * Page);
    EXPECT_EQ(s.mappings().size(), 2u);
    EXPECT_EQ(s.access(0x10004000, AccessType::Read, Privilege::User).fault, OsFault::Segv);
    EXPECT_EQ(s.access(0x10008000, AccessType::Read, Privilege::User).fault, OsFault::None);
}

TEST(Kernel, MprotectChangesResidentPagesAndTheTlb)
{
    mmu::System s(teaching());
    ASSERT_TRUE(s.addMapping(anon("a", 0x10000000, 16 * KiB)));
    s.access(0x10000000, AccessType::Write, Privilege::User); // in the TLB now, writable
    ASSERT_TRUE(s.kernel().mprotect(0x10000000, 4 * KiB, RO));
    EXPECT_EQ(s.access(0x10000000, AccessType::Write, Privilege::User).fault, OsFault::Protection);
    EXPECT_EQ(s.access(0x10000000, AccessType::Read, Privilege::User).fault, OsFault::None);
    EXPECT_EQ(s.mappings().size(), 2u) << "the VMA was split";
    auto bad = s.kernel().mprotect(0x50000000, 4 * KiB, RO);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().message(), "mapping 'mprotect' at 0x50000000: range is not entirely mapped");
}

/** Faults of a hot set of 4 pages after a one-pass scan of 64 pages, with 8 data frames. */
uint64_t hotFaultsAfterScan(const std::string &policy, bool sequentialScan)
{
    mmu::System s(teaching(12, policy)); // root, PDPT, PD, PT + 8 data frames
    EXPECT_TRUE(s.addMapping(anon("hot", 0x10000000, 16 * KiB)));
    Mapping scan = anon("scan", 0x10100000, 256 * KiB);
    scan.sequential = sequentialScan;
    EXPECT_TRUE(s.addMapping(scan));
    for (int round = 0; round < 2; ++round)
        for (uint64_t p = 0; p < 4; ++p)
            s.access(0x10000000 + p * Page, AccessType::Read, Privilege::User);
    for (uint64_t p = 0; p < 64; ++p)
        s.access(0x10100000 + p * Page, AccessType::Read, Privilege::User);
    const uint64_t before = s.kernel().counters().minor + s.kernel().counters().major;
    for (uint64_t p = 0; p < 4; ++p)
        s.access(0x10000000 + p * Page, AccessType::Read, Privilege::User);
    return s.kernel().counters().minor + s.kernel().counters().major - before;
}

TEST(Kernel, TheScanProblemAndItsTwoCures)
{
    EXPECT_EQ(hotFaultsAfterScan("lru", false), 4u) << "plain LRU: the scan pushed the hot set out";
    EXPECT_EQ(hotFaultsAfterScan("two-list", false), 0u) << "active/inactive lists protect the hot set";
    EXPECT_EQ(hotFaultsAfterScan("lru", true), 0u) << "MADV_SEQUENTIAL: scanned pages are reclaimed first";
}

class NoStaleTranslation : public ::testing::TestWithParam<const char *> {};

TEST_P(NoStaleTranslation, OverALongSeededRandomRun)
{
    mmu::System s(teaching(48, GetParam()));
    const uint64_t base = 0x10000000;
    ASSERT_TRUE(s.addMapping(anon("a", base, 256 * KiB)));
    ASSERT_TRUE(s.addMapping(anon("b", base + 1 * MiB, 256 * KiB)));
    std::mt19937_64 rng(2024);
    std::vector<std::pair<uint64_t, uint64_t>> regions{{base, 256 * KiB}, {base + MiB, 256 * KiB}};
    for (int i = 0; i < 6000; ++i) {
        const uint64_t op = rng() % 100;
        const auto &[start, length] = regions[rng() % regions.size()];
        const uint64_t va = start + (rng() % length);
        if (op < 90) {
            const auto type = rng() % 3 == 0 ? AccessType::Write : AccessType::Read;
            const mmu::AccessResult r = s.access(va, type, Privilege::User);
            ASSERT_TRUE(r.fault == OsFault::None || r.fault == OsFault::Minor || r.fault == OsFault::Major
                        || r.fault == OsFault::Segv || r.fault == OsFault::Protection)
                << "op " << i;
        } else if (op < 95) {
            const uint64_t page = va & ~(Page - 1);
            s.kernel().mprotect(page, Page, rng() % 2 ? RO : RW);
        } else if (op < 98) {
            const uint64_t page = va & ~(Page - 1);
            s.kernel().munmap(page, Page);
        } else {
            const uint64_t page = va & ~(Page - 1);
            if (!s.mappingAt(page)) {
                ASSERT_TRUE(s.addMapping(anon("again", page, Page)));
            }
        }
        for (int k = 0; k < 4; ++k) {
            const auto &[rs, rl] = regions[rng() % regions.size()];
            expectNoStaleTranslation(s, rs + rng() % rl);
        }
        if (::testing::Test::HasFailure())
            FAIL() << "after op " << i;
    }
    EXPECT_GT(s.kernel().counters().evictions, 100u);
    // RSS equals resident 4 KiB pages found in the page tables.
    uint64_t resident = 0;
    for (const auto &[start, length] : regions)
        for (uint64_t va = start; va < start + length; va += Page)
            resident += s.pageTable().findLeaf(va).has_value();
    EXPECT_EQ(s.kernel().counters().residentBytes, resident * Page);
}

INSTANTIATE_TEST_SUITE_P(Policies, NoStaleTranslation,
                         ::testing::Values("fifo", "lru", "mru", "clock", "second-chance", "two-list", "rand", "opt"));

} // namespace
