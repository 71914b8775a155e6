// SPDX-License-Identifier: GPL-3.0-or-later
// The inline TLB-hit shortcut (Mmu::probeFast) against the general path that records every
// step: the same accesses on two systems must give the same translations, counters and TLB
// contents, access for access, on every preset and on machines the shortcut must decline.
#include "machinefile.h"
#include "system.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace {

using mmu::AccessType;
using mmu::MachineConfig;
using mmu::Privilege;

constexpr uint64_t KiB = 1024;
constexpr uint64_t MiB = 1024 * KiB;

constexpr uint64_t DataBase = 0x100000000000;   // 64 MiB of 4 KiB pages, on demand
constexpr uint64_t HugeBase = 0x200000000000;   // 16 MiB of 2 MiB pages
constexpr uint64_t ReadOnlyBase = 0x300000000000; // 1 MiB, no write
constexpr uint64_t SharedBase = 0x400000000000;   // 1 MiB of global pages

void addMappings(mmu::System &s)
{
    auto add = [&](const char *name, uint64_t start, uint64_t length, bool write, uint64_t pageSize, bool global,
                   bool populated) {
        mmu::Mapping m;
        m.name = name;
        m.start = start;
        m.length = length;
        m.perms = mmu::Permissions{.write = write, .execute = false, .user = true};
        m.pageSize = pageSize;
        m.global = global;
        m.populated = populated;
        ASSERT_TRUE(s.addMapping(m)) << name;
    };
    add("data", DataBase, 64 * MiB, true, 4 * KiB, false, false);
    add("huge", HugeBase, 16 * MiB, true, 2 * MiB, false, true);
    add("rodata", ReadOnlyBase, 1 * MiB, false, 4 * KiB, false, true);
    add("shared", SharedBase, 1 * MiB, true, 4 * KiB, true, true);
}

/** One step of the mix: an access, or now and then a PCID switch, an INVLPG or a flush. */
struct Event {
    enum Kind { Access, SwitchPcid, Invlpg, Flush } kind = Access;
    uint64_t va = 0;
    AccessType type = AccessType::Read;
    Privilege privilege = Privilege::User;
    uint16_t pcid = 0;
};

/**
 * Runs of hits on a few pages (L1 hits), sweeps over more pages than the L1 TLBs hold (L2
 * hits and fills), random pages (walks), 2 MiB pages (an occupied first-level 2M array), reads,
 * writes (clean entries must set D), execute attempts and writes to read-only pages (faults on
 * a hit), kernel accesses, non-canonical addresses, and now and then a PCID switch, INVLPG or
 * flush.
 */
std::vector<Event> mix(size_t count, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto below = [&](uint64_t n) { return rng() % n; };
    std::vector<Event> out;
    while (out.size() < count) {
        const uint64_t phase = below(8);
        const size_t run = 200 + below(2000);
        const uint64_t pages = phase == 0 ? 8 : phase == 1 ? 600 : phase == 2 ? 16384 : 64;
        const uint64_t base = phase == 3 ? HugeBase : phase == 4 ? ReadOnlyBase : phase == 5 ? SharedBase : DataBase;
        const uint64_t span = phase == 3 ? 16 * MiB : phase >= 4 && phase <= 5 ? 1 * MiB : pages * 4 * KiB;
        for (size_t k = 0; k < run && out.size() < count; ++k) {
            Event e;
            const uint64_t r = below(1000);
            if (r == 0) {
                e.kind = Event::SwitchPcid;
                e.pcid = static_cast<uint16_t>(below(3));
            } else if (r == 1) {
                e.kind = Event::Invlpg;
                e.va = DataBase + below(pages) * 4 * KiB;
            } else if (r == 2) {
                e.kind = Event::Flush;
            } else {
                e.va = base + (phase == 1 ? (k % pages) * 4 * KiB + 8 * (k / pages % 512) : below(span));
                const uint64_t t = below(16);
                e.type = t < 4 ? AccessType::Write : t == 4 ? AccessType::Execute : AccessType::Read;
                e.privilege = below(50) == 0 ? Privilege::Supervisor : Privilege::User;
                if (below(500) == 0)
                    e.va = 0x8000000000000000 + below(1 << 20); // non-canonical
            }
            out.push_back(e);
        }
    }
    return out;
}

void expectSameTranslation(const mmu::Translation &fast, const mmu::Translation &slow, size_t i)
{
    EXPECT_EQ(fast.va, slow.va) << "event " << i;
    EXPECT_EQ(fast.canonical, slow.canonical) << "event " << i;
    EXPECT_EQ(fast.fault, slow.fault) << "event " << i;
    EXPECT_EQ(fast.violation, slow.violation) << "event " << i;
    EXPECT_EQ(fast.faultLevel, slow.faultLevel) << "event " << i;
    EXPECT_EQ(fast.physical, slow.physical) << "event " << i;
    EXPECT_EQ(fast.pageSize, slow.pageSize) << "event " << i;
    EXPECT_EQ(fast.leafLevel, slow.leafLevel) << "event " << i;
    EXPECT_EQ(fast.cycles, slow.cycles) << "event " << i;
    EXPECT_EQ(fast.tlbHitLevel, slow.tlbHitLevel) << "event " << i;
    EXPECT_EQ(fast.walked, slow.walked) << "event " << i;
    EXPECT_EQ(fast.walkStartLevel, slow.walkStartLevel) << "event " << i;
    EXPECT_EQ(fast.walkCycles, slow.walkCycles) << "event " << i;
}

/** Replays the mix on a system without steps and one with; returns the TLB-level hit counts (fast). */
std::vector<uint64_t> compare(const MachineConfig &machine)
{
    mmu::System fast(machine, mmu::MmuOptions{.classifyMisses = false});
    mmu::System slow(machine, mmu::MmuOptions{.classifyMisses = false});
    addMappings(fast);
    addMappings(slow);
    std::vector<uint64_t> hitsPerLevel(8, 0);
    std::vector<mmu::Step> steps;
    const std::vector<Event> events = mix(60000, 11);
    for (size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        switch (e.kind) {
        case Event::SwitchPcid:
            fast.mmu().setPcid(e.pcid);
            slow.mmu().setPcid(e.pcid);
            continue;
        case Event::Invlpg:
            fast.mmu().invlpg(e.va);
            slow.mmu().invlpg(e.va);
            continue;
        case Event::Flush:
            fast.mmu().flushTlbs();
            slow.mmu().flushTlbs();
            continue;
        case Event::Access:
            break;
        }
        steps.clear();
        const mmu::AccessResult f = fast.access(e.va, e.type, e.privilege);
        const mmu::AccessResult s = slow.access(e.va, e.type, e.privilege, &steps);
        expectSameTranslation(f.translation, s.translation, i);
        EXPECT_EQ(f.cycles, s.cycles) << "event " << i;
        EXPECT_EQ(f.fault, s.fault) << "event " << i;
        if (f.translation.tlbHitLevel > 0 && f.translation.tlbHitLevel < 8)
            ++hitsPerLevel[static_cast<size_t>(f.translation.tlbHitLevel)];
        if (testing::Test::HasFailure())
            return hitsPerLevel; // the first difference says it all
    }

    const mmu::MmuCounters &a = fast.mmu().counters();
    const mmu::MmuCounters &b = slow.mmu().counters();
    EXPECT_EQ(a.translations, b.translations);
    EXPECT_EQ(a.walks, b.walks);
    EXPECT_EQ(a.cycles, b.cycles);
    EXPECT_EQ(a.entryReads, b.entryReads);
    for (size_t i = 0; i < a.tlbs.size(); ++i) {
        EXPECT_EQ(a.tlbs[i].hits, b.tlbs[i].hits) << "TLB " << i;
        EXPECT_EQ(a.tlbs[i].misses, b.tlbs[i].misses) << "TLB " << i;
    }
    // The same entries in the same ways, in the same replacement order.
    for (size_t i = 0; i < fast.mmu().tlbs().size(); ++i) {
        const mmu::Tlb &x = fast.mmu().tlbs()[i];
        const mmu::Tlb &y = slow.mmu().tlbs()[i];
        EXPECT_EQ(x.validEntries(), y.validEntries()) << "TLB " << i;
        for (uint32_t set = 0; set < x.sets(); ++set) {
            for (uint32_t way = 0; way < x.ways(); ++way) {
                const mmu::TlbEntry &p = x.entry(set, way);
                const mmu::TlbEntry &q = y.entry(set, way);
                EXPECT_EQ(p.valid, q.valid) << "TLB " << i << " set " << set << " way " << way;
                if (!p.valid || !q.valid)
                    continue;
                EXPECT_EQ(p.vpn, q.vpn) << "TLB " << i << " set " << set << " way " << way;
                EXPECT_EQ(p.pcid, q.pcid) << "TLB " << i << " set " << set << " way " << way;
                EXPECT_EQ(p.dirty, q.dirty) << "TLB " << i << " set " << set << " way " << way;
                EXPECT_EQ(x.rank(set, way), y.rank(set, way)) << "TLB " << i << " set " << set << " way " << way;
            }
        }
    }
    return hitsPerLevel;
}

class FastTranslation : public testing::TestWithParam<std::string> {};

TEST_P(FastTranslation, GivesWhatTheRecordingPathGives)
{
    auto machine = mmu::loadMachine(GetParam());
    ASSERT_TRUE(machine);
    const std::vector<uint64_t> hits = compare(*machine);
    // The mix must have hit on both levels (else the shortcut went untested).
    EXPECT_GT(hits[1], 10000u);
    EXPECT_GT(hits[2], 1000u);
}

INSTANTIATE_TEST_SUITE_P(Presets, FastTranslation, testing::Values("teaching", "skylake", "golden-cove", "zen4"),
                         [](const testing::TestParamInfo<std::string> &p) {
                             std::string name = p.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

MachineConfig withTlbs(std::vector<mmu::TlbConfig> tlbs)
{
    MachineConfig m = *mmu::loadMachine("skylake");
    m.tlbs = std::move(tlbs);
    return m;
}

mmu::TlbConfig tlb(int level, std::vector<uint64_t> sizes, uint32_t entries, uint32_t ways, uint32_t latency,
                   mmu::ReplacementKind policy = mmu::ReplacementKind::Lru)
{
    mmu::TlbConfig t;
    t.name = "L" + std::to_string(level);
    t.level = level;
    t.pageSizes = std::move(sizes);
    t.entries = entries;
    t.ways = ways;
    t.latency = latency;
    t.policy = policy;
    return t;
}

TEST(FastTranslation, MachinesTheShortcutMustDeclineOrTakeWithCare)
{
    constexpr uint64_t K4 = 4 * KiB;
    constexpr uint64_t M2 = 2 * MiB;
    // Two first-level arrays that both hold 4 KiB pages: a hit in one still probes the other.
    compare(withTlbs({tlb(1, {K4}, 16, 4, 1), tlb(1, {K4, M2}, 8, 8, 1), tlb(2, {K4, M2}, 512, 8, 7)}));
    // Level 2's second array holds 4 KiB pages too: a level-2 hit probes it as well.
    compare(withTlbs({tlb(1, {K4}, 16, 4, 1), tlb(2, {K4}, 256, 8, 7), tlb(2, {K4, M2}, 64, 4, 7)}));
    // The first array holds no 4 KiB pages; level 2 mixes sizes (2M looked up first).
    compare(withTlbs({tlb(1, {M2}, 8, 4, 1), tlb(1, {K4}, 32, 4, 1), tlb(2, {M2, K4}, 512, 8, 7)}));
    // One level only, fully associative, tree-PLRU; and three levels with FIFO and random.
    compare(withTlbs({tlb(1, {K4, M2}, 32, 32, 2, mmu::ReplacementKind::TreePlru)}));
    compare(withTlbs({tlb(1, {K4}, 8, 2, 1, mmu::ReplacementKind::Fifo), tlb(2, {K4, M2}, 64, 4, 5),
                      tlb(3, {K4, M2}, 1024, 8, 12, mmu::ReplacementKind::Random)}));
    // More than 64 ways in one set.
    compare(withTlbs({tlb(1, {K4}, 128, 128, 1), tlb(2, {K4, M2}, 1024, 8, 7)}));
}

} // namespace
