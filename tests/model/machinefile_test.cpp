// SPDX-License-Identifier: GPL-3.0-or-later
#include "machinefile.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

using nlohmann::json;

json validMachine()
{
    return json::parse(R"({
      "name": "Test", "paging": "x86-64", "clock_ghz": 2.0, "dram_latency": 100,
      "tlbs": [ { "name": "L1", "level": 1, "page_sizes": ["4K", "2M"], "entries": 16, "ways": 4, "latency": 1 } ],
      "walk_caches": [ { "level": "PD", "entries": 8, "latency": 1 } ],
      "caches": [ { "name": "L1D", "size": 32768, "ways": 8, "line": 64, "latency": 4 } ]
    })");
}

std::string errorFor(const json &doc)
{
    auto r = mmu::parseMachine(doc.dump(), "m.json");
    return r ? std::string("(accepted)") : r.error().message();
}

TEST(MachineFile, EveryPresetLoadsAndRoundTrips)
{
    const auto names = mmu::presetNames();
    ASSERT_EQ(names.size(), 6u);
    EXPECT_EQ(names.front(), "teaching");
    for (const std::string &name : names) {
        auto m = mmu::loadMachine(name);
        ASSERT_TRUE(m) << name << ": " << m.error().message();
        const json once = mmu::machineToJson(*m);
        auto again = mmu::parseMachine(once.dump(), name);
        ASSERT_TRUE(again) << again.error().message();
        EXPECT_EQ(mmu::machineToJson(*again), once) << name;
    }
}

TEST(MachineFile, PresetFiguresMatchFacts)
{
    auto skylake = mmu::loadMachine("skylake");
    ASSERT_TRUE(skylake);
    EXPECT_EQ(skylake->tlbs[0].entries, 64u);
    EXPECT_EQ(skylake->tlbs[0].ways, 4u);
    EXPECT_EQ(skylake->tlbs[3].entries, 1536u);
    EXPECT_EQ(skylake->tlbs[3].ways, 12u);
    EXPECT_EQ(skylake->caches[0].latency, 4u);
    EXPECT_EQ(skylake->caches[1].latency, 12u);
    EXPECT_EQ(skylake->caches[2].latency, 42u);
    auto teaching = mmu::loadMachine("teaching");
    ASSERT_TRUE(teaching);
    EXPECT_EQ(teaching->tlbs[0].entries, 16u);
    EXPECT_EQ(teaching->tlbs[1].latency, 8u);
    EXPECT_TRUE(teaching->walkCaches.empty());
    EXPECT_EQ(teaching->dramLatency, 200u);
    EXPECT_DOUBLE_EQ(teaching->clockGhz, 1.0);
    auto zen = mmu::loadMachine("zen4");
    ASSERT_TRUE(zen);
    EXPECT_EQ(zen->tlbs[0].entries, zen->tlbs[0].ways); // fully associative
}

TEST(MachineFile, ValidFileIsAccepted)
{
    EXPECT_EQ(errorFor(validMachine()), "(accepted)");
}

struct BadCase {
    const char *name;
    const char *pointer; ///< JSON pointer of the value to replace, or to remove when `value` is empty
    const char *value;
    const char *message;
};

class BadMachine : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadMachine, NamesTheKey)
{
    const BadCase &c = GetParam();
    json doc = validMachine();
    const json::json_pointer ptr(c.pointer);
    if (std::string(c.value).empty())
        doc[ptr.parent_pointer()].erase(ptr.back());
    else
        doc[ptr] = json::parse(c.value);
    EXPECT_EQ(errorFor(doc), c.message);
}

INSTANTIATE_TEST_SUITE_P(
    Catalogue, BadMachine,
    ::testing::Values(
        BadCase{"UnknownTopKey", "/colour", "\"red\"",
                "m.json: colour: unknown key (known keys: name, description, source, paging, clock_ghz, tlbs, "
                "walk_caches, caches, dram_latency, memory, fault_costs)"},
        BadCase{"MissingName", "/name", "", "m.json: name: missing"},
        BadCase{"NameWrongType", "/name", "42", "m.json: name: must be a string, not a whole number"},
        BadCase{"UnknownPaging", "/paging", "\"vax\"",
                "m.json: paging: unknown paging format 'vax' (known: x86-64, x86-64-la57, sv39, sv48, sv57, arm64-4k, "
                "arm64-16k, arm64-64k, x86-32, x86-pae, ostep)"},
        BadCase{"ClockZero", "/clock_ghz", "0", "m.json: clock_ghz: 0 is out of range (0.001 to 100.0)"},
        BadCase{"WaysDoNotDivide", "/tlbs/0/ways", "5", "m.json: tlbs[0].ways: 5 ways do not divide 16 entries"},
        BadCase{"SetsNotPowerOfTwo", "/tlbs/0/entries", "24",
                "m.json: tlbs[0].entries: 24 entries / 4 ways = 6 sets, which is not a power of two"},
        BadCase{"ZeroEntries", "/tlbs/0/entries", "0", "m.json: tlbs[0].entries: 0 is out of range (1 to 65536)"},
        BadCase{"NegativeLatency", "/tlbs/0/latency", "-1", "m.json: tlbs[0].latency: must not be negative (-1)"},
        BadCase{"LatencyString", "/tlbs/0/latency", "\"fast\"",
                "m.json: tlbs[0].latency: must be a whole number, not a string"},
        BadCase{"BadPageSize", "/tlbs/0/page_sizes/1", "\"3M\"",
                "m.json: tlbs[0].page_sizes[1]: '3M' is not a page size such as 4K, 2M or 1G"},
        BadCase{"PageSizeNotInFormat", "/tlbs/0/page_sizes/1", "\"512G\"",
                "m.json: tlbs[0].page_sizes[1]: 512G pages do not exist in x86-64"},
        BadCase{"UnknownTlbKey", "/tlbs/0/colour", "1",
                "m.json: tlbs[0].colour: unknown key (known keys: name, level, page_sizes, entries, ways, policy, "
                "latency)"},
        BadCase{"UnknownPolicy", "/tlbs/0/policy", "\"belady\"",
                "m.json: tlbs[0].policy: unknown policy 'belady' (known: lru, tree-plru, fifo, random)"},
        BadCase{"TlbsNotArray", "/tlbs", "{}", "m.json: tlbs: must be an array, not an object"},
        BadCase{"WalkCacheAtLeafLevel", "/walk_caches/0/level", "\"PT\"",
                "m.json: walk_caches[0].level: 'PT' is not an upper table level of x86-64"},
        BadCase{"CacheSizeNotSets", "/caches/0/size", "1000",
                "m.json: caches[0].size: 1000 bytes is not a whole number of sets of 8 ways × 64 bytes"},
        BadCase{"CacheLineNotPowerOfTwo", "/caches/0/line", "48", "m.json: caches[0].line: 48 is not a power of two"},
        BadCase{"ZeroFrames", "/memory", "{\"frames\": 0}", "m.json: memory.frames: 0 is out of range (1 to 4194304)"},
        BadCase{"UnknownMemoryPolicy", "/memory", "{\"policy\": \"belady\"}",
                "m.json: memory.policy: unknown policy 'belady' (known: fifo, lru, mru, opt, clock, second-chance, "
                "two-list, rand)"},
        BadCase{"HugeCache", "/caches/0/size", "1099511627776",
                "m.json: caches[0].size: 1099511627776 is out of range (1 to 268435456)"},
        BadCase{"UnknownSwap", "/memory", "{\"swap\": \"floppy\"}",
                "m.json: memory.swap: unknown device 'floppy' (known: nvme, sata-ssd, hdd)"}),
    [](const ::testing::TestParamInfo<BadCase> &param) { return std::string(param.param.name); });

TEST(MachineFile, SyntaxErrorsGiveLineAndColumn)
{
    auto r = mmu::parseMachine("{\n  \"name\": \"x\",\n  \"paging\" \"x86-64\"\n}", "m.json");
    ASSERT_FALSE(r);
    // Line 3 is `  "paging" "x86-64"`: the parser notices within the unexpected string (columns 12..19).
    EXPECT_EQ(r.error().line, 3);
    EXPECT_GE(r.error().column, 12);
    EXPECT_LE(r.error().column, 19);
    EXPECT_EQ(r.error().message().rfind("m.json:3:", 0), 0u) << r.error().message();
    EXPECT_NE(r.error().message().find("invalid JSON: syntax error"), std::string::npos) << r.error().message();
}

TEST(MachineFile, MissingFileAndDirectoryAreNamed)
{
    auto missing = mmu::loadMachine("/nonexistent/machine.json");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().message(), "/nonexistent/machine.json: no such file");
    auto dir = mmu::loadMachine(std::filesystem::temp_directory_path().string() + "/");
    ASSERT_FALSE(dir);
    EXPECT_NE(dir.error().message().find("is a directory"), std::string::npos);
    auto preset = mmu::loadMachine("pentium");
    ASSERT_FALSE(preset);
    EXPECT_EQ(preset.error().message(),
              "pentium: no such preset (presets: teaching, skylake, golden-cove, zen4, riscv-sv39, cortex-a76; or give a "
              "file path)");
}

TEST(MachineFile, LoadsFromDisk)
{
    const auto path = std::filesystem::temp_directory_path() / "mmulab-machine-test.json";
    {
        std::ofstream out(path);
        out << validMachine().dump(2);
    }
    auto m = mmu::loadMachine(path.string());
    ASSERT_TRUE(m) << m.error().message();
    EXPECT_EQ(m->name, "Test");
    EXPECT_EQ(m->tlbs[0].pageSizes.size(), 2u);
    std::filesystem::remove(path);
}

} // namespace
