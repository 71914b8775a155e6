// SPDX-License-Identifier: GPL-3.0-or-later
// Page-replacement policies and the reference-string replay. Every expected number below was
// worked out by hand (or, for OPT, by an independent exhaustive search), not taken from a run.
#include "referencestring.h"
#include "replacementpolicy.h"
#include "twolistpolicy.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <map>
#include <random>
#include <set>

using mmu::LockedSlots;
using mmu::PageReference;
using mmu::PageUse;
using mmu::PolicyKind;
using mmu::ReferenceRun;
using mmu::ReferenceString;
using mmu::ReferenceStringError;

namespace {

const char *const Belady = "1,2,3,4,1,2,5,1,2,3,4,5";
const char *const Classic = "7,0,1,2,0,3,0,4,2,3,0,3,2,1,2,0,1,7,0,1"; // Silberschatz et al.

ReferenceString reads(const std::vector<uint64_t> &pages)
{
    std::vector<PageReference> refs;
    for (uint64_t p : pages)
        refs.push_back({p, false});
    return ReferenceString(refs);
}

/** Parses `text` (which the caller knows is valid) and replays it; an empty run if it is not. */
ReferenceRun replay(PolicyKind kind, int frames, const std::string &text, uint64_t seed = 0)
{
    const auto refs = ReferenceString::parse(text);
    EXPECT_TRUE(refs.ok()) << text;
    if (!refs)
        return {};
    return refs->replay(*mmu::makePolicy(kind, frames, seed));
}

std::vector<std::optional<uint64_t>> victims(const ReferenceRun &run)
{
    std::vector<std::optional<uint64_t>> v;
    for (const mmu::ReferenceStep &s : run.steps)
        v.push_back(s.victim);
    return v;
}

std::optional<uint64_t> none()
{
    return std::nullopt;
}

std::optional<uint64_t> page(uint64_t p)
{
    return p;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Hit counts on textbook strings.

struct HitCase {
    PolicyKind policy;
    int frames;
    const char *refs;
    uint64_t misses;
};

class PolicyMisses : public testing::TestWithParam<HitCase> {};

TEST_P(PolicyMisses, MatchesTheTextbook)
{
    const HitCase &c = GetParam();
    const ReferenceRun run = replay(c.policy, c.frames, c.refs);
    const std::string refs = c.refs;
    const auto total = static_cast<uint64_t>(std::count(refs.begin(), refs.end(), ',') + 1);
    EXPECT_EQ(run.misses, c.misses);
    EXPECT_EQ(run.hits, total - c.misses);
    EXPECT_EQ(run.steps.size(), total);
}

INSTANTIATE_TEST_SUITE_P(Textbook, PolicyMisses, testing::Values(
    // Belady's anomaly: FIFO faults more with 4 frames than with 3.
    HitCase{PolicyKind::Fifo, 3, Belady, 9},
    HitCase{PolicyKind::Fifo, 4, Belady, 10},
    HitCase{PolicyKind::Lru, 3, Belady, 10},
    HitCase{PolicyKind::Lru, 4, Belady, 8},
    HitCase{PolicyKind::Opt, 3, Belady, 7},
    HitCase{PolicyKind::Opt, 4, Belady, 6},
    HitCase{PolicyKind::Mru, 3, Belady, 7},
    HitCase{PolicyKind::Fifo, 3, Classic, 15},
    HitCase{PolicyKind::Lru, 3, Classic, 12},
    HitCase{PolicyKind::Opt, 3, Classic, 9},
    HitCase{PolicyKind::Mru, 3, Classic, 16},
    // A loop over one page more than fits: LRU always misses, MRU keeps most of the loop.
    HitCase{PolicyKind::Lru, 3, "1,2,3,4,1,2,3,4", 8},
    HitCase{PolicyKind::Mru, 3, "1,2,3,4,1,2,3,4", 5}));

TEST(FifoPolicy, BeladyAnomalyVictims)
{
    const ReferenceRun three = replay(PolicyKind::Fifo, 3, Belady);
    EXPECT_EQ(three.hits, 3u);
    EXPECT_EQ(victims(three), (std::vector{none(), none(), none(), page(1), page(2), page(3), page(4), none(),
                                           none(), page(1), page(2), none()}));
    const ReferenceRun four = replay(PolicyKind::Fifo, 4, Belady);
    EXPECT_EQ(four.hits, 2u);
    EXPECT_EQ(victims(four), (std::vector{none(), none(), none(), none(), none(), none(), page(1), page(2),
                                          page(3), page(4), page(5), page(1)}));
}

TEST(RecencyPolicy, MruVictimsOnBeladyString)
{
    const ReferenceRun run = replay(PolicyKind::Mru, 3, Belady);
    EXPECT_EQ(victims(run), (std::vector{none(), none(), none(), page(3), none(), none(), page(2), none(),
                                         page(1), page(2), none(), none()}));
    // 5 went into the slot 2 had: slot 1.
    ASSERT_EQ(run.steps.size(), 12u);
    EXPECT_EQ(run.steps[6].slot, 1);
    EXPECT_EQ(run.steps[11].frames, (std::vector{page(3), page(5), page(4)}));
}

TEST(OptPolicy, NeverUsedAgainTiesGoToTheLowestSlot)
{
    // At 3 (step 10) none of 1, 2, 5 is used again except 5: 1 (slot 0) goes; at 4, 3 (slot 0) goes.
    const ReferenceRun run = replay(PolicyKind::Opt, 3, Belady);
    EXPECT_EQ(victims(run), (std::vector{none(), none(), none(), page(3), none(), none(), page(4), none(),
                                         none(), page(1), page(3), none()}));
}

// ---------------------------------------------------------------------------------------------
// CLOCK, step by step.

TEST(ClockPolicy, HandSweepsStepByStep)
{
    const ReferenceRun run = replay(PolicyKind::Clock, 3, "1,2,3,4,2,5,6,4,7");
    struct Expected {
        bool hit;
        std::optional<uint64_t> victim;
        std::vector<std::optional<uint64_t>> frames;
        int hand;
        std::vector<bool> referenced;
    };
    const std::vector<Expected> expected = {
        {false, none(), {page(1), none(), none()}, 1, {true, false, false}},
        {false, none(), {page(1), page(2), none()}, 2, {true, true, false}},
        {false, none(), {page(1), page(2), page(3)}, 0, {true, true, true}},
        // The hand clears all three bits, comes round to slot 0 and evicts 1.
        {false, page(1), {page(4), page(2), page(3)}, 1, {true, false, false}},
        {true, none(), {page(4), page(2), page(3)}, 1, {true, true, false}},
        // 2's bit is set again: it gets a second chance and 3 goes.
        {false, page(3), {page(4), page(2), page(5)}, 0, {true, false, true}},
        {false, page(2), {page(4), page(6), page(5)}, 2, {false, true, true}},
        {true, none(), {page(4), page(6), page(5)}, 2, {true, true, true}},
        {false, page(5), {page(4), page(6), page(7)}, 0, {false, false, true}},
    };
    ASSERT_EQ(run.steps.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE("step " + std::to_string(i + 1));
        EXPECT_EQ(run.steps[i].hit, expected[i].hit);
        EXPECT_EQ(run.steps[i].victim, expected[i].victim);
        EXPECT_EQ(run.steps[i].frames, expected[i].frames);
        EXPECT_EQ(run.steps[i].hand, expected[i].hand);
        EXPECT_EQ(run.steps[i].referenced, expected[i].referenced);
    }
    EXPECT_EQ(run.hits, 2u);
    EXPECT_EQ(run.misses, 7u);
}

TEST(ClockPolicy, OtherPoliciesRecordNoHand)
{
    const ReferenceRun run = replay(PolicyKind::Lru, 2, "1,2,3");
    ASSERT_EQ(run.steps.size(), 3u);
    EXPECT_FALSE(run.steps[2].hand.has_value());
    EXPECT_TRUE(run.steps[2].referenced.empty());
}

// ---------------------------------------------------------------------------------------------
// OPT against an exhaustive search.

namespace {

/** The fewest misses any replacement choice can give: tries every victim at every miss (memoised). */
int bruteForceMinMisses(const std::vector<int> &refs, int frames)
{
    std::map<std::pair<size_t, unsigned>, int> memo;
    auto solve = [&](auto &self, size_t pos, unsigned resident) -> int {
        if (pos == refs.size())
            return 0;
        const auto key = std::make_pair(pos, resident);
        if (auto it = memo.find(key); it != memo.end())
            return it->second;
        const unsigned bit = 1u << refs[pos];
        int best;
        if (resident & bit)
            best = self(self, pos + 1, resident);
        else if (std::popcount(resident) < frames)
            best = 1 + self(self, pos + 1, resident | bit);
        else {
            best = 1 << 30;
            for (int q = 0; q < 32; ++q) {
                if (resident & (1u << q))
                    best = std::min(best, 1 + self(self, pos + 1, (resident & ~(1u << q)) | bit));
            }
        }
        memo[key] = best;
        return best;
    };
    return solve(solve, 0, 0);
}

} // namespace

TEST(OptPolicy, MatchesExhaustiveSearchOnRandomStrings)
{
    std::mt19937 random(20240601);
    for (int trial = 0; trial < 300; ++trial) {
        const int length = 1 + static_cast<int>(random() % 14);
        const int pages = 1 + static_cast<int>(random() % 7);
        const int frames = 1 + static_cast<int>(random() % 4);
        std::vector<int> refs;
        std::vector<uint64_t> pageNumbers;
        for (int i = 0; i < length; ++i) {
            refs.push_back(static_cast<int>(random() % static_cast<unsigned>(pages)));
            pageNumbers.push_back(static_cast<uint64_t>(refs.back()) * 1000 + 7);
        }
        const ReferenceString s = reads(pageNumbers);
        const ReferenceRun opt = s.replay(*mmu::makePolicy(PolicyKind::Opt, frames));
        SCOPED_TRACE("trial " + std::to_string(trial) + ", frames " + std::to_string(frames));
        EXPECT_EQ(opt.misses, static_cast<uint64_t>(bruteForceMinMisses(refs, frames)));
        // No policy can beat it.
        for (PolicyKind kind : mmu::allPolicies())
            EXPECT_GE(s.replay(*mmu::makePolicy(kind, frames, 1)).misses, opt.misses) << mmu::policyName(kind);
    }
}

TEST(OptPolicy, BruteForceAgreesWithTheTextbook)
{
    // Checks the checker: the classic string's optimum is 9 faults with 3 frames.
    EXPECT_EQ(bruteForceMinMisses({7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1}, 3), 9);
}

// ---------------------------------------------------------------------------------------------
// Enhanced second chance.

TEST(SecondChancePolicy, PrefersCleanPages)
{
    // 1 is written. At 4 no page is (0,0) or (0,1); the second lap clears the bits, and the
    // third finds 2 clean in slot 1, passing over 1, now (0,1). At 5 the hand (slot 2) finds 3
    // (0,0) at once. At 6 nothing is (0,0) but 1 is (0,1): it goes before the (1,0) pages.
    const ReferenceRun run = replay(PolicyKind::SecondChance, 3, "1w,2,3,4,5,6");
    EXPECT_EQ(victims(run), (std::vector{none(), none(), none(), page(2), page(3), page(1)}));
    ASSERT_EQ(run.steps.size(), 6u);
    EXPECT_EQ(run.steps[3].hand, 2);
    EXPECT_EQ(run.steps[3].referenced, (std::vector{false, true, false}));
    EXPECT_EQ(run.steps[4].hand, 0);
    EXPECT_EQ(run.steps[4].referenced, (std::vector{false, true, true}));
    EXPECT_EQ(run.steps[5].hand, 1);
    EXPECT_EQ(run.steps[5].referenced, (std::vector{true, true, true}));
    EXPECT_FALSE(run.steps[3].victimDirty);
    EXPECT_TRUE(run.steps[5].victimDirty);
    EXPECT_EQ(run.writeBacks, 1u);

    // Plain CLOCK ignores the dirty bit and evicts in slot order.
    EXPECT_EQ(victims(replay(PolicyKind::Clock, 3, "1w,2,3,4,5,6")),
              (std::vector{none(), none(), none(), page(1), page(2), page(3)}));
}

TEST(SecondChancePolicy, AWriteHitMakesThePageDirty)
{
    // The same string with and without the write: the written page 1 is spared.
    EXPECT_EQ(victims(replay(PolicyKind::SecondChance, 3, "1,2,3,1w,4")).back(), page(2));
    EXPECT_EQ(victims(replay(PolicyKind::SecondChance, 3, "1,2,3,1,4")).back(), page(1));
    // A read after a write leaves the page dirty: the D bit stays until the page is written back.
    EXPECT_EQ(victims(replay(PolicyKind::SecondChance, 3, "1w,2,3,1,4")).back(), page(2));
}

TEST(ReferenceString, DirtyVictimsAreWrittenBack)
{
    // One frame: 5 is written, read, then evicted by 6 (written back); 6 is clean when 7 comes.
    const ReferenceRun run = replay(PolicyKind::Lru, 1, "5w,5,6,7");
    ASSERT_EQ(run.steps.size(), 4u);
    EXPECT_EQ(run.steps[2].victim, page(5));
    EXPECT_TRUE(run.steps[2].victimDirty);
    EXPECT_EQ(run.steps[3].victim, page(6));
    EXPECT_FALSE(run.steps[3].victimDirty);
    EXPECT_EQ(run.writeBacks, 1u);
}

TEST(SecondChancePolicy, DirtyBitFollowsTheOs)
{
    auto policy = mmu::makePolicy(PolicyKind::SecondChance, 2);
    policy->loaded(0, {true, true});
    policy->loaded(1, {true, false});
    // The OS wrote page 0 back: its D bit is clear now, so both pages are (1,0) and slot 0,
    // where the hand stands, goes after the clearing lap.
    policy->hit(0, {false, false});
    EXPECT_EQ(policy->chooseVictim(), 0);
}

// ---------------------------------------------------------------------------------------------
// Two lists.

TEST(TwoListPolicy, HotSetSurvivesAScan)
{
    // 1 and 2 are used twice (active); 10..14 are used once and churn through inactive.
    const char *const refs = "1,2,1,2,10,11,12,13,14,1,2";
    const ReferenceRun twoList = replay(PolicyKind::TwoList, 4, refs);
    EXPECT_EQ(twoList.hits, 4u);
    EXPECT_EQ(victims(twoList), (std::vector{none(), none(), none(), none(), none(), none(), page(10), page(11),
                                             page(12), none(), none()}));
    // LRU lets the scan push 1 and 2 out.
    const ReferenceRun lru = replay(PolicyKind::Lru, 4, refs);
    EXPECT_EQ(lru.hits, 2u);
    ASSERT_EQ(lru.steps.size(), 11u);
    EXPECT_FALSE(lru.steps[9].hit);
    EXPECT_FALSE(lru.steps[10].hit);
}

TEST(TwoListPolicy, SecondReferencePromotes)
{
    mmu::TwoListPolicy policy(3);
    policy.loaded(0);
    EXPECT_FALSE(policy.isActive(0));
    policy.hit(0, {false, true}); // only the D bit changed: not a reference
    EXPECT_FALSE(policy.isActive(0));
    policy.hit(0);
    EXPECT_TRUE(policy.isActive(0));
    EXPECT_FALSE(policy.referenceBit(0));
}

TEST(TwoListPolicy, RefillGivesReferencedActivePagesASecondChance)
{
    // 1, 2, 3 are promoted (active 3,2,1 from head to tail), then 1 is used again. At 4 the
    // inactive list is empty: 1 at the tail is referenced and rotates to the head; 2 and 3 move
    // to inactive (two pages: half of three, rounded up) and 2, at the inactive tail, goes.
    const auto refs = ReferenceString::parse("1,1,2,2,3,3,1,4");
    ASSERT_TRUE(refs.ok());
    mmu::TwoListPolicy policy(3);
    const ReferenceRun run = refs->replay(policy);
    EXPECT_EQ(victims(run).back(), page(2));
    ASSERT_EQ(run.steps.size(), 8u);
    EXPECT_EQ(run.steps.back().slot, 1);
    EXPECT_TRUE(policy.isActive(0));  // 1
    EXPECT_FALSE(policy.isActive(1)); // 4, just loaded
    EXPECT_FALSE(policy.isActive(2)); // 3, demoted
    EXPECT_EQ(policy.activeList().size(), 1);
    EXPECT_EQ(policy.inactiveList().front(), 1);
    EXPECT_EQ(policy.inactiveList().back(), 2);
}

// ---------------------------------------------------------------------------------------------
// RAND.

TEST(RandomPolicy, SameSeedSameRunOtherSeedOtherRun)
{
    std::string refs;
    std::mt19937 random(7);
    for (int i = 0; i < 200; ++i)
        refs += (i ? "," : "") + std::to_string(random() % 10);
    const ReferenceRun a = replay(PolicyKind::Random, 4, refs, 42);
    const ReferenceRun b = replay(PolicyKind::Random, 4, refs, 42);
    const ReferenceRun c = replay(PolicyKind::Random, 4, refs, 43);
    EXPECT_EQ(victims(a), victims(b));
    EXPECT_EQ(a.hits, b.hits);
    EXPECT_NE(victims(a), victims(c));
}

TEST(RandomPolicy, EvictsOnlyResidentPages)
{
    const ReferenceRun run = replay(PolicyKind::Random, 3, "1,2,3,4,5,6,7,8,9,10,1,2,3", 5);
    std::set<uint64_t> resident;
    for (const mmu::ReferenceStep &s : run.steps) {
        if (s.victim) {
            EXPECT_EQ(resident.count(*s.victim), 1u) << *s.victim;
            resident.erase(*s.victim);
        }
        resident.insert(s.page);
        EXPECT_LE(resident.size(), 3u);
    }
}

// ---------------------------------------------------------------------------------------------
// Locked slots, for every policy.

class LockedSlotsTest : public testing::TestWithParam<PolicyKind> {};

TEST_P(LockedSlotsTest, AreNeverEvicted)
{
    auto policy = mmu::makePolicy(GetParam(), 4, 99);
    const LockedSlots locked = {false, true, false, true};
    // Locked pages are used soonest and never again (OPT would love to evict them).
    for (int s = 0; s < 4; ++s)
        policy->loaded(s, {true, s == 3, locked[static_cast<size_t>(s)] ? PageUse::NeverUsed : uint64_t(s)});
    std::mt19937 random(3);
    for (uint64_t i = 0; i < 60; ++i) {
        const int used = static_cast<int>(random() % 4);
        policy->hit(used, {true, used == 1, locked[static_cast<size_t>(used)] ? PageUse::NeverUsed : 100 + i});
        const std::optional<int> victim = policy->chooseVictim(locked);
        ASSERT_TRUE(victim.has_value());
        EXPECT_TRUE(*victim == 0 || *victim == 2) << "victim slot " << *victim;
        policy->loaded(*victim, {true, false, 200 + i});
    }
}

TEST_P(LockedSlotsTest, NoVictimWhenAllAreLockedOrNoneResident)
{
    auto policy = mmu::makePolicy(GetParam(), 3, 1);
    EXPECT_FALSE(policy->chooseVictim().has_value());
    for (int s = 0; s < 3; ++s)
        policy->loaded(s);
    EXPECT_FALSE(policy->chooseVictim({true, true, true}).has_value());
    // Still consistent afterwards: unlocking one slot makes it the victim.
    EXPECT_EQ(policy->chooseVictim({true, false, true}), 1);
    policy->freed(1);
    EXPECT_EQ(policy->residentCount(), 2);
    EXPECT_FALSE(policy->chooseVictim({true, false, true}).has_value());
}

INSTANTIATE_TEST_SUITE_P(AllPolicies, LockedSlotsTest, testing::ValuesIn(mmu::allPolicies().begin(), mmu::allPolicies().end()),
                         [](const testing::TestParamInfo<PolicyKind> &param) {
                             std::string name(mmu::policyName(param.param));
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST(LockedSlots, HandWorkedVictims)
{
    auto lru = mmu::makePolicy(PolicyKind::Lru, 3);
    for (int s = 0; s < 3; ++s)
        lru->loaded(s);
    EXPECT_EQ(lru->chooseVictim({true}), 1); // least recent (0) is locked; next is 1

    // CLOCK: all bits set, hand at 0 (locked). The hand clears 1, 2, passes 0 and takes 1.
    auto clock = mmu::makePolicy(PolicyKind::Clock, 3);
    for (int s = 0; s < 3; ++s)
        clock->loaded(s);
    EXPECT_EQ(clock->chooseVictim({true}), 1);
    EXPECT_TRUE(clock->referenceBit(0));  // a locked page keeps its bit
    EXPECT_FALSE(clock->referenceBit(2));
    EXPECT_EQ(clock->hand(), 1);
}

TEST(ReplacementPolicy, FreedSlotLeavesTheOrder)
{
    auto fifo = mmu::makePolicy(PolicyKind::Fifo, 3);
    for (int s = 0; s < 3; ++s)
        fifo->loaded(s);
    fifo->freed(0);
    EXPECT_EQ(fifo->chooseVictim(), 1);
    fifo->loaded(0); // newest now
    fifo->freed(1);
    EXPECT_EQ(fifo->chooseVictim(), 2);
    // Loading an occupied slot replaces its page: 2 becomes the newest arrival.
    fifo->loaded(2);
    EXPECT_EQ(fifo->chooseVictim(), 0);
}

// ---------------------------------------------------------------------------------------------
// Names and factory.

TEST(ReplacementPolicy, NamesRoundTrip)
{
    const std::vector<std::string> expected = {"fifo", "lru", "mru", "opt", "clock", "second-chance", "two-list", "rand"};
    ASSERT_EQ(mmu::allPolicies().size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        const PolicyKind kind = mmu::allPolicies()[i];
        EXPECT_EQ(mmu::policyName(kind), expected[i]);
        EXPECT_EQ(mmu::policyFromName(expected[i]), kind);
        EXPECT_EQ(mmu::makePolicy(kind, 2)->kind(), kind);
    }
    EXPECT_FALSE(mmu::policyFromName("LRU").has_value());
    EXPECT_FALSE(mmu::policyFromName("").has_value());
}

// ---------------------------------------------------------------------------------------------
// Replay and parsing.

TEST(ReferenceString, ReplayWithoutStepsKeepsTheTotals)
{
    const auto refs = ReferenceString::parse(Classic);
    ASSERT_TRUE(refs.ok());
    const ReferenceRun run = refs->replay(*mmu::makePolicy(PolicyKind::Lru, 3), false);
    EXPECT_TRUE(run.steps.empty());
    EXPECT_EQ(run.misses, 12u);
    EXPECT_EQ(run.hits, 8u);
}

TEST(ReferenceString, ParsesWritesBlanksAndLargeNumbers)
{
    const auto refs = ReferenceString::parse(" 1 , 2w,\t3W ,007,18446744073709551615");
    ASSERT_TRUE(refs.ok()) << refs.error().message();
    EXPECT_EQ(refs->references(), (std::vector<PageReference>{
                                      {1, false}, {2, true}, {3, true}, {7, false}, {18446744073709551615u, false}}));
}

struct ParseErrorCase {
    const char *text;
    ReferenceStringError::Kind kind;
    int item;
    int column;
    const char *message;
};

class ReferenceStringErrors : public testing::TestWithParam<ParseErrorCase> {};

TEST_P(ReferenceStringErrors, NameTheItemAndColumn)
{
    const ParseErrorCase &c = GetParam();
    const auto refs = ReferenceString::parse(c.text);
    ASSERT_FALSE(refs.ok());
    EXPECT_EQ(refs.error().kind, c.kind);
    EXPECT_EQ(refs.error().item, c.item);
    EXPECT_EQ(refs.error().column, c.column);
    EXPECT_EQ(refs.error().message(), c.message);
}

using K = ReferenceStringError::Kind;
INSTANTIATE_TEST_SUITE_P(Cases, ReferenceStringErrors, testing::Values(
    ParseErrorCase{"", K::Empty, 1, 1,
                   "no page references: give page numbers separated by commas, such as 1,2,3,1"},
    ParseErrorCase{"  \t", K::Empty, 1, 1,
                   "no page references: give page numbers separated by commas, such as 1,2,3,1"},
    ParseErrorCase{"1,,2", K::EmptyItem, 2, 3, "item 2 at column 3 is empty"},
    ParseErrorCase{"1,2,", K::EmptyItem, 3, 5, "item 3 at column 5 is empty"},
    ParseErrorCase{"1, ,2", K::EmptyItem, 2, 4, "item 2 at column 4 is empty"},
    ParseErrorCase{"1, x", K::NotANumber, 2, 4, "item 2 at column 4: 'x' is not a page number"},
    ParseErrorCase{"w", K::NotANumber, 1, 1, "item 1 at column 1: 'w' is not a page number"},
    ParseErrorCase{"4,-", K::NotANumber, 2, 3, "item 2 at column 3: '-' is not a page number"},
    ParseErrorCase{"1,-3", K::Negative, 2, 3, "item 2 at column 3: page numbers cannot be negative"},
    ParseErrorCase{"5, 18446744073709551616", K::TooLarge, 2, 4,
                   "item 2 at column 4: page number 18446744073709551616 is too large (at most 18446744073709551615)"},
    ParseErrorCase{"1,2a,3", K::TrailingCharacter, 2, 4,
                   "item 2 at column 4: unexpected 'a' after the page number (only a 'w' may follow, marking a write)"},
    ParseErrorCase{"3ww", K::TrailingCharacter, 1, 3,
                   "item 1 at column 3: unexpected 'w' after the page number (only a 'w' may follow, marking a write)"},
    ParseErrorCase{"1 2", K::TrailingCharacter, 1, 2,
                   "item 1 at column 2: unexpected space after the page number (only a 'w' may follow, marking a write)"},
    ParseErrorCase{"1;2", K::TrailingCharacter, 1, 2,
                   "item 1 at column 2: unexpected ';' after the page number (only a 'w' may follow, marking a write)"}));
