// SPDX-License-Identifier: GPL-3.0-or-later
// Workload specs and generators: parsing with errors that name the key and the column, the
// accesses each kind makes (worked out by hand for small cases), determinism per seed.
#include "pointerchaseworkload.h"
#include "scanhotworkload.h"
#include "workload.h"
#include "workloadspec.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace {

using namespace mmu;

constexpr uint64_t Base = WorkloadSpec::DefaultBase;
constexpr uint64_t KiB = 1024;
constexpr uint64_t MiB = 1024 * KiB;
constexpr uint64_t GiB = 1024 * MiB;

WorkloadSpec parsed(const std::string &text)
{
    auto r = parseWorkloadSpec(text);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? *r : WorkloadSpec{};
}

std::unique_ptr<Workload> make(const std::string &text)
{
    auto r = makeWorkload(text);
    if (!r.ok()) {
        ADD_FAILURE() << r.error().message();
        return nullptr;
    }
    return std::move(r.value());
}

/** Every access of a workload, read in batches of `batch`. */
std::vector<MemoryAccess> all(Workload &w, size_t batch = 1000)
{
    std::vector<MemoryAccess> out;
    std::vector<MemoryAccess> buffer(batch);
    while (size_t n = w.read(buffer))
        out.insert(out.end(), buffer.begin(), buffer.begin() + static_cast<long>(n));
    return out;
}

std::vector<uint64_t> offsets(const std::vector<MemoryAccess> &accesses, uint64_t base = Base)
{
    std::vector<uint64_t> out;
    for (const MemoryAccess &a : accesses)
        out.push_back(a.address - base);
    return out;
}

// --- Parsing -----------------------------------------------------------------------------

TEST(WorkloadSpec, ParsesTheExamplesOfTheHelpText)
{
    const WorkloadSpec r = parsed("random:size=1G,count=10M,seed=7");
    EXPECT_EQ(r.kind, WorkloadKind::Random);
    EXPECT_EQ(r.size, GiB);
    EXPECT_EQ(r.count, 10'000'000u); // counts are powers of 1000
    EXPECT_EQ(r.seed, 7u);
    EXPECT_EQ(r.base, 0x100000000000u);

    const WorkloadSpec s = parsed("stride:size=1G,stride=4K,count=1M");
    EXPECT_EQ(s.kind, WorkloadKind::Strided);
    EXPECT_EQ(s.stride, 4096u);
    EXPECT_EQ(s.count, 1'000'000u);

    const WorkloadSpec h = parsed("hotcold:size=1G,hot=16M,hotfrac=0.9,count=10M,seed=1");
    EXPECT_EQ(h.hot, 16 * MiB);
    EXPECT_DOUBLE_EQ(h.hotFraction, 0.9);

    const WorkloadSpec m = parsed("matrix:rows=4096,cols=4096,elem=8,order=col");
    EXPECT_EQ(m.rows, 4096u);
    EXPECT_EQ(m.cols, 4096u);
    EXPECT_TRUE(m.columnMajor);
    EXPECT_EQ(m.accesses(), 4096u * 4096u); // one traversal by default

    const WorkloadSpec c = parsed("chase:size=256M,count=10M,seed=3");
    EXPECT_EQ(c.size, 256 * MiB);
    EXPECT_EQ(c.node, 64u);

    const WorkloadSpec sh = parsed("scanhot:hot=1M,scan=1G,count=10M");
    EXPECT_EQ(sh.hot, MiB);
    EXPECT_EQ(sh.scan, GiB);
    EXPECT_DOUBLE_EQ(sh.hotFraction, 0.5);
    EXPECT_EQ(sh.stride, 64u);

    const WorkloadSpec w = parsed("seq:size=64M,count=1M,write=0.3");
    EXPECT_DOUBLE_EQ(w.writeFraction, 0.3);
    EXPECT_EQ(w.count, 1'000'000u);
}

TEST(WorkloadSpec, SizeUnitsAndDefaults)
{
    EXPECT_EQ(parsed("seq:size=4096").size, 4096u);
    EXPECT_EQ(parsed("seq:size=4KiB").size, 4096u);
    EXPECT_EQ(parsed("seq:size=4KB").size, 4096u);
    EXPECT_EQ(parsed("seq:size=2g").size, 2 * GiB);
    EXPECT_EQ(parsed("seq:size=64M,base=0x200000000000").base, 0x200000000000u);
    // One pass by default: 64 MiB of 8-byte elements; 1 GiB in 4 KiB strides.
    EXPECT_EQ(parsed("seq:size=64M").accesses(), 8u * MiB);
    EXPECT_EQ(parsed("stride:size=1G,stride=4K").accesses(), 262144u);
    EXPECT_EQ(parsed("random:size=1G").accesses(), 1'000'000u);
}

TEST(WorkloadSpec, TextGivesTheSameSpecBack)
{
    for (const char *text : {"random:size=1G,count=10M,seed=7", "stride:size=1G,stride=4K,count=1M,write=0.25",
                             "hotcold:size=1G,hot=16M,hotfrac=0.8,count=10M,seed=1",
                             "matrix:rows=100,cols=300,elem=4,order=col", "chase:size=256M,node=128,seed=3",
                             "scanhot:hot=1M,scan=1G,count=10M,hotfrac=0.7,stride=4K,base=0x200000000000"}) {
        const WorkloadSpec a = parsed(text);
        const std::string written = workloadSpecText(a);
        const WorkloadSpec b = parsed(written);
        EXPECT_EQ(workloadSpecText(b), written) << text;
        EXPECT_EQ(a.kind, b.kind);
        EXPECT_EQ(a.size, b.size) << written;
        EXPECT_EQ(a.accesses(), b.accesses()) << written;
        EXPECT_EQ(a.seed, b.seed);
        EXPECT_EQ(a.stride, b.stride) << written;
        EXPECT_EQ(a.hot, b.hot);
        EXPECT_DOUBLE_EQ(a.hotFraction, b.hotFraction);
        EXPECT_EQ(a.rows * a.cols, b.rows * b.cols);
        EXPECT_EQ(a.columnMajor, b.columnMajor);
        EXPECT_EQ(a.node, b.node);
        EXPECT_EQ(a.scan, b.scan);
        EXPECT_EQ(a.elem, b.elem);
        EXPECT_EQ(a.base, b.base);
        EXPECT_DOUBLE_EQ(a.writeFraction, b.writeFraction);
    }
}

TEST(WorkloadSpec, NarrowAddressSpacesGetTheRegionsMovedUnlessABaseWasGiven)
{
    const WorkloadSpec spec = parsed("random:size=1G");
    EXPECT_EQ(placeForFormat(spec, 48).base, 0x100000000000u); // x86-64: as written
    EXPECT_EQ(placeForFormat(spec, 57).base, 0x100000000000u);
    EXPECT_EQ(placeForFormat(spec, 39).base, 0x2000000000u);   // Sv39: 2^37, a quarter of 2^39
    EXPECT_EQ(placeForFormat(spec, 32).base, 0x40000000u);     // x86-32: 1 GiB
    EXPECT_EQ(placeForFormat(spec, 15).base, 0x2000u);         // OSTEP's 32 KiB: 8 KiB
    const WorkloadSpec given = parsed("random:size=1G,base=0x200000000000");
    EXPECT_EQ(placeForFormat(given, 32).base, 0x200000000000u);
    // The moved base is written out, so the text reproduces the same accesses.
    EXPECT_EQ(workloadSpecText(placeForFormat(spec, 32)), "random:size=1G,count=1000000,elem=8,seed=1,base=0x40000000");
}

struct SpecErrorCase {
    const char *spec;
    size_t column;
    const char *key;
    const char *what; ///< a part of the message
};

class WorkloadSpecErrors : public testing::TestWithParam<SpecErrorCase> {};

TEST_P(WorkloadSpecErrors, NameTheKeyAndTheColumn)
{
    const SpecErrorCase &c = GetParam();
    const auto r = parseWorkloadSpec(c.spec);
    ASSERT_FALSE(r.ok()) << c.spec;
    EXPECT_EQ(r.error().column, c.column) << r.error().message();
    EXPECT_EQ(r.error().key, c.key) << r.error().message();
    EXPECT_NE(r.error().message().find(c.what), std::string::npos) << r.error().message();
    EXPECT_NE(r.error().message().find(std::string("column ") + std::to_string(c.column)), std::string::npos);
}

// Columns are 1-based: in "random:size=1Q" the value of size starts at column 13.
INSTANTIATE_TEST_SUITE_P(
    Table, WorkloadSpecErrors,
    testing::Values(SpecErrorCase{"random:size=1Q,count=10", 13, "size", "expected a size"},
                    SpecErrorCase{"rand:size=1G", 1, "", "unknown workload 'rand'"},
                    SpecErrorCase{"", 1, "", "no workload kind"},
                    SpecErrorCase{"random:size=1G,hot=1M", 16, "hot", "not a key of 'random'"},
                    SpecErrorCase{"random:count=5", 15, "size", "required"},
                    SpecErrorCase{"random:size=1G,size=2G", 16, "size", "given twice"},
                    SpecErrorCase{"seq:size=64M,write=1.5", 20, "write", "fraction from 0 to 1"},
                    SpecErrorCase{"seq:size=64M,count=0", 20, "count", "positive count"},
                    SpecErrorCase{"seq:size=64M,count=10T", 20, "count", "positive count"},
                    SpecErrorCase{"matrix:rows=4,cols=4,order=diag", 28, "order", "row or col"},
                    SpecErrorCase{"hotcold:size=1M,hot=2M", 21, "hot", "smaller than the region"},
                    SpecErrorCase{"seq:size=64M,", 13, "", "trailing comma"},
                    SpecErrorCase{"seq:size=64M,,count=1", 14, "", "empty item"},
                    SpecErrorCase{"seq:size=64M,count", 14, "", "key=value"},
                    SpecErrorCase{"chase:size=1G,node=4", 20, "node", "at least 8 bytes"},
                    SpecErrorCase{"chase:size=1G,node=8", 12, "size", "nodes"},
                    SpecErrorCase{"seq:size=200T", 10, "size", "0x7f0000000000"},
                    SpecErrorCase{"seq:size=64M,base=0x1001", 19, "base", "aligned to 4 KiB"},
                    SpecErrorCase{"seq:size=64M,elem=8K", 19, "elem", "at most 4096"}));

TEST(WorkloadSpec, MessageSaysWhatAndWhere)
{
    const auto r = parseWorkloadSpec("random:size=1Q");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message(),
              "workload 'random:size=1Q': column 13: key 'size': expected a size in bytes such as 4096, 64K, 16M or "
              "1G, not '1Q'");
}

// --- What the generators make -------------------------------------------------------------

TEST(Workload, SequentialWrapsAroundAtTheEndOfTheRegion)
{
    auto w = make("seq:size=32,count=6");
    ASSERT_TRUE(w);
    const auto accesses = all(*w);
    EXPECT_EQ(offsets(accesses), (std::vector<uint64_t>{0, 8, 16, 24, 0, 8}));
    for (const MemoryAccess &a : accesses) {
        EXPECT_EQ(a.size, 8u);
        EXPECT_EQ(a.type, AccessType::Read);
    }
}

TEST(Workload, StrideStartsEachPassAtTheRegionStart)
{
    auto w = make("stride:size=16K,stride=4K,count=6");
    ASSERT_TRUE(w);
    EXPECT_EQ(offsets(all(*w)), (std::vector<uint64_t>{0, 4096, 8192, 12288, 0, 4096}));
    // 10 KiB in 4 KiB strides: offsets 0, 4K, 8K fit an 8-byte access; 12K does not.
    auto partial = make("stride:size=10K,stride=4K,count=4");
    ASSERT_TRUE(partial);
    EXPECT_EQ(offsets(all(*partial)), (std::vector<uint64_t>{0, 4096, 8192, 0}));
}

TEST(Workload, MatrixRowAndColumnOrder)
{
    // A 2 × 3 matrix of 8-byte elements, row-major in memory: element (r, c) at (r·3 + c)·8.
    auto rows = make("matrix:rows=2,cols=3");
    auto cols = make("matrix:rows=2,cols=3,order=col");
    ASSERT_TRUE(rows && cols);
    EXPECT_EQ(offsets(all(*rows)), (std::vector<uint64_t>{0, 8, 16, 24, 32, 40}));
    EXPECT_EQ(offsets(all(*cols)), (std::vector<uint64_t>{0, 24, 8, 32, 16, 40}));
}

TEST(Workload, PointerChaseVisitsEveryNodeOncePerLap)
{
    // 4 KiB of 64-byte nodes: 64 nodes in one cycle.
    auto w = make("chase:size=4K,count=129,seed=3");
    ASSERT_TRUE(w);
    const auto o = offsets(all(*w));
    ASSERT_EQ(o.size(), 129u);
    const std::set<uint64_t> lap(o.begin(), o.begin() + 64);
    EXPECT_EQ(lap.size(), 64u);
    EXPECT_EQ(*lap.rbegin(), 63u * 64);
    for (uint64_t offset : lap)
        EXPECT_EQ(offset % 64, 0u);
    EXPECT_EQ(o[0], 0u);
    EXPECT_EQ(o[64], o[0]);
    EXPECT_EQ(o[65], o[1]);
    // Not the identity order: a random cycle.
    EXPECT_NE(o[1], 64u);
}

TEST(Workload, RandomStaysInTheRegionAlignedAndSpreadsEvenly)
{
    auto w = make("random:size=1M,count=160000,elem=16,seed=5");
    ASSERT_TRUE(w);
    std::vector<int> perSixteenth(16, 0);
    for (uint64_t o : offsets(all(*w))) {
        ASSERT_LT(o, MiB);
        ASSERT_EQ(o % 16, 0u);
        ++perSixteenth[o / (MiB / 16)];
    }
    // 10,000 expected per sixteenth; 5 standard deviations is about ±500.
    for (int n : perSixteenth) {
        EXPECT_GT(n, 9500);
        EXPECT_LT(n, 10500);
    }
}

TEST(Workload, HotColdSendsTheHotFractionToTheHotSet)
{
    auto w = make("hotcold:size=64M,hot=1M,hotfrac=0.9,count=100000,seed=2");
    ASSERT_TRUE(w);
    int hot = 0;
    for (uint64_t o : offsets(all(*w))) {
        ASSERT_LT(o, 64 * MiB);
        hot += o < MiB;
    }
    // 90,000 expected, standard deviation about 95.
    EXPECT_GT(hot, 89500);
    EXPECT_LT(hot, 90500);
}

TEST(Workload, ScanHotMixesTheHotSetWithAOnePassScan)
{
    auto w = make("scanhot:hot=1M,scan=1G,count=100000,hotfrac=0.25,stride=4K,seed=4");
    ASSERT_TRUE(w);
    ASSERT_EQ(w->regions().size(), 2u);
    EXPECT_EQ(w->regions()[0].start, Base);
    EXPECT_EQ(w->regions()[0].length, MiB);
    EXPECT_EQ(w->regions()[1].start, Base + GiB); // the first 1 GiB boundary after the hot set
    EXPECT_EQ(w->regions()[1].length, GiB);
    int hot = 0;
    uint64_t expectedScan = 0;
    for (uint64_t o : offsets(all(*w))) {
        if (o < MiB) {
            ++hot;
        } else {
            ASSERT_EQ(o - GiB, expectedScan); // the scan goes on where it left off
            expectedScan += 4096;
        }
    }
    EXPECT_GT(hot, 24500); // 25,000 expected, standard deviation about 137
    EXPECT_LT(hot, 25500);
}

TEST(Workload, WriteFractionTurnsThatShareIntoWrites)
{
    auto w = make("random:size=1M,count=100000,write=0.3,seed=9");
    ASSERT_TRUE(w);
    int writes = 0;
    for (const MemoryAccess &a : all(*w))
        writes += a.type == AccessType::Write;
    EXPECT_GT(writes, 29500); // 30,000 expected, standard deviation about 145
    EXPECT_LT(writes, 30500);

    auto none = make("random:size=1M,count=1000");
    auto every = make("seq:size=1M,count=1000,write=1");
    ASSERT_TRUE(none && every);
    for (const MemoryAccess &a : all(*none))
        EXPECT_EQ(a.type, AccessType::Read);
    for (const MemoryAccess &a : all(*every))
        EXPECT_EQ(a.type, AccessType::Write);
}

TEST(Workload, DeclaresItsRegion)
{
    auto w = make("random:size=1G,count=10");
    auto m = make("matrix:rows=4096,cols=4096,elem=8");
    ASSERT_TRUE(w && m);
    ASSERT_EQ(w->regions().size(), 1u);
    EXPECT_EQ(w->regions()[0].start, 0x100000000000u);
    EXPECT_EQ(w->regions()[0].length, GiB);
    ASSERT_EQ(m->regions().size(), 1u);
    EXPECT_EQ(m->regions()[0].length, 128 * MiB);
    EXPECT_EQ(w->length(), std::optional<uint64_t>(10));
}

TEST(Workload, ProgressFollowsTheCount)
{
    auto w = make("seq:size=1M,count=1000");
    ASSERT_TRUE(w);
    EXPECT_DOUBLE_EQ(w->progress(0), 0.0);
    EXPECT_DOUBLE_EQ(w->progress(250), 0.25);
    EXPECT_DOUBLE_EQ(w->progress(1000), 1.0);
}

// --- Determinism -----------------------------------------------------------------------------

class WorkloadDeterminism : public testing::TestWithParam<const char *> {};

TEST_P(WorkloadDeterminism, SameSpecSameAccessesWhateverTheBatches)
{
    auto a = make(GetParam());
    auto b = make(GetParam());
    ASSERT_TRUE(a && b);
    const auto first = all(*a, 4096);
    EXPECT_EQ(first.size(), a->spec().accesses());
    EXPECT_EQ(all(*b, 7), first);   // another instance, odd batches
    ASSERT_TRUE(a->rewind());
    EXPECT_EQ(all(*a, 1), first);   // rewound, one at a time
    EXPECT_EQ(a->read(std::span<MemoryAccess>()), 0u);
}

INSTANTIATE_TEST_SUITE_P(Kinds, WorkloadDeterminism,
                         testing::Values("seq:size=64K,count=20000,write=0.5",
                                         "stride:size=1M,stride=4K,count=20000,write=0.5",
                                         "random:size=1G,count=20000,seed=7,write=0.1",
                                         "hotcold:size=1G,hot=16M,count=20000,seed=1",
                                         "matrix:rows=100,cols=300,order=col,count=20000",
                                         "chase:size=1M,count=20000,seed=3",
                                         "scanhot:hot=1M,scan=64M,count=20000,seed=2"));

TEST(WorkloadDeterminism, ADifferentSeedGivesOtherAccesses)
{
    for (const char *kind : {"random:size=1G,count=100", "chase:size=1M,count=100", "hotcold:size=1G,hot=1M,count=100"}) {
        auto a = make(std::string(kind) + ",seed=1");
        auto b = make(std::string(kind) + ",seed=2");
        ASSERT_TRUE(a && b);
        EXPECT_NE(all(*a), all(*b)) << kind;
    }
}

} // namespace
