// SPDX-License-Identifier: GPL-3.0-or-later
#include "machinefile.h"
#include "translationsession.h"

#include <gtest/gtest.h>

namespace {

mmu::MachineConfig teaching()
{
    return *mmu::loadMachine("teaching");
}

bool sameSteps(const std::vector<mmu::Step> &a, const std::vector<mmu::Step> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const mmu::Step &x = a[i];
        const mmu::Step &y = b[i];
        if (x.stage != y.stage || x.outcome != y.outcome || x.cycles != y.cycles || x.entryAddress != y.entryAddress
            || x.entryValue != y.entryValue || x.set != y.set || x.way != y.way || x.servedBy != y.servedBy)
            return false;
    }
    return true;
}

TEST(TranslationSession, GoingBackReplaysToTheSameSteps)
{
    mmu::TranslationSession s(teaching());
    s.translate({0x7fffa1b2c3d4});
    const std::vector<mmu::Step> first = s.steps();
    s.translate({0x7fffa1b2c3d4 + 8});
    EXPECT_EQ(s.translation().tlbHitLevel, 1);
    s.translate({0x400000});
    const std::vector<mmu::Step> third = s.steps();
    s.goTo(0);
    EXPECT_TRUE(sameSteps(s.steps(), first));
    EXPECT_EQ(s.current(), 0);
    s.goTo(2);
    EXPECT_TRUE(sameSteps(s.steps(), third));
}

TEST(TranslationSession, TranslatingAfterGoingBackDropsTheLaterAccesses)
{
    mmu::TranslationSession s(teaching());
    s.translate({0x400000});
    s.translate({0x401000});
    s.translate({0x402000});
    s.goTo(0);
    s.translate({0x7fffa1b2c3d4});
    EXPECT_EQ(s.count(), 2);
    EXPECT_EQ(s.current(), 1);
    EXPECT_EQ(s.accesses()[1].va, 0x7fffa1b2c3d4u);
}

TEST(TranslationSession, TlbShowsItsOldStateUntilTheFill)
{
    mmu::TranslationSession s(teaching());
    s.translate({0x7fffa1b2c3d4});
    int fill = -1;
    for (size_t i = 0; i < s.steps().size(); ++i)
        if (s.steps()[i].stage == mmu::Stage::TlbFill && s.steps()[i].unit == 0)
            fill = static_cast<int>(i);
    ASSERT_GT(fill, 0);
    EXPECT_EQ(s.tlbAtStep(0, fill - 1).validEntries(), 0u);
    EXPECT_EQ(s.tlbAtStep(0, fill).validEntries(), 1u);
}

TEST(TranslationSession, FrameMapHoldsTablesAndData)
{
    mmu::TranslationSession s(teaching());
    const auto map = s.frameMap();
    ASSERT_FALSE(map.empty());
    uint64_t tables = 0;
    uint64_t data = 0;
    for (size_t i = 0; i < map.size(); ++i) {
        if (i > 0) {
            EXPECT_EQ(map[i].first, map[i - 1].first + map[i - 1].count); // sorted, no overlap, gaps explicit
        }
        (map[i].use == mmu::FrameUse::PageTable ? tables : data) += map[i].use == mmu::FrameUse::Free ? 0 : map[i].count;
    }
    EXPECT_EQ(tables, s.system().pageTable().tableFrames());
    EXPECT_GT(data, (1u << 30) / 4096); // the 1 GiB page alone
}

} // namespace
