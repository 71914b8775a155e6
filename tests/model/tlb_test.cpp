// SPDX-License-Identifier: GPL-3.0-or-later
#include "missclassifier.h"
#include "tlb.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using mmu::ReplacementKind;
using mmu::Tlb;
using mmu::TlbConfig;
using mmu::TlbEntry;

constexpr uint64_t K4 = 4096;
constexpr uint64_t M2 = 2ull << 20;

TlbConfig config(uint32_t entries, uint32_t ways, ReplacementKind policy, std::vector<uint64_t> sizes = {K4})
{
    TlbConfig c;
    c.name = "test";
    c.entries = entries;
    c.ways = ways;
    c.policy = policy;
    c.pageSizes = std::move(sizes);
    return c;
}

TlbEntry entryFor(uint64_t va, uint64_t pageSize = K4, uint16_t pcid = 0, bool global = false)
{
    TlbEntry e;
    e.vpn = va / pageSize;
    e.frame = 0x100000 + (va / pageSize) * pageSize;
    e.pageSize = pageSize;
    e.pcid = pcid;
    e.global = global;
    e.writable = e.user = true;
    return e;
}

/** Touches 4 KiB page numbers in order; returns "h"/"m" per access and fills on misses. */
std::string run(Tlb &tlb, const std::vector<uint64_t> &pages)
{
    std::string out;
    for (uint64_t p : pages) {
        const uint64_t va = p * K4;
        if (tlb.lookup(va, 0).hit) {
            out += 'h';
        } else {
            out += 'm';
            tlb.insert(va, entryFor(va));
        }
    }
    return out;
}

TEST(Tlb, SetIndexIsLowBitsOfTheVirtualPageNumberForEachPageSize)
{
    Tlb tlb(config(64, 4, ReplacementKind::Lru, {K4, M2})); // 16 sets
    EXPECT_EQ(tlb.sets(), 16u);
    EXPECT_EQ(tlb.setFor(0x7fffa1b2c3d4, K4), 0xcu);     // VPN 0x7fffa1b2c, low 4 bits
    EXPECT_EQ(tlb.setFor(0x7fffa1b2c3d4, M2), 0xdu);     // 2M VPN 0x3fffd0d, low 4 bits
    EXPECT_EQ(tlb.setFor(0x0000000000001000, K4), 1u);
    EXPECT_EQ(tlb.setFor(0x0000000000010000, K4), 0u);  // VPN 16 wraps to set 0
}

TEST(Tlb, LruOnAHandWorkedSequence)
{
    // One set of 2 ways (fully associative, 2 entries): pages 1,2,1,3,2 → m m h m m.
    // After 1,2,1 the LRU is 2, so 3 evicts 2 and the final 2 misses.
    Tlb tlb(config(2, 2, ReplacementKind::Lru));
    EXPECT_EQ(run(tlb, {1, 2, 1, 3, 2, 1}), "mmhmmm");
}

TEST(Tlb, FifoIgnoresHits)
{
    // FIFO evicts 1 (oldest arrival) even though it was just used: 1,2,1,3,1 → m m h m m.
    Tlb tlb(config(2, 2, ReplacementKind::Fifo));
    EXPECT_EQ(run(tlb, {1, 2, 1, 3, 1}), "mmhmm");
}

TEST(Tlb, TreePlruOnFourWays)
{
    // 4 ways, one set. Fill 0,1,2,3 (tree points away from 3 → victim 0 side: way 0).
    // Touch 0: victim moves to the other half: way 2. Page 4 replaces way 2 (page 2).
    Tlb tlb(config(4, 4, ReplacementKind::TreePlru));
    EXPECT_EQ(run(tlb, {0, 1, 2, 3, 0, 4}), "mmmmhm");
    EXPECT_TRUE(tlb.lookup(0 * K4, 0).hit);
    EXPECT_TRUE(tlb.lookup(1 * K4, 0).hit);
    EXPECT_FALSE(tlb.lookup(2 * K4, 0).hit);
    EXPECT_TRUE(tlb.lookup(3 * K4, 0).hit);
    EXPECT_TRUE(tlb.lookup(4 * K4, 0).hit);
}

TEST(Tlb, RandomIsDeterministicForASeed)
{
    Tlb a(config(4, 4, ReplacementKind::Random), 7);
    Tlb b(config(4, 4, ReplacementKind::Random), 7);
    std::vector<uint64_t> pages;
    for (uint64_t i = 0; i < 200; ++i)
        pages.push_back((i * 7919) % 11);
    EXPECT_EQ(run(a, pages), run(b, pages));
}

TEST(Tlb, InvalidWaysAreFilledBeforeAnyEviction)
{
    Tlb tlb(config(4, 4, ReplacementKind::Lru));
    for (uint64_t p = 0; p < 4; ++p) {
        const Tlb::Fill f = tlb.insert(p * K4, entryFor(p * K4));
        EXPECT_FALSE(f.evicted) << "page " << p;
        EXPECT_EQ(f.way, p);
    }
    const Tlb::Fill f = tlb.insert(4 * K4, entryFor(4 * K4));
    EXPECT_TRUE(f.evicted);
    EXPECT_EQ(f.victim.vpn, 0u);
}

TEST(Tlb, ConflictMissesInOneSetWhileOthersAreEmpty)
{
    // 8 entries, 2 ways, 4 sets: pages 0,4,8 all map to set 0 and thrash it.
    Tlb tlb(config(8, 2, ReplacementKind::Lru));
    EXPECT_EQ(run(tlb, {0, 4, 8, 0, 4, 8}), "mmmmmm");
    EXPECT_EQ(tlb.validEntries(), 2u);
}

TEST(Tlb, PcidIsolatesAddressSpacesButGlobalEntriesMatchAll)
{
    Tlb tlb(config(16, 4, ReplacementKind::Lru));
    tlb.insert(0x1000, entryFor(0x1000, K4, 1));
    tlb.insert(0x2000, entryFor(0x2000, K4, 1, true));
    EXPECT_TRUE(tlb.lookup(0x1000, 1).hit);
    EXPECT_FALSE(tlb.lookup(0x1000, 2).hit);
    EXPECT_TRUE(tlb.lookup(0x2000, 2).hit);
    tlb.flush(true);
    EXPECT_FALSE(tlb.lookup(0x1000, 1).hit);
    EXPECT_TRUE(tlb.lookup(0x2000, 1).hit);
    tlb.flush(false);
    EXPECT_FALSE(tlb.lookup(0x2000, 1).hit);
}

TEST(Tlb, InvlpgDropsEveryPageSizeThatTranslatesTheAddress)
{
    Tlb tlb(config(16, 4, ReplacementKind::Lru, {K4, M2}));
    tlb.insert(0x200000, entryFor(0x200000, M2));
    tlb.insert(0x201000, entryFor(0x201000, K4));
    EXPECT_EQ(tlb.invalidate(0x201234, 0), 2);
    EXPECT_FALSE(tlb.lookup(0x201234, 0).hit);
    EXPECT_FALSE(tlb.lookup(0x200000, 0).hit);
}

TEST(Tlb, TwoMegabytePageHitsForAnyAddressInside)
{
    Tlb tlb(config(16, 4, ReplacementKind::Lru, {K4, M2}));
    tlb.insert(0x40000000, entryFor(0x40000000, M2));
    const Tlb::Lookup l = tlb.lookup(0x401fffff, 0);
    ASSERT_TRUE(l.hit);
    EXPECT_EQ(l.entry->pageSize, M2);
    EXPECT_FALSE(tlb.lookup(0x40200000, 0).hit);
}

TEST(MissClassifier, CompulsoryThenCapacityThenConflict)
{
    mmu::MissClassifier c(2);
    EXPECT_EQ(c.access(1, 12, 0, false), mmu::MissKind::Compulsory);
    EXPECT_EQ(c.access(2, 12, 0, false), mmu::MissKind::Compulsory);
    EXPECT_EQ(c.access(3, 12, 0, false), mmu::MissKind::Compulsory); // shadow now {3,2}
    EXPECT_EQ(c.access(1, 12, 0, false), mmu::MissKind::Capacity);   // shadow missed too
    EXPECT_EQ(c.access(1, 12, 0, false), mmu::MissKind::Conflict);   // shadow hit, real missed
    EXPECT_EQ(c.access(1, 12, 0, true), mmu::MissKind::None);
}

TEST(MissClassifier, ShadowStaysConsistentOverALongRandomRun)
{
    // Compare the shadow with a naive LRU list on a long pseudo-random stream.
    mmu::MissClassifier c(8);
    std::vector<uint64_t> lru;
    uint64_t x = 12345;
    for (int i = 0; i < 20000; ++i) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        const uint64_t vpn = (x >> 33) % 20;
        auto it = std::find(lru.begin(), lru.end(), vpn);
        const bool naiveHit = it != lru.end();
        if (naiveHit)
            lru.erase(it);
        else if (lru.size() == 8)
            lru.pop_back();
        lru.insert(lru.begin(), vpn);
        const mmu::MissKind k = c.access(vpn, 12, 0, false);
        if (k != mmu::MissKind::Compulsory) {
            ASSERT_EQ(k == mmu::MissKind::Conflict, naiveHit) << "access " << i;
        }
    }
}

} // namespace
