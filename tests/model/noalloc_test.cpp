// SPDX-License-Identifier: GPL-3.0-or-later
// The fast path allocates nothing per access (DESIGN §1, issue 3). This executable replaces
// the global allocation functions with counting ones, so it is a program of its own.
#include "machinefile.h"
#include "replay.h"
#include "replayengine.h"
#include "system.h"
#include "throughputscenario.h"
#include "workload.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <new>
#include <span>
#include <string>
#include <vector>

namespace {

std::atomic<uint64_t> g_allocations{0};

void *countedAllocation(std::size_t size)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}

void *countedAlignedAllocation(std::size_t size, std::align_val_t alignment)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    const auto a = static_cast<std::size_t>(alignment);
    // aligned_alloc wants a size that is a multiple of the alignment.
    if (void *p = std::aligned_alloc(a, (size + a - 1) / a * a))
        return p;
    throw std::bad_alloc();
}

} // namespace

// Every replaceable form of operator new and delete ([new.delete]): the plain, array, nothrow
// and aligned forms allocate through the counters above; deletes go back to free().
void *operator new(std::size_t size)
{
    return countedAllocation(size);
}
void *operator new[](std::size_t size)
{
    return countedAllocation(size);
}
void *operator new(std::size_t size, const std::nothrow_t &) noexcept
{
    try {
        return countedAllocation(size);
    } catch (...) {
        return nullptr;
    }
}
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept
{
    try {
        return countedAllocation(size);
    } catch (...) {
        return nullptr;
    }
}
void *operator new(std::size_t size, std::align_val_t alignment)
{
    return countedAlignedAllocation(size, alignment);
}
void *operator new[](std::size_t size, std::align_val_t alignment)
{
    return countedAlignedAllocation(size, alignment);
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete[](void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}
void operator delete[](void *p, std::size_t) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::align_val_t) noexcept
{
    std::free(p);
}
void operator delete[](void *p, std::align_val_t) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t, std::align_val_t) noexcept
{
    std::free(p);
}
void operator delete[](void *p, std::size_t, std::align_val_t) noexcept
{
    std::free(p);
}

namespace {

using mmu::AccessType;
using mmu::Privilege;
using Kind = mmu::ThroughputScenario::Kind;

uint64_t allocations()
{
    return g_allocations.load(std::memory_order_relaxed);
}

mmu::MachineConfig preset(const std::string &name)
{
    auto m = mmu::loadMachine(name);
    EXPECT_TRUE(m) << name;
    return *m;
}

TEST(NoAllocation, TheCountingAllocatorSeesAllocations)
{
    // Without this the tests below could not fail.
    const uint64_t before = allocations();
    auto *p = new std::vector<int>(100);
    delete p;
    EXPECT_GE(allocations() - before, 2u);
}

class ThroughputScenarios : public testing::TestWithParam<Kind> {};

TEST_P(ThroughputScenarios, AllocateNothingPerTranslation)
{
    mmu::ThroughputScenario scenario(GetParam(), preset("skylake")); // its constructor warms up
    const uint64_t before = allocations();
    const uint64_t checksum = scenario.run(100000);
    const uint64_t allocated = allocations() - before;
    EXPECT_NE(checksum, 0u);
    EXPECT_EQ(allocated, 0u) << mmu::ThroughputScenario::name(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Skylake, ThroughputScenarios, testing::Values(Kind::L1Hit, Kind::L2Hit, Kind::RandomGiB),
                         [](const testing::TestParamInfo<Kind> &p) {
                             switch (p.param) {
                             case Kind::L1Hit: return std::string("L1Hit");
                             case Kind::L2Hit: return std::string("L2Hit");
                             case Kind::RandomGiB: return std::string("RandomGiB");
                             }
                             return std::string("Unknown");
                         });

class Presets : public testing::TestWithParam<std::string> {};

TEST_P(Presets, ClassifiedMissesAllocateNothingOncePagesHaveBeenSeen)
{
    // Miss classification on (the default): TLB misses of every class, walks through the walk
    // and data caches, A and D updates. Only the first reference to a page may allocate (the
    // classifier remembers the pages it has seen).
    mmu::System system(preset(GetParam()), mmu::MmuOptions{true});
    mmu::Mapping m;
    m.name = "working set";
    m.start = 0x1000000000; // 2^36: canonical in every preset's format, Sv39 included
    m.length = 8192 * 4096; // far more pages than any TLB holds
    m.perms = mmu::Permissions{.write = true, .execute = false, .user = true};
    m.pageSize = 4096;
    ASSERT_TRUE(system.addMapping(m));
    mmu::Mmu &mmu = system.mmu();
    for (uint64_t va = m.start; va < m.end(); va += 4096)
        ASSERT_TRUE(mmu.translate(va, AccessType::Write, Privilege::User).ok());

    uint64_t x = 0x9E3779B97F4A7C15ULL;
    uint64_t physicalSum = 0;
    const uint64_t before = allocations();
    for (int i = 0; i < 100000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        // Half the references go to a small hot set (TLB hits), half anywhere (misses).
        const uint64_t page = (x & 1) ? (x >> 1) % 48 : (x >> 1) % 8192;
        const AccessType type = (x >> 40) % 4 == 0 ? AccessType::Write : AccessType::Read;
        physicalSum += mmu.translate(m.start + page * 4096 + (x >> 52), type, Privilege::User).physical;
    }
    const uint64_t allocated = allocations() - before;
    EXPECT_NE(physicalSum, 0u);
    EXPECT_EQ(allocated, 0u);
    const mmu::MmuCounters &c = mmu.counters();
    uint64_t classified = 0;
    for (const mmu::MmuCounters::PerTlb &t : c.tlbs)
        classified += t.capacity + t.conflict;
    EXPECT_GT(classified, 0u) << "the run should have classified misses";
}

INSTANTIATE_TEST_SUITE_P(All, Presets, testing::ValuesIn(mmu::presetNames()),
                         [](const testing::TestParamInfo<std::string> &p) {
                             std::string name = p.param;
                             for (char &ch : name)
                                 if (!std::isalnum(static_cast<unsigned char>(ch)))
                                     ch = '_';
                             return name;
                         });

/** Whether the replayed workload declares its region (a generator) or is mapped on first touch (a trace). */
enum class Mapped { Declared, OnFirstTouch };

class WarmReplay : public testing::TestWithParam<Mapped> {};

TEST_P(WarmReplay, AllocatesNothingPerAccess)
{
    // A replay whose pages are all resident: sequential runs (TLB hits) and random accesses over
    // 64 MiB (walks through the walk and data caches, with prefetching), a quarter of them
    // writes, through the kernel, the counters and the series (which samples and merges).
    auto replay = mmu::Replay::create(mmu::ReplayConfig{preset("skylake"), mmu::PageSizePolicy::Base});
    ASSERT_TRUE(replay);
    auto warm = mmu::makeWorkload("stride:stride=4K,size=64M");
    ASSERT_TRUE(warm);
    std::vector<mmu::MemoryAccess> batch(mmu::ReplayEngine::BatchSize);
    if (GetParam() == Mapped::Declared) {
        mmu::ReplayEngine engine;
        ASSERT_TRUE(engine.run(*warm.value(), *replay.value()));
    } else {
        while (const size_t n = warm.value()->read(batch))
            replay.value()->feed(std::span(batch.data(), n));
    }
    auto seq = mmu::makeWorkload("seq:size=64M,elem=8,count=1G,write=0.25");
    auto random = mmu::makeWorkload("random:size=64M,count=1G,seed=3,write=0.25");
    ASSERT_TRUE(seq && random);

    const uint64_t faultsBefore = replay.value()->summary().os.minor;
    const uint64_t before = allocations();
    for (int i = 0; i < 64; ++i) {
        mmu::Workload &w = i % 2 ? *random.value() : *seq.value();
        const size_t n = w.read(batch);
        replay.value()->feed(std::span(batch.data(), n));
    }
    const uint64_t allocated = allocations() - before;
    EXPECT_EQ(allocated, 0u);
    const mmu::ReplaySummary s = replay.value()->summary();
    EXPECT_EQ(s.os.minor, faultsBefore) << "every page should have been resident";
    EXPECT_GT(s.tlbHits, 0u);
    EXPECT_GT(s.walks, 64u * mmu::ReplayEngine::BatchSize / 4) << "the random half should walk";
}

INSTANTIATE_TEST_SUITE_P(Skylake, WarmReplay, testing::Values(Mapped::Declared, Mapped::OnFirstTouch),
                         [](const testing::TestParamInfo<Mapped> &p) {
                             return std::string(p.param == Mapped::Declared ? "Declared" : "OnFirstTouch");
                         });

} // namespace
