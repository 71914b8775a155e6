// SPDX-License-Identifier: GPL-3.0-or-later
// The buddy frame allocator: natural alignment, reuse of the alignment gap, buddy merging,
// finite capacity and deterministic placement. Frame numbers below are worked out by hand
// from the rule "blocks of 2^order frames aligned to their size, frames from firstFrame up".
#include "frameallocator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <vector>

namespace {

using mmu::FrameAllocator;

TEST(FrameAllocator, OrderFor)
{
    EXPECT_EQ(mmu::orderFor(4096, 12), 0);
    EXPECT_EQ(mmu::orderFor(8192, 12), 1);
    EXPECT_EQ(mmu::orderFor(2 * 1024 * 1024, 12), 9);
    EXPECT_EQ(mmu::orderFor(uint64_t{1} << 30, 12), 18);
}

TEST(FrameAllocator, FirstFrameIsWhereItStarts)
{
    FrameAllocator a(std::nullopt); // default: the first MiB (frames 0..255) is firmware's
    EXPECT_EQ(a.allocate(0), std::optional<uint64_t>(256));
    EXPECT_EQ(a.allocate(0), std::optional<uint64_t>(257));

    FrameAllocator b(std::nullopt, 0);
    EXPECT_EQ(b.allocate(0), std::optional<uint64_t>(0));
}

TEST(FrameAllocator, Order9BlockIsAlignedTo512Frames)
{
    FrameAllocator a(std::nullopt);
    ASSERT_EQ(a.allocate(0), std::optional<uint64_t>(256));
    // The next 512-frame boundary above 257 is 512.
    const auto block = a.allocate(9);
    ASSERT_TRUE(block.has_value());
    EXPECT_EQ(*block, 512u);
    EXPECT_EQ(*block % 512, 0u);
    // And the one after that starts at 1024.
    EXPECT_EQ(a.allocate(9), std::optional<uint64_t>(1024));
}

TEST(FrameAllocator, Order18BlockIsAlignedTo1GiB)
{
    FrameAllocator a(std::nullopt);
    const auto block = a.allocate(18);
    ASSERT_TRUE(block.has_value());
    // 2^18 = 262144 frames of 4 KiB = 1 GiB: the first boundary at or above frame 256.
    EXPECT_EQ(*block, 262144u);
    EXPECT_EQ(*block % 262144, 0u);
    EXPECT_EQ(a.allocate(18), std::optional<uint64_t>(524288));
}

TEST(FrameAllocator, AlignmentGapIsReusedLowestFirst)
{
    FrameAllocator a(std::nullopt);
    ASSERT_EQ(a.allocate(0), std::optional<uint64_t>(256));
    ASSERT_EQ(a.allocate(9), std::optional<uint64_t>(512));
    // Frames 257..511 were skipped for alignment; single frames come back from there in order.
    for (uint64_t expected = 257; expected < 512; ++expected)
        ASSERT_EQ(a.allocate(0), std::optional<uint64_t>(expected));
    // The gap is used up: the next frame comes from above the 2 MiB block.
    EXPECT_EQ(a.allocate(0), std::optional<uint64_t>(1024));
    EXPECT_EQ(a.usedFrames(), 1u + 512u + 255u + 1u);
}

TEST(FrameAllocator, AlignmentGapHoldsNaturallyAlignedBlocks)
{
    FrameAllocator a(std::nullopt);
    ASSERT_EQ(a.allocate(0), std::optional<uint64_t>(256));
    ASSERT_EQ(a.allocate(9), std::optional<uint64_t>(512));
    // Gap 257..511 = 257 (1) + 258 (2) + 260 (4) + 264 (8) + 272 (16) + 288 (32) + 320 (64) + 384 (128).
    EXPECT_EQ(a.allocate(7), std::optional<uint64_t>(384));
    EXPECT_EQ(a.allocate(2), std::optional<uint64_t>(260));
    EXPECT_EQ(a.allocate(6), std::optional<uint64_t>(320));
    // No 256-frame block in the gap: this one comes from the top, after the 2 MiB block.
    EXPECT_EQ(a.allocate(8), std::optional<uint64_t>(1024));
}

TEST(FrameAllocator, GapBefore1GiBBlockServesSmallAllocations)
{
    FrameAllocator a(std::nullopt);
    ASSERT_EQ(a.allocate(18), std::optional<uint64_t>(262144));
    // Frames 256..262143 are free again: a 2 MiB block at 512, then small frames from 256.
    EXPECT_EQ(a.allocate(9), std::optional<uint64_t>(512));
    EXPECT_EQ(a.allocate(0), std::optional<uint64_t>(256));
    EXPECT_EQ(a.allocate(0), std::optional<uint64_t>(257));
    EXPECT_EQ(a.usedFrames(), 262144u + 512u + 2u);
}

TEST(FrameAllocator, ReleasedBuddiesMerge)
{
    FrameAllocator a(std::nullopt, 0);
    ASSERT_EQ(a.allocate(0), std::optional<uint64_t>(0));
    ASSERT_EQ(a.allocate(0), std::optional<uint64_t>(1));
    a.release(0, 0);
    a.release(1, 0);
    // 0 and 1 are buddies: together they are the 2-frame block at 0. Unmerged, a 2-frame
    // request would have to come from the top (frame 2).
    EXPECT_EQ(a.allocate(1), std::optional<uint64_t>(0));
}

TEST(FrameAllocator, NeighboursThatAreNotBuddiesDoNotMerge)
{
    FrameAllocator a(std::nullopt, 0);
    for (uint64_t f = 0; f < 4; ++f)
        ASSERT_EQ(a.allocate(0), std::optional<uint64_t>(f));
    // 1 and 2 are adjacent but in different 2-frame blocks.
    a.release(1, 0);
    a.release(2, 0);
    EXPECT_EQ(a.allocate(1), std::optional<uint64_t>(4));
    EXPECT_EQ(a.allocate(0), std::optional<uint64_t>(1));
    EXPECT_EQ(a.allocate(0), std::optional<uint64_t>(2));
}

TEST(FrameAllocator, ReleasingEveryFrameRebuildsTheWholeBlock)
{
    FrameAllocator a(std::nullopt, 0);
    std::vector<uint64_t> frames;
    for (int i = 0; i < 512; ++i)
        frames.push_back(*a.allocate(0));
    ASSERT_EQ(frames.front(), 0u);
    ASSERT_EQ(frames.back(), 511u);
    EXPECT_EQ(a.usedFrames(), 512u);

    std::mt19937_64 rng(42);
    std::shuffle(frames.begin(), frames.end(), rng);
    for (uint64_t f : frames)
        a.release(f, 0);
    EXPECT_EQ(a.usedFrames(), 0u);
    // All 512 merged back into the order-9 block at 0 (unmerged, it would come from 512).
    EXPECT_EQ(a.allocate(9), std::optional<uint64_t>(0));
    EXPECT_EQ(a.usedFrames(), 512u);
}

TEST(FrameAllocator, ReleasedLargeBlockIsSplitAgain)
{
    FrameAllocator a(std::nullopt, 0);
    ASSERT_EQ(a.allocate(9), std::optional<uint64_t>(0));
    a.release(0, 9);
    EXPECT_EQ(a.allocate(0), std::optional<uint64_t>(0));
    EXPECT_EQ(a.allocate(8), std::optional<uint64_t>(256));
    EXPECT_EQ(a.allocate(1), std::optional<uint64_t>(2));
    EXPECT_EQ(a.allocate(0), std::optional<uint64_t>(1));
}

TEST(FrameAllocator, CapacityExhaustionReturnsNullopt)
{
    FrameAllocator a(4, 256);
    EXPECT_EQ(a.capacity(), std::optional<uint64_t>(4));
    EXPECT_EQ(a.freeFrames(), std::optional<uint64_t>(4));
    for (uint64_t f = 256; f < 260; ++f)
        ASSERT_EQ(a.allocate(0), std::optional<uint64_t>(f));
    EXPECT_EQ(a.allocate(0), std::nullopt);
    EXPECT_EQ(a.usedFrames(), 4u);
    EXPECT_EQ(a.freeFrames(), std::optional<uint64_t>(0));

    // A released frame can be handed out again, and only that one.
    a.release(258, 0);
    EXPECT_EQ(a.freeFrames(), std::optional<uint64_t>(1));
    EXPECT_EQ(a.allocate(1), std::nullopt);
    EXPECT_EQ(a.allocate(0), std::optional<uint64_t>(258));
    EXPECT_EQ(a.allocate(0), std::nullopt);
}

TEST(FrameAllocator, CapacityCountsAlignedBlocksOnly)
{
    // 512 frames from 256 are frames 256..767: no 512-aligned run of 512 fits in there.
    FrameAllocator a(512, 256);
    EXPECT_EQ(a.allocate(9), std::nullopt);
    EXPECT_EQ(a.usedFrames(), 0u);
    EXPECT_EQ(a.allocate(8), std::optional<uint64_t>(256));
    EXPECT_EQ(a.allocate(8), std::optional<uint64_t>(512));
    EXPECT_EQ(a.allocate(0), std::nullopt);
    EXPECT_EQ(a.freeFrames(), std::optional<uint64_t>(0));
}

TEST(FrameAllocator, FailedLargeRequestLeavesSmallFramesAvailable)
{
    FrameAllocator a(8, 256);
    ASSERT_EQ(a.allocate(0), std::optional<uint64_t>(256));
    EXPECT_EQ(a.allocate(3), std::nullopt); // would need 264..271, beyond 263
    EXPECT_EQ(a.usedFrames(), 1u);
    for (uint64_t f = 257; f < 264; ++f)
        ASSERT_EQ(a.allocate(0), std::optional<uint64_t>(f));
    EXPECT_EQ(a.allocate(0), std::nullopt);
    EXPECT_EQ(a.usedFrames(), 8u);
}

TEST(FrameAllocator, WholeCapacityAsOneBlock)
{
    FrameAllocator a(8, 256);
    EXPECT_EQ(a.allocate(3), std::optional<uint64_t>(256));
    EXPECT_EQ(a.allocate(0), std::nullopt);
    a.release(256, 3);
    EXPECT_EQ(a.usedFrames(), 0u);
    EXPECT_EQ(a.allocate(2), std::optional<uint64_t>(256));
    EXPECT_EQ(a.allocate(2), std::optional<uint64_t>(260));
}

TEST(FrameAllocator, UnlimitedHasNoFreeCount)
{
    FrameAllocator a(std::nullopt);
    EXPECT_EQ(a.capacity(), std::nullopt);
    EXPECT_EQ(a.freeFrames(), std::nullopt);
}

TEST(FrameAllocator, InvalidOrderIsRefused)
{
    FrameAllocator a(std::nullopt);
    EXPECT_EQ(a.allocate(-1), std::nullopt);
    EXPECT_EQ(a.allocate(FrameAllocator::MaxOrder + 1), std::nullopt);
    EXPECT_EQ(a.usedFrames(), 0u);
}

TEST(FrameAllocator, UsedFramesAccounting)
{
    FrameAllocator a(std::nullopt);
    const auto f0 = a.allocate(0);
    const auto f9 = a.allocate(9);
    const auto f18 = a.allocate(18);
    ASSERT_TRUE(f0 && f9 && f18);
    EXPECT_EQ(a.usedFrames(), 1u + 512u + 262144u);
    a.release(*f9, 9);
    EXPECT_EQ(a.usedFrames(), 1u + 262144u);
    a.release(*f18, 18);
    a.release(*f0, 0);
    EXPECT_EQ(a.usedFrames(), 0u);
}

/** Random allocate/release; returns every result so two runs can be compared. */
std::vector<std::optional<uint64_t>> randomWorkload(FrameAllocator &a, uint64_t seed, bool checkInvariants)
{
    std::mt19937_64 rng(seed);
    std::map<uint64_t, int> live; // base → order
    std::vector<std::optional<uint64_t>> results;
    uint64_t liveFrames = 0;
    for (int step = 0; step < 4000; ++step) {
        if (!live.empty() && rng() % 3 == 0) {
            auto it = live.begin();
            std::advance(it, static_cast<long>(rng() % live.size()));
            a.release(it->first, it->second);
            liveFrames -= uint64_t{1} << it->second;
            live.erase(it);
            results.push_back(std::nullopt);
            continue;
        }
        static constexpr int orders[] = {0, 0, 0, 0, 1, 2, 3, 9};
        const int order = orders[rng() % std::size(orders)];
        const auto base = a.allocate(order);
        results.push_back(base);
        if (!base)
            continue;
        const uint64_t size = uint64_t{1} << order;
        if (checkInvariants) {
            EXPECT_EQ(*base % size, 0u) << "order " << order << " block at " << *base;
            EXPECT_GE(*base, 256u);
            if (a.capacity()) {
                EXPECT_LE(*base + size, 256u + *a.capacity());
            }
            // No overlap with the live block below or above.
            auto above = live.lower_bound(*base);
            if (above != live.end()) {
                EXPECT_LE(*base + size, above->first);
            }
            if (above != live.begin()) {
                auto below = std::prev(above);
                EXPECT_LE(below->first + (uint64_t{1} << below->second), *base);
            }
        }
        live[*base] = order;
        liveFrames += size;
        if (checkInvariants) {
            EXPECT_EQ(a.usedFrames(), liveFrames);
        }
    }
    return results;
}

TEST(FrameAllocator, RandomWorkloadKeepsBlocksAlignedAndDisjoint)
{
    FrameAllocator unlimited(std::nullopt);
    randomWorkload(unlimited, 7, true);
    FrameAllocator limited(2048, 256);
    const auto results = randomWorkload(limited, 8, true);
    // The limited machine must actually have run out at some point for the test to mean much.
    const auto fails = std::count_if(results.begin(), results.end(), [](const auto &r) { return !r; });
    EXPECT_GT(fails, 0);
}

TEST(FrameAllocator, SameRequestsGiveSameFrames)
{
    FrameAllocator a(4096, 256);
    FrameAllocator b(4096, 256);
    const auto ra = randomWorkload(a, 2024, false);
    const auto rb = randomWorkload(b, 2024, false);
    EXPECT_EQ(ra, rb);
    EXPECT_EQ(a.usedFrames(), b.usedFrames());
}

} // namespace
