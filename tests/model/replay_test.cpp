// SPDX-License-Identifier: GPL-3.0-or-later
// The replay engine: counters on workloads whose answers can be worked out by hand, mapping on
// first touch, page-size policies, OPT's look-ahead, the bounded series, cancelling, progress,
// comparisons, and a real Valgrind lackey trace when valgrind is installed.
//
// Most tests run on a "tiny" machine: one fully associative 16-entry LRU TLB for every page size
// (latency 1), no walk caches, no data caches, DRAM 100 cycles, unlimited memory. On it:
//   - the first touch of a page misses the TLB, walks, faults (minor), and the retry walks again:
//     two walks per new page, and the TLB is filled by the retry;
//   - a page still in the TLB is a hit.
// Workload regions start at 0x1000_0000_0000 (PML4 index 32), so 64 MiB of 4 KiB pages takes a
// PDPT, a PD and 32 PTs besides the root: 35 table frames = 143,360 bytes.
#include "machinefile.h"
#include "replay.h"
#include "replayengine.h"
#include "replayseries.h"
#include "splitmix64.h"
#include "system.h"
#include "tracereader.h"
#include "tracesource.h"
#include "workload.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace mmu;

constexpr uint64_t KiB = 1024;
constexpr uint64_t MiB = 1024 * KiB;
constexpr uint64_t GiB = 1024 * MiB;

MachineConfig tinyMachine()
{
    auto m = parseMachine(R"({"name": "tiny", "paging": "x86-64", "clock_ghz": 1.0,
        "tlbs": [{"name": "TLB", "level": 1, "page_sizes": ["4K", "2M", "1G"], "entries": 16, "ways": 16,
                  "policy": "lru", "latency": 1}],
        "dram_latency": 100})",
                          "tiny");
    EXPECT_TRUE(m.ok()) << (m.ok() ? "" : m.error().message());
    return m.ok() ? *m : MachineConfig{};
}

MachineConfig withMemory(MachineConfig m, uint64_t frames, const std::string &policy)
{
    m.memory.frames = frames;
    m.memory.policy = policy;
    return m;
}

std::unique_ptr<Replay> makeReplay(const MachineConfig &machine, PageSizePolicy pageSize = PageSizePolicy::Base,
                                   size_t seriesCapacity = ReplaySeries::DefaultCapacity)
{
    auto r = Replay::create(ReplayConfig{machine, pageSize, seriesCapacity});
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? std::move(r.value()) : nullptr;
}

std::unique_ptr<Workload> workload(const std::string &spec)
{
    auto w = makeWorkload(spec);
    EXPECT_TRUE(w.ok()) << (w.ok() ? "" : w.error().message());
    return w.ok() ? std::move(w.value()) : nullptr;
}

/** A trace held in memory: no regions (pages are mapped on first touch), length unknown. */
class VectorSource final : public AccessSource {
public:
    explicit VectorSource(std::vector<MemoryAccess> accesses) : m_accesses(std::move(accesses)) {}
    static VectorSource reads(const std::vector<uint64_t> &addresses)
    {
        std::vector<MemoryAccess> a;
        for (uint64_t address : addresses)
            a.push_back({address, 8, AccessType::Read});
        return VectorSource(std::move(a));
    }
    size_t read(std::span<MemoryAccess> out) override
    {
        size_t n = 0;
        while (n < out.size() && m_next < m_accesses.size())
            out[n++] = m_accesses[m_next++];
        return n;
    }
    bool rewind() override
    {
        m_next = 0;
        ++m_rewinds;
        return true;
    }
    double progress(uint64_t) const override
    {
        return m_accesses.empty() ? 1 : double(m_next) / double(m_accesses.size());
    }
    std::string name() const override { return "vector"; }
    int rewinds() const { return m_rewinds; }

private:
    std::vector<MemoryAccess> m_accesses;
    size_t m_next = 0;
    int m_rewinds = 0;
};

ReplayStatus runOk(AccessSource &source, Replay &replay, ReplayControl control = {})
{
    ReplayEngine engine(std::move(control));
    auto r = engine.run(source, replay);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? *r : ReplayStatus::Stopped;
}

// --- Counters with known answers --------------------------------------------------------------

TEST(Replay, SequentialScanOfNPagesMakesNMinorFaults)
{
    auto w = workload("stride:size=4M,stride=4K"); // 1024 pages, one access each
    auto r = makeReplay(tinyMachine());
    ASSERT_TRUE(w && r);
    EXPECT_EQ(runOk(*w, *r), ReplayStatus::Finished);
    const ReplaySummary s = r->summary();
    EXPECT_EQ(s.accesses, 1024u);
    EXPECT_EQ(s.os.minor, 1024u);
    EXPECT_EQ(s.os.major, 0u);
    EXPECT_EQ(s.os.segv, 0u);
    EXPECT_EQ(s.rssPeakBytes, 4 * MiB);
    EXPECT_EQ(s.tlbHits, 0u);
    EXPECT_EQ(s.walks, 2048u); // the faulting walk and the retry's
    // root + PDPT + PD + 2 PTs
    EXPECT_EQ(s.pageTableBytes, 5 * 4096u);
    EXPECT_EQ(s.regions, 1u);
}

TEST(Replay, AWorkingSetThatFitsTheTlbHitsAfterWarmUp)
{
    // 8 pages, 100 passes, on a 16-entry TLB: 8 misses, then hits only.
    auto w = workload("stride:size=32K,stride=4K,count=800");
    auto r = makeReplay(tinyMachine());
    ASSERT_TRUE(w && r);
    runOk(*w, *r);
    const ReplaySummary s = r->summary();
    EXPECT_EQ(s.tlbHits, 792u);
    EXPECT_EQ(s.os.minor, 8u);
    EXPECT_EQ(s.walks, 16u);
    ASSERT_EQ(s.tlbs.size(), 1u);
    EXPECT_EQ(s.tlbs[0].name, "TLB");
    EXPECT_EQ(s.tlbs[0].hits, 792u);
    // A miss counts in the arrays that could hold the page, known once a walk finds the leaf:
    // the faulting attempt finds none, so each page's miss counts once, at the retry.
    EXPECT_EQ(s.tlbs[0].misses, 8u);
    // Cycles: a hit costs the TLB's 1 cycle, so the 792 hits cost 792.
    EXPECT_GT(s.cycles, 792u);
    EXPECT_DOUBLE_EQ(s.seconds, double(s.cycles) / 1e9);
}

TEST(Replay, SteadyStateHitRateIsOneMinusOneOverAccessesPerPage)
{
    // 64 pages cycled through a 16-entry LRU TLB: every page is gone by its next turn, so each
    // visit misses once and hits P - 1 times. P = 8 accesses per page (stride 512): 7/8.
    constexpr uint64_t Pages = 64, P = 8, Passes = 4;
    auto w = workload("stride:size=256K,stride=512,count=" + std::to_string(Pages * P * Passes));
    auto r = makeReplay(tinyMachine(), PageSizePolicy::Base, 8);
    ASSERT_TRUE(w && r);
    runOk(*w, *r);
    const ReplaySummary s = r->summary();
    EXPECT_EQ(s.tlbHits, Pages * (P - 1) * Passes);
    EXPECT_DOUBLE_EQ(double(s.tlbHits) / double(s.accesses), 0.875);

    // 2048 accesses in at most 8 buckets: 4 buckets of 512, one pass each.
    const ReplaySeries &series = r->series();
    ASSERT_EQ(series.size(), 4u);
    EXPECT_EQ(series.bucketLength(), 512u);
    for (size_t i = 0; i < series.size(); ++i)
        EXPECT_DOUBLE_EQ(series.value(i, SeriesMetric::WindowHitRate), 0.875) << i;
    // The last bucket was sampled every 16 accesses (two pages): 14 hits in each window.
    const size_t m = static_cast<size_t>(SeriesMetric::WindowHitRate);
    EXPECT_DOUBLE_EQ(series.bucket(3).min[m], 0.875);
    EXPECT_DOUBLE_EQ(series.bucket(3).max[m], 0.875);
    // The first bucket holds the first accesses one by one: misses (0) and hits (1).
    EXPECT_DOUBLE_EQ(series.bucket(0).min[m], 0.0);
    EXPECT_DOUBLE_EQ(series.bucket(0).max[m], 1.0);
    EXPECT_DOUBLE_EQ(series.value(3, SeriesMetric::HitRate), 0.875);
    EXPECT_DOUBLE_EQ(series.value(3, SeriesMetric::MinorFaults), 64.0);
}

struct PolicyCase {
    PageSizePolicy policy;
    uint64_t minor;
    uint64_t tableFrames;
    uint64_t rss;
};

class ReplayPageSize : public testing::TestWithParam<PolicyCase> {};

TEST_P(ReplayPageSize, FaultsTablesAndRssFollowThePageSize)
{
    const PolicyCase &c = GetParam();
    auto w = workload("stride:size=64M,stride=4K"); // 16,384 pages of 4 KiB, one access each
    auto r = makeReplay(tinyMachine(), c.policy);
    ASSERT_TRUE(w && r);
    runOk(*w, *r);
    const ReplaySummary s = r->summary();
    EXPECT_EQ(s.accesses, 16384u);
    EXPECT_EQ(s.os.minor, c.minor);
    EXPECT_EQ(s.pageTableBytes, c.tableFrames * 4096);
    EXPECT_EQ(s.rssPeakBytes, c.rss);
    EXPECT_EQ(s.os.bus, 0u);
    // Every access that did not fault hit the TLB only when the page was already in it.
    EXPECT_EQ(s.tlbHits + s.os.minor, s.accesses);
}

INSTANTIATE_TEST_SUITE_P(
    Policies, ReplayPageSize,
    testing::Values(PolicyCase{PageSizePolicy::Base, 16384, 35, 64 * MiB}, // root, PDPT, PD, 32 PTs
                    PolicyCase{PageSizePolicy::Thp, 32, 3, 64 * MiB},      // 2 MiB pages: no PTs
                    PolicyCase{PageSizePolicy::Huge2M, 32, 3, 64 * MiB},
                    PolicyCase{PageSizePolicy::Huge1G, 1, 2, GiB}),        // one 1 GiB page from the PDPT
    [](const testing::TestParamInfo<PolicyCase> &param) {
        return std::string("P") + std::string(pageSizePolicyName(param.param.policy));
    });

TEST(Replay, PageSizePolicyNames)
{
    EXPECT_EQ(pageSizePolicyFromName("4k"), PageSizePolicy::Base);
    EXPECT_EQ(pageSizePolicyFromName("thp"), PageSizePolicy::Thp);
    EXPECT_EQ(pageSizePolicyFromName("2M"), PageSizePolicy::Huge2M);
    EXPECT_EQ(pageSizePolicyFromName("1G"), PageSizePolicy::Huge1G);
    EXPECT_EQ(pageSizePolicyFromName("3K"), std::nullopt);
    EXPECT_EQ(pageSizePolicyName(PageSizePolicy::Thp), "THP");
}

TEST(Replay, MisalignedRegionIsAnErrorNamingIt)
{
    // A base that is 4 KiB- but not 1 GiB-aligned cannot hold 1 GiB pages.
    auto w = workload("seq:size=4K,base=0x100000001000");
    auto r = makeReplay(tinyMachine(), PageSizePolicy::Huge1G);
    ASSERT_TRUE(w && r);
    ReplayEngine engine;
    auto result = engine.run(*w, *r);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ReplayError::Kind::Mapping);
    EXPECT_NE(result.error().message().find("0x100000001000"), std::string::npos) << result.error().message();
}

// --- Mapping on first touch (traces) ------------------------------------------------------------

TEST(Replay, TracePagesAreMappedOnFirstTouch)
{
    auto source = VectorSource::reads({0x1000, 0x1008, 0x2000, 0x1010, 0x40000000, 0x7fff00001000,
                                       0x800000000000 /* not canonical */, 0x2000});
    auto r = makeReplay(tinyMachine());
    ASSERT_TRUE(r);
    runOk(source, *r);
    const ReplaySummary s = r->summary();
    EXPECT_EQ(s.accesses, 8u);
    EXPECT_EQ(s.os.minor, 4u); // 0x1000, 0x2000, 0x40000000, 0x7fff00001000
    EXPECT_EQ(s.os.generalProtection, 1u);
    EXPECT_EQ(s.os.segv, 0u);
    EXPECT_EQ(s.regions, 3u); // the 2 MiB chunks at 0, 0x40000000 and 0x7fff00000000
    EXPECT_EQ(s.rssPeakBytes, 4 * 4096u);
    EXPECT_EQ(s.tlbHits, 3u); // 0x1008, 0x1010, the second 0x2000
}

TEST(Replay, TraceWithGigabytePagesGetsOnePagePerGigabyteTouched)
{
    auto source = VectorSource::reads({0x1000, 0x2000, 0x3fff0000, 0x40000000, 0x7fff00001000});
    auto r = makeReplay(tinyMachine(), PageSizePolicy::Huge1G);
    ASSERT_TRUE(r);
    runOk(source, *r);
    const ReplaySummary s = r->summary();
    EXPECT_EQ(s.os.minor, 3u);
    EXPECT_EQ(s.regions, 3u);
    EXPECT_EQ(s.rssPeakBytes, 3 * GiB);
}

TEST(Replay, NarrowFormatsMapOnFirstTouchToo)
{
    // x86-32: 2 MiB chunks as on x86-64. OSTEP (15-bit addresses, 32-byte pages): the whole
    // 32 KiB address space is one chunk.
    for (const char *paging : {"x86-32", "ostep"}) {
        if (!findFormat(paging))
            GTEST_SKIP() << "no paging format " << paging << " in this build";
        auto machine = parseMachine(std::string(R"({"name": "flat", "paging": ")") + paging
                                        + R"(", "clock_ghz": 1.0, "tlbs": [], "dram_latency": 100})",
                                    "flat");
        ASSERT_TRUE(machine.ok()) << machine.error().message();
        auto r = makeReplay(*machine);
        ASSERT_TRUE(r);
        const bool ostep = std::string(paging) == "ostep";
        auto source = ostep ? VectorSource::reads({0x20, 0x28, 0x40, 0x7fe0})
                            : VectorSource::reads({0x1000, 0x1008, 0x2000, 0x400000});
        runOk(source, *r);
        EXPECT_EQ(r->summary().os.minor, 3u) << paging;
        EXPECT_EQ(r->summary().os.generalProtection + r->summary().os.segv, 0u) << paging;
        EXPECT_EQ(r->summary().regions, ostep ? 1u : 2u) << paging;
    }
}

TEST(Replay, WritesAndInstructionFetchesOfATraceAreAllowed)
{
    VectorSource source({{0x1000, 8, AccessType::Write}, {0x2000, 4, AccessType::Execute}, {0x1000, 8, AccessType::Read}});
    auto r = makeReplay(tinyMachine());
    ASSERT_TRUE(r);
    runOk(source, *r);
    EXPECT_EQ(r->summary().os.minor, 2u);
    EXPECT_EQ(r->summary().os.protection, 0u);
}

// --- OPT needs the future -------------------------------------------------------------------------

std::vector<uint64_t> beladyString()
{
    std::vector<uint64_t> addresses;
    for (uint64_t page : {1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5})
        addresses.push_back(0x10000000 + page * 4096);
    return addresses;
}

// 7 frames: the root, then a PDPT, a PD and a PT for the first page, leave 3 for data.
// OPT on 1,2,3,4,1,2,5,1,2,3,4,5 with 3 frames faults 7 times (FACTS.md); the first touches of
// the 5 pages are minor, the returns of 3 and 4 from swap are major. LRU faults 10 times.
TEST(Replay, OptGetsTheFutureOfAGenerator)
{
    auto source = VectorSource::reads(beladyString());
    auto opt = makeReplay(withMemory(tinyMachine(), 7, "opt"));
    auto lru = makeReplay(withMemory(tinyMachine(), 7, "lru"));
    ASSERT_TRUE(opt && lru);
    EXPECT_TRUE(opt->needsFuture());
    EXPECT_FALSE(lru->needsFuture());
    runOk(source, *opt);
    EXPECT_EQ(source.rewinds(), 2); // one pass to learn the future, one to replay
    EXPECT_EQ(opt->summary().os.minor, 5u);
    EXPECT_EQ(opt->summary().os.major, 2u);
    runOk(source, *lru);
    EXPECT_EQ(lru->summary().os.minor, 5u);
    EXPECT_EQ(lru->summary().os.major, 5u);
}

TEST(Replay, OptReadsATraceFileTwice)
{
    const std::string path = testing::TempDir() + "mmulab-replay-belady.trace";
    {
        std::ofstream f(path);
        for (uint64_t a : beladyString())
            f << "0x" << std::hex << a << " R\n";
    }
    auto source = TraceSource::open(path, {}, TraceFormat::Plain);
    ASSERT_TRUE(source.ok()) << source.error().message();
    auto opt = makeReplay(withMemory(tinyMachine(), 7, "opt"));
    ASSERT_TRUE(opt);
    runOk(*source.value(), *opt);
    EXPECT_EQ(opt->summary().accesses, 12u);
    EXPECT_EQ(opt->summary().os.minor + opt->summary().os.major, 7u);
    EXPECT_EQ(opt->summary().os.major, 2u);
    std::filesystem::remove(path);
}

TEST(Replay, OptRefusesMoreFutureThanTheLimit)
{
    auto w = workload("random:size=1M,count=100");
    auto source = VectorSource::reads(beladyString());
    auto opt = makeReplay(withMemory(tinyMachine(), 7, "opt"));
    ASSERT_TRUE(w && opt);
    ReplayControl control;
    control.futureLimit = 10;
    ReplayEngine engine(control);
    auto generated = engine.run(*w, *opt);
    ASSERT_FALSE(generated.ok());
    EXPECT_EQ(generated.error().kind, ReplayError::Kind::FutureTooLong);
    EXPECT_NE(generated.error().message().find("10 accesses"), std::string::npos) << generated.error().message();
    auto fresh = makeReplay(withMemory(tinyMachine(), 7, "opt"));
    auto traced = engine.run(source, *fresh); // 12 accesses, length unknown until read
    ASSERT_FALSE(traced.ok());
    EXPECT_EQ(traced.error().kind, ReplayError::Kind::FutureTooLong);
    EXPECT_EQ(fresh->accesses(), 0u);
    // A prefix within the limit is fine.
    control.maxAccesses = 10;
    ReplayEngine prefix(control);
    auto again = makeReplay(withMemory(tinyMachine(), 7, "opt"));
    auto ok = prefix.run(source, *again);
    ASSERT_TRUE(ok.ok()) << ok.error().message();
    EXPECT_EQ(again->accesses(), 10u);
}

// --- The series in bounded memory -------------------------------------------------------------------

TEST(ReplaySeries, MergesNeighboursPairwiseWhenFull)
{
    // Hits at accesses 1, 3, 4, 7, 8 (cumulative 1,1,2,3,3,3,4,5); RSS grows by 4 KiB per access.
    const uint64_t cumulativeHits[] = {1, 1, 2, 3, 3, 3, 4, 5};
    ReplaySeries series(4);
    for (uint64_t i = 1; i <= 8; ++i) {
        ASSERT_EQ(series.nextSampleAt(), i);
        ReplaySample s;
        s.accesses = i;
        s.tlbHits = cumulativeHits[i - 1];
        s.rssBytes = i * 4096;
        series.record(s);
        if (i == 4) {
            // Four buckets of one access merged into two of two.
            ASSERT_EQ(series.size(), 2u);
            EXPECT_EQ(series.bucketLength(), 2u);
            EXPECT_DOUBLE_EQ(series.value(0, SeriesMetric::WindowHitRate), 0.5);
            EXPECT_DOUBLE_EQ(series.value(1, SeriesMetric::WindowHitRate), 1.0);
        }
    }
    ASSERT_EQ(series.size(), 2u);
    EXPECT_EQ(series.bucketLength(), 4u);
    const SeriesBucket &b0 = series.bucket(0);
    const SeriesBucket &b1 = series.bucket(1);
    EXPECT_EQ(b0.firstAccess, 0u);
    EXPECT_EQ(b0.accesses, 4u);
    EXPECT_EQ(b1.firstAccess, 4u);
    EXPECT_EQ(b1.accesses, 4u);
    const auto w = static_cast<size_t>(SeriesMetric::WindowHitRate);
    const auto c = static_cast<size_t>(SeriesMetric::HitRate);
    const auto rss = static_cast<size_t>(SeriesMetric::RssBytes);
    EXPECT_DOUBLE_EQ(series.value(0, SeriesMetric::WindowHitRate), 0.75); // 3 of 4
    EXPECT_DOUBLE_EQ(series.value(1, SeriesMetric::WindowHitRate), 0.5);  // 2 of 4
    EXPECT_DOUBLE_EQ(b0.min[w], 0.0);
    EXPECT_DOUBLE_EQ(b0.max[w], 1.0);
    EXPECT_DOUBLE_EQ(series.value(1, SeriesMetric::HitRate), 5.0 / 8);
    EXPECT_DOUBLE_EQ(b1.min[c], 3.0 / 6); // cumulative after 5..8: 3/5, 3/6, 4/7, 5/8
    EXPECT_DOUBLE_EQ(b1.max[c], 5.0 / 8);
    EXPECT_DOUBLE_EQ(b1.min[rss], 5 * 4096.0);
    EXPECT_DOUBLE_EQ(b1.max[rss], 8 * 4096.0);
    EXPECT_DOUBLE_EQ(series.value(1, SeriesMetric::RssBytes), 8 * 4096.0);
    const auto points = series.points(SeriesMetric::WindowHitRate);
    ASSERT_EQ(points.size(), 2u);
    EXPECT_EQ(points[1].x, 8u);
    EXPECT_DOUBLE_EQ(points[1].value, 0.5);
}

TEST(ReplaySeries, MemoryStaysBoundedOverALongRun)
{
    auto r = makeReplay(tinyMachine());
    auto w = workload("seq:size=1M,count=4M");
    ASSERT_TRUE(r && w);
    std::vector<size_t> sizes;
    ReplayControl control;
    control.progressEvery = 1 << 18;
    control.progress = [&](const ReplayProgress &) { sizes.push_back(r->series().size()); };
    runOk(*w, *r, control);
    const ReplaySeries &series = r->series();
    EXPECT_EQ(series.capacity(), ReplaySeries::DefaultCapacity);
    EXPECT_EQ(series.buckets().capacity(), ReplaySeries::DefaultCapacity); // never reallocated
    ASSERT_FALSE(sizes.empty());
    for (size_t n : sizes) {
        EXPECT_LE(n, ReplaySeries::DefaultCapacity);
        EXPECT_GE(n, ReplaySeries::DefaultCapacity / 2);
    }
    // 4,000,000 accesses: buckets of 1024 (4096 × 1024 > 4M > 2048 × 1024), contiguous, covering all.
    EXPECT_EQ(series.bucketLength(), 1024u);
    EXPECT_EQ(series.size(), (4'000'000u + 1023) / 1024);
    uint64_t next = 0;
    for (const SeriesBucket &b : series.buckets()) {
        EXPECT_EQ(b.firstAccess, next);
        next += b.accesses;
    }
    EXPECT_EQ(next, 4'000'000u);
    EXPECT_EQ(series.last().accesses, 4'000'000u);
}

// --- Cancelling, progress, comparison --------------------------------------------------------------

TEST(ReplayEngine, StopsMidRunWhenAsked)
{
    auto r = makeReplay(tinyMachine());
    auto w = workload("seq:size=64M"); // 8 Mi accesses
    ASSERT_TRUE(r && w);
    std::atomic<bool> stop{false};
    ReplayControl control;
    control.stop = &stop;
    control.progressEvery = 8 * ReplayEngine::BatchSize;
    control.progress = [&](const ReplayProgress &) { stop = true; };
    EXPECT_EQ(runOk(*w, *r, control), ReplayStatus::Stopped);
    // The flag is checked before each batch: the run ends right after the batch that set it.
    EXPECT_EQ(r->accesses(), 8 * ReplayEngine::BatchSize);
    EXPECT_EQ(r->summary().os.minor, r->accesses() * 8 / 4096);
    EXPECT_EQ(r->series().last().accesses, r->accesses());
}

TEST(ReplayEngine, StopsFromAnotherThread)
{
    auto r = makeReplay(tinyMachine());
    auto w = workload("random:size=1G,count=1G"); // minutes of work if nothing stops it
    ASSERT_TRUE(r && w);
    std::atomic<bool> stop{false};
    std::atomic<int> reports{0};
    ReplayControl control;
    control.stop = &stop;
    control.progressEvery = ReplayEngine::BatchSize;
    control.progress = [&](const ReplayProgress &) { ++reports; };
    Result<ReplayStatus, ReplayError> result = ReplayStatus::Finished;
    std::thread worker([&] { result = ReplayEngine(control).run(*w, *r); });
    while (reports.load() < 2)
        std::this_thread::yield();
    stop = true;
    worker.join();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(*result, ReplayStatus::Stopped);
    EXPECT_GT(r->accesses(), 0u);
    EXPECT_LT(r->accesses(), uint64_t{1'000'000'000});
}

TEST(ReplayEngine, ReportsProgressUpToTheEnd)
{
    auto r = makeReplay(tinyMachine());
    auto w = workload("seq:size=1M,count=100000");
    ASSERT_TRUE(r && w);
    std::vector<ReplayProgress> seen;
    ReplayControl control;
    control.progressEvery = 10000;
    control.progress = [&](const ReplayProgress &p) { seen.push_back(p); };
    runOk(*w, *r, control);
    ASSERT_GE(seen.size(), 9u);
    for (size_t i = 1; i < seen.size(); ++i) {
        EXPECT_GE(seen[i].fraction, seen[i - 1].fraction);
        EXPECT_GT(seen[i].accesses, seen[i - 1].accesses);
    }
    EXPECT_DOUBLE_EQ(seen.back().fraction, 1.0);
    EXPECT_EQ(seen.back().accesses, 100000u);
    EXPECT_EQ(seen.back().phase, ReplayProgress::Phase::Replay);
}

TEST(ReplayEngine, MaxAccessesReplaysAPrefix)
{
    auto r = makeReplay(tinyMachine());
    auto w = workload("seq:size=1M,count=100000");
    ASSERT_TRUE(r && w);
    ReplayControl control;
    control.maxAccesses = 5000;
    runOk(*w, *r, control);
    EXPECT_EQ(r->accesses(), 5000u);
}

TEST(ReplayEngine, AComparisonGivesWhatSeparateRunsGive)
{
    const std::string spec = "hotcold:size=256M,hot=1M,count=30000,seed=4,write=0.2";
    const MachineConfig skylake = *loadMachine("skylake");
    std::vector<std::unique_ptr<Replay>> together;
    std::vector<Replay *> pointers;
    for (PageSizePolicy p : {PageSizePolicy::Base, PageSizePolicy::Huge2M, PageSizePolicy::Thp}) {
        together.push_back(makeReplay(skylake, p));
        pointers.push_back(together.back().get());
    }
    auto w = workload(spec);
    ASSERT_TRUE(w);
    ReplayEngine engine;
    ASSERT_TRUE(engine.run(*w, pointers).ok());
    for (size_t i = 0; i < together.size(); ++i) {
        auto alone = makeReplay(skylake, together[i]->config().pageSize);
        auto again = workload(spec);
        ASSERT_TRUE(alone && again);
        runOk(*again, *alone);
        const ReplaySummary a = together[i]->summary();
        const ReplaySummary b = alone->summary();
        EXPECT_EQ(a.accesses, b.accesses);
        EXPECT_EQ(a.tlbHits, b.tlbHits);
        EXPECT_EQ(a.walks, b.walks);
        EXPECT_EQ(a.walkCycles, b.walkCycles);
        EXPECT_EQ(a.os.minor, b.os.minor);
        EXPECT_EQ(a.cycles, b.cycles);
        EXPECT_EQ(a.pageTableBytes, b.pageTableBytes);
        EXPECT_EQ(a.rssPeakBytes, b.rssPeakBytes);
        ASSERT_EQ(together[i]->series().size(), alone->series().size());
        EXPECT_EQ(together[i]->series().last(), alone->series().last());
    }
    // The page size matters: 2 MiB pages walk far less than 4 KiB pages on 256 MiB.
    EXPECT_LT(together[1]->summary().walks * 10, together[0]->summary().walks);
}

// --- A real trace ---------------------------------------------------------------------------------

TEST(Replay, ARealLackeyTraceFaultsOncePerDistinctPage)
{
    if (std::system("valgrind --version >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "valgrind is not installed";
    const std::string path = testing::TempDir() + "mmulab-replay-true.lackey";
    const std::string command = "valgrind --tool=lackey --trace-mem=yes --log-file='" + path + "' /bin/true";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;

    // The distinct pages, counted straight from the reader.
    auto reader = openTrace(path);
    ASSERT_TRUE(reader.ok()) << reader.error().message();
    std::set<uint64_t> pages;
    uint64_t accesses = 0;
    MemoryAccess a;
    while (reader.value()->next(a)) {
        pages.insert(a.address >> 12);
        ++accesses;
    }
    ASSERT_FALSE(reader.value()->failed()) << reader.value()->error()->message();
    ASSERT_GT(accesses, 10000u);

    auto source = TraceSource::open(path);
    ASSERT_TRUE(source.ok());
    EXPECT_EQ(source.value()->reader().format(), TraceFormat::Lackey);
    auto r = makeReplay(*loadMachine("skylake"));
    ASSERT_TRUE(r);
    runOk(*source.value(), *r);
    const ReplaySummary s = r->summary();
    EXPECT_EQ(s.accesses, accesses);
    EXPECT_EQ(s.os.minor, pages.size());
    EXPECT_EQ(s.os.segv, 0u);
    EXPECT_EQ(s.os.protection, 0u);
    EXPECT_EQ(s.os.generalProtection, 0u);
    EXPECT_EQ(s.rssPeakBytes, pages.size() * 4096);
    EXPECT_GT(s.tlbHits, accesses / 2); // programs have locality
    std::filesystem::remove(path);
}

// --- First touch with few frames --------------------------------------------------------------

/** Pages the system maps with a present leaf entry, found by walking its page table. */
uint64_t presentPages(const System &system)
{
    uint64_t pages = 0;
    for (const Mapping &m : system.mappings())
        for (uint64_t va = m.start; va < m.end(); va += 4 * KiB)
            pages += system.pageTable().findLeaf(va).has_value();
    return pages;
}

/** Pages the kernel's replacement policy holds, one per used slot. */
uint64_t pagesInSlots(const Kernel &kernel)
{
    uint64_t pages = 0;
    for (int slot = 0; kernel.policy() && slot < kernel.policy()->frames(); ++slot)
        pages += kernel.pageInSlot(slot).has_value();
    return pages;
}

/**
 * A trace that fills memory and then, with every frame taken, touches a new 2 MiB chunk: its
 * first touch needs a page table as well as a data page, so the fault handler evicts twice.
 * 100 hot pages over two chunks (more than 64 frames hold), reads and writes, and 20 new
 * chunks: 25 table frames in all, so the tables always fit.
 */
std::vector<MemoryAccess> newChunksWhenMemoryIsFull()
{
    SplitMix64 rng(99);
    const uint64_t base = 0x100000000000;
    std::vector<MemoryAccess> out;
    for (uint64_t round = 0; round < 20; ++round) {
        for (int k = 0; k < 400; ++k) {
            const uint64_t page = rng.below(100);
            const uint64_t va = base + (page % 2) * 2 * MiB + (page / 2) * 4 * KiB + 8 * rng.below(512);
            out.push_back({va, 8, rng.below(4) == 0 ? AccessType::Write : AccessType::Read});
        }
        const uint64_t chunk = base + (16 + round) * 2 * MiB;
        for (uint64_t p = 0; p < 3; ++p)
            out.push_back({chunk + p * 4 * KiB, 8, p == 1 ? AccessType::Write : AccessType::Read});
    }
    return out;
}

class FirstTouchFewFrames : public testing::TestWithParam<PolicyKind> {};

TEST_P(FirstTouchFewFrames, ResidentBytesAreTheResidentPages)
{
    // Once takeFrame() has evicted a victim for the new page, making room for the new page
    // table must not choose that (now empty) slot again: evicting it counted a page out twice
    // (RSS below zero: rss_peak_bytes 2^64 - 4096), released frame 0 and left the slot both
    // free and in use, so pages were orphaned, never evicted again, and memory leaked.
    constexpr uint64_t frames = 64;
    const MachineConfig machine = withMemory(tinyMachine(), frames, std::string(policyName(GetParam())));
    const std::vector<MemoryAccess> accesses = newChunksWhenMemoryIsFull();
    auto replay = makeReplay(machine);
    ASSERT_TRUE(replay);
    VectorSource source(accesses);
    runOk(source, *replay);

    const ReplaySummary s = replay->summary();
    const System &system = replay->system();
    const uint64_t tableBytes = system.pageTable().tableBytes();
    EXPECT_EQ(s.accesses, accesses.size());
    EXPECT_EQ(s.regions, 22u);
    EXPECT_EQ(tableBytes, (3 + 22) * 4 * KiB); // root, PDPT, PD and one PT per chunk
    EXPECT_EQ(s.os.bus, 0u);
    EXPECT_EQ(s.os.minor, 100u + 20 * 3);      // every page's first touch
    EXPECT_GT(s.os.major, 0u);
    // Every frame holds a table or a resident page, never more than memory has.
    // (The peak came early, before most tables: the hot chunks' five tables were there.)
    EXPECT_LE(s.rssPeakBytes, (frames - 5) * 4 * KiB);
    EXPECT_LE(s.os.residentBytes, s.rssPeakBytes);
    for (const SeriesBucket &b : replay->series().buckets())
        EXPECT_LE(b.max[static_cast<size_t>(SeriesMetric::RssBytes)], double(s.rssPeakBytes));
    // RSS is the resident pages, counted three ways: by the page table, by the policy's slots
    // and by the faults that brought pages in less the evictions that took them out.
    const uint64_t present = presentPages(system);
    EXPECT_EQ(s.os.residentBytes, present * 4 * KiB);
    EXPECT_EQ(pagesInSlots(system.kernel()), present);
    EXPECT_EQ(static_cast<uint64_t>(system.kernel().policy()->residentCount()), present);
    EXPECT_EQ(s.os.minor + s.os.major, s.os.evictions + present);
    // Memory is full at the end: what the tables leave is all resident.
    EXPECT_EQ(present * 4 * KiB + tableBytes, frames * 4 * KiB);
}

INSTANTIATE_TEST_SUITE_P(Policies, FirstTouchFewFrames, testing::ValuesIn(allPolicies()),
                         [](const testing::TestParamInfo<PolicyKind> &p) {
                             std::string name(policyName(p.param));
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

// --- The fast path against the recording path -------------------------------------------------

/** A machine for the comparison: a preset, and a frame limit with its policy (0: unlimited). */
struct FastPathCase {
    std::string preset;
    uint64_t frames = 0;
    std::string policy;
};

/**
 * A seeded mix of what replays meet: sequential runs, random accesses over 256 MiB (walks, and
 * with limited frames evictions and swap-ins), a second region under another PML4 entry, reads,
 * writes and fetches, and now and then a non-canonical address.
 */
std::vector<MemoryAccess> mixedAccesses(size_t count)
{
    SplitMix64 rng(2024);
    std::vector<MemoryAccess> out;
    const uint64_t base = 0x100000000000;
    const uint64_t far = 0x7f0000000000;
    while (out.size() < count) {
        const uint64_t kind = rng.below(4);
        const size_t run = static_cast<size_t>(500 + rng.below(3000));
        uint64_t at = base + rng.below(256 * MiB);
        for (size_t k = 0; k < run && out.size() < count; ++k) {
            uint64_t va = 0;
            switch (kind) {
            case 0: va = at + 8 * k; break;                      // sequential
            case 1: va = base + rng.below(256 * MiB); break;     // random
            case 2: va = far + rng.below(16 * MiB); break;       // another region
            default: va = rng.below(64) ? base + rng.below(4 * MiB) : 0x8000000000000000 + k; break;
            }
            const uint64_t t = rng.below(8);
            const AccessType type = t < 2 ? AccessType::Write : t == 2 ? AccessType::Execute : AccessType::Read;
            out.push_back({va, 8, type});
        }
    }
    return out;
}

class FastPath : public testing::TestWithParam<FastPathCase> {};

TEST_P(FastPath, ReplayCountsWhatTheRecordingPathCounts)
{
    // The replay translates on the fast path (no steps, the kernel's brief, prefetching where it
    // walks); the same accesses on a System that records every step must give the same counters,
    // cycle for cycle, and every recorded access's steps must add up to its cycles.
    MachineConfig machine = *loadMachine(GetParam().preset);
    if (GetParam().frames)
        machine = withMemory(machine, GetParam().frames, GetParam().policy);
    const std::vector<MemoryAccess> accesses = mixedAccesses(200000);
    auto replay = makeReplay(machine);
    ASSERT_TRUE(replay);
    VectorSource source(accesses);
    runOk(source, *replay);

    System recorded(machine, MmuOptions{.classifyMisses = false});
    for (const Mapping &m : replay->system().mappings())
        ASSERT_TRUE(recorded.addMapping(m));
    uint64_t cycles = 0;
    uint64_t tlbHits = 0;
    std::vector<Step> steps;
    for (size_t i = 0; i < accesses.size(); ++i) {
        steps.clear();
        const AccessResult r = recorded.access(accesses[i].address, accesses[i].type, Privilege::User, &steps);
        uint64_t stepCycles = 0;
        for (const Step &s : steps)
            stepCycles += s.cycles;
        ASSERT_EQ(stepCycles, r.cycles) << "access " << i;
        cycles += r.cycles;
        tlbHits += r.translation.tlbHitLevel > 0 && r.fault == OsFault::None;
    }

    const ReplaySummary s = replay->summary();
    EXPECT_EQ(s.accesses, accesses.size());
    EXPECT_EQ(s.cycles, cycles);
    EXPECT_EQ(s.tlbHits, tlbHits);
    const MmuCounters &fast = replay->system().mmu().counters();
    const MmuCounters &slow = recorded.mmu().counters();
    EXPECT_EQ(fast.translations, slow.translations);
    EXPECT_EQ(fast.walks, slow.walks);
    EXPECT_EQ(fast.walkCycles, slow.walkCycles);
    EXPECT_EQ(fast.entryReads, slow.entryReads);
    EXPECT_EQ(fast.cycles, slow.cycles);
    EXPECT_EQ(fast.walkCacheHits, slow.walkCacheHits);
    ASSERT_EQ(fast.tlbs.size(), slow.tlbs.size());
    for (size_t i = 0; i < fast.tlbs.size(); ++i) {
        EXPECT_EQ(fast.tlbs[i].hits, slow.tlbs[i].hits) << "TLB " << i;
        EXPECT_EQ(fast.tlbs[i].misses, slow.tlbs[i].misses) << "TLB " << i;
    }
    const OsCounters &os = recorded.kernel().counters();
    EXPECT_EQ(s.os.minor, os.minor);
    EXPECT_EQ(s.os.major, os.major);
    EXPECT_EQ(s.os.generalProtection, os.generalProtection);
    EXPECT_EQ(s.os.evictions, os.evictions);
    EXPECT_EQ(s.os.writeBacks, os.writeBacks);
    EXPECT_EQ(s.os.bus, os.bus);
    EXPECT_EQ(s.os.residentBytes, os.residentBytes);
    EXPECT_EQ(s.rssPeakBytes, os.peakResidentBytes);
    EXPECT_EQ(s.os.swapBytes, os.swapBytes);
    EXPECT_EQ(s.os.handlerCycles, os.handlerCycles);
    EXPECT_EQ(s.pageTableBytes, recorded.pageTable().tableBytes());
    if (GetParam().frames) {
        // Pages mapped on first touch while every frame is taken: RSS stays the resident pages,
        // within memory, on both paths.
        EXPECT_EQ(s.os.bus, 0u);
        EXPECT_LE(s.rssPeakBytes, GetParam().frames * 4 * KiB);
        EXPECT_EQ(s.os.residentBytes, presentPages(replay->system()) * 4 * KiB);
        EXPECT_EQ(os.residentBytes, presentPages(recorded) * 4 * KiB);
        EXPECT_EQ(pagesInSlots(recorded.kernel()), presentPages(recorded));
    }

    // The mix must have exercised what it is meant to.
    EXPECT_GT(s.tlbHits, accesses.size() / 4);
    EXPECT_GT(s.walks, accesses.size() / 8);
    EXPECT_GT(s.os.generalProtection, 0u);
    if (GetParam().frames) {
        EXPECT_GT(s.os.major, 0u);
    }
}

INSTANTIATE_TEST_SUITE_P(Presets, FastPath,
                         testing::Values(FastPathCase{"skylake", 0, ""}, FastPathCase{"skylake", 4096, "clock"},
                                         FastPathCase{"zen4", 4096, "lru"}, FastPathCase{"teaching", 0, ""},
                                         // Few frames: page tables take over half of 256, and chunks are
                                         // first touched while every frame is taken.
                                         FastPathCase{"skylake", 256, "clock"}, FastPathCase{"zen4", 256, "lru"},
                                         FastPathCase{"skylake", 256, "fifo"},
                                         FastPathCase{"skylake", 256, "two-list"}),
                         [](const testing::TestParamInfo<FastPathCase> &p) {
                             std::string name = p.param.preset
                                 + (p.param.frames ? "_" + p.param.policy : std::string("_unlimited"));
                             std::replace(name.begin(), name.end(), '-', '_');
                             return p.param.frames && p.param.frames < 4096 ? name + "_few_frames" : name;
                         });

} // namespace
