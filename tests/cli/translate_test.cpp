// SPDX-License-Identifier: GPL-3.0-or-later
// `mmulab-cli translate`, in process through cli::run() and as the real binary for exit codes.
//
// The expected physical addresses follow from the default process layout (model/mapping.cpp)
// and the buddy allocator's rule (lowest block of the smallest order that fits; data frame
// before the tables; first frame 256), worked out by hand:
//   root                                   frame 256 (0x100000)
//   text/rodata/data/heap                  frames 257..541, no alignment gaps
//   huge-2M page 0 (order 9)               frame 1024 (0x400000); gap 542..1023 freed as
//                                          542(2) 544(32) 576(64) 640(128) 768(256)
//     PDPT for PML4[254] = 542, PD = 543
//   huge-2M pages 1..3                     1536, 2048, 2560
//   huge-1G (order 18)                     frame 262144 (0x40000000), in PDPT[1]
//   mmap page 0 (0x7fffa1b00000, PT 256)   data 544; PDPT for PML4[255] = 545, PD = 546,
//                                          PT for PD[269] = 547
//   mmap page k ≥ 1                        frame 547 + k, so the worked example (PT 300,
//                                          page 44) lands in frame 591 = 0x24f.
//
// Cycles: the exact walks run on a flat machine file (no TLBs, no caches, DRAM 200 cycles), so
// every entry read and every A/D write costs 200. The default machine is the Teaching preset
// (FACTS.md: L1 TLB 1 cycle, L2 TLB 8, L1D 4, DRAM 200; DESIGN §2.3: an entry access costs the
// latency of the level that serves it): a cold walk costs 1 + 8 for the two TLB misses, 200
// per entry read from DRAM and 4 per A write to the line just brought into L1D.
#include "cliapp.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

struct CliResult {
    int code = -1;
    std::string out;
    std::string err;
};

CliResult runCli(const std::vector<std::string> &args)
{
    std::ostringstream out;
    std::ostringstream err;
    CliResult r;
    r.code = cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

/** A machine file without TLBs or caches: every page-table access costs 200 cycles. */
const std::string &flatMachine()
{
    static const std::string path = [] {
        const std::string p = testing::TempDir() + "mmulab-cli-test-flat-machine.json";
        std::ofstream(p) << R"({"name": "flat memory", "paging": "x86-64", "clock_ghz": 1.0, "tlbs": [],
                               "dram_latency": 200})";
        return p;
    }();
    return path;
}

/** `--machine FLAT` followed by `args`. */
std::vector<std::string> flat(std::vector<std::string> args)
{
    args.insert(args.begin(), {"--machine", flatMachine()});
    return args;
}

std::vector<json> stepsWithStage(const json &steps, const std::string &stage)
{
    std::vector<json> out;
    for (const json &s : steps)
        if (s["stage"] == stage)
            out.push_back(s);
    return out;
}

/** Runs `translate --json ADDRESS...` and returns translations[]. */
json translateJson(const std::vector<std::string> &extra)
{
    std::vector<std::string> args{"translate", "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const CliResult r = runCli(args);
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const json doc = json::parse(r.out, nullptr, /*allow_exceptions=*/false);
    EXPECT_FALSE(doc.is_discarded()) << r.out;
    if (doc.is_discarded() || !doc.contains("translations"))
        return json::array();
    EXPECT_EQ(doc.size(), 1u); // nothing but "translations"
    return doc["translations"];
}

void expectFields(const json &fields, const std::vector<std::string> &names, const std::vector<int> &hi,
                  const std::vector<int> &lo, const std::vector<uint64_t> &values)
{
    ASSERT_TRUE(fields.is_array());
    ASSERT_EQ(fields.size(), names.size());
    for (size_t i = 0; i < names.size(); ++i) {
        SCOPED_TRACE(names[i]);
        EXPECT_EQ(fields[i]["name"].get<std::string>(), names[i]);
        EXPECT_EQ(fields[i]["hi"].get<int>(), hi[i]);
        EXPECT_EQ(fields[i]["lo"].get<int>(), lo[i]);
        EXPECT_EQ(fields[i]["value"].get<uint64_t>(), values[i]);
    }
}

const std::vector<std::string> Names4{"PML4", "PDPT", "PD", "PT", "offset"};
const std::vector<int> Hi4{47, 38, 29, 20, 11};
const std::vector<int> Lo4{39, 30, 21, 12, 0};

/** An entry-read step: level, table, index, entry address and value, outcome. */
void expectRead(const json &s, const std::string &level, const std::string &table, uint64_t index,
                const std::string &address, const std::string &value, const std::string &outcome)
{
    SCOPED_TRACE("entry read " + level);
    EXPECT_EQ(s["stage"].get<std::string>(), "entry-read");
    EXPECT_EQ(s["outcome"].get<std::string>(), outcome);
    EXPECT_EQ(s["cycles"].get<uint64_t>(), 200u);
    EXPECT_EQ(s["level"].get<std::string>(), level);
    EXPECT_EQ(s["table"].get<std::string>(), table);
    EXPECT_EQ(s["index"].get<uint64_t>(), index);
    EXPECT_EQ(s["entry_address"].get<std::string>(), address);
    EXPECT_EQ(s["entry_value"].get<std::string>(), value);
}

void expectAccessedWrite(const json &s, const std::string &level, const std::string &address, const std::string &value)
{
    SCOPED_TRACE("A/D write " + level);
    EXPECT_EQ(s["stage"].get<std::string>(), "accessed-dirty-update");
    EXPECT_EQ(s["outcome"].get<std::string>(), "ok");
    EXPECT_EQ(s["cycles"].get<uint64_t>(), 200u);
    EXPECT_EQ(s["level"].get<std::string>(), level);
    EXPECT_EQ(s["entry_address"].get<std::string>(), address);
    EXPECT_EQ(s["entry_value"].get<std::string>(), value);
}

uint64_t stepCycles(const json &steps)
{
    uint64_t sum = 0;
    for (const json &s : steps)
        sum += s["cycles"].get<uint64_t>();
    return sum;
}

// ---------------------------------------------------------------------------------------------
// JSON

TEST(TranslateJson, WorkedExample)
{
    const json ts = translateJson(flat({"0x00007fff_a1b2_c3d4"}));
    ASSERT_EQ(ts.size(), 1u);
    const json &t = ts[0];
    EXPECT_EQ(t["address"].get<std::string>(), "0x7fffa1b2c3d4");
    EXPECT_EQ(t["format"].get<std::string>(), "x86-64");
    EXPECT_EQ(t["access"].get<std::string>(), "read");
    EXPECT_EQ(t["mode"].get<std::string>(), "user");
    EXPECT_TRUE(t["canonical"].get<bool>());
    expectFields(t["fields"], Names4, Hi4, Lo4, {255, 510, 269, 300, 0x3d4});
    EXPECT_EQ(t["physical"].get<std::string>(), "0x24f3d4");
    EXPECT_EQ(t["page_size"].get<uint64_t>(), 4096u);
    EXPECT_TRUE(t["fault"].is_null());
    EXPECT_FALSE(t.contains("fault_level"));
    EXPECT_FALSE(t.contains("violation"));

    const json &s = t["steps"];
    ASSERT_TRUE(s.is_array());
    ASSERT_EQ(s.size(), 10u);
    EXPECT_EQ(s[0]["stage"].get<std::string>(), "canonical-check");
    EXPECT_EQ(s[0]["outcome"].get<std::string>(), "ok");
    EXPECT_EQ(s[0]["cycles"].get<uint64_t>(), 0u);
    // Entry address = table + index × 8: 255×8 = 0x7f8, 510×8 = 0xff0, 269×8 = 0x868, 300×8 = 0x960.
    expectRead(s[1], "PML4", "0x100000", 255, "0x1007f8", "0x221007", "next-table");
    expectAccessedWrite(s[2], "PML4", "0x1007f8", "0x221027");
    expectRead(s[3], "PDPT", "0x221000", 510, "0x221ff0", "0x222007", "next-table");
    expectAccessedWrite(s[4], "PDPT", "0x221ff0", "0x222027");
    expectRead(s[5], "PD", "0x222000", 269, "0x222868", "0x223007", "next-table");
    expectAccessedWrite(s[6], "PD", "0x222868", "0x223027");
    // The mmap area is read-write, not executable: P RW US and NX (bit 63).
    expectRead(s[7], "PT", "0x223000", 300, "0x223960", "0x800000000024f007", "leaf");
    EXPECT_EQ(s[7]["flags"], json({"P", "RW", "US", "NX"}));
    EXPECT_EQ(s[7]["frame"].get<std::string>(), "0x24f000");
    EXPECT_EQ(s[7]["page_size"].get<uint64_t>(), 4096u);
    EXPECT_EQ(s[1]["flags"], json({"P", "RW", "US"}));
    EXPECT_EQ(s[1]["frame"].get<std::string>(), "0x221000");
    expectAccessedWrite(s[8], "PT", "0x223960", "0x800000000024f027");
    EXPECT_EQ(s[9]["stage"].get<std::string>(), "physical-address");
    EXPECT_EQ(s[9]["physical"].get<std::string>(), "0x24f3d4");
    EXPECT_EQ(s[9]["page_size"].get<uint64_t>(), 4096u);

    EXPECT_EQ(t["cycles"].get<uint64_t>(), 1600u); // 4 reads + 4 A writes at 200 cycles
    EXPECT_EQ(t["cycles"].get<uint64_t>(), stepCycles(s));
}

TEST(TranslateJson, TwoMegabytePage)
{
    const json ts = translateJson(flat({"0x7f0000123456"}));
    ASSERT_EQ(ts.size(), 1u);
    const json &t = ts[0];
    EXPECT_EQ(t["address"].get<std::string>(), "0x7f0000123456");
    EXPECT_TRUE(t["canonical"].get<bool>());
    // Fields always slice 4 KiB indices; the walk stops at PD.
    expectFields(t["fields"], Names4, Hi4, Lo4, {254, 0, 0, 0x123, 0x456});
    EXPECT_EQ(t["physical"].get<std::string>(), "0x523456"); // 0x400000 + bits 20..0
    EXPECT_EQ(t["page_size"].get<uint64_t>(), 2u * 1024 * 1024);
    EXPECT_TRUE(t["fault"].is_null());

    const json &s = t["steps"];
    ASSERT_EQ(s.size(), 8u);
    expectRead(s[1], "PML4", "0x100000", 254, "0x1007f0", "0x21e007", "next-table");
    expectRead(s[3], "PDPT", "0x21e000", 0, "0x21e000", "0x21f007", "next-table");
    expectRead(s[5], "PD", "0x21f000", 0, "0x21f000", "0x8000000000400087", "leaf");
    EXPECT_EQ(s[5]["flags"], json({"P", "RW", "US", "PS", "NX"}));
    EXPECT_EQ(s[5]["page_size"].get<uint64_t>(), 2u * 1024 * 1024);
    expectAccessedWrite(s[6], "PD", "0x21f000", "0x80000000004000a7");
    EXPECT_EQ(s[7]["physical"].get<std::string>(), "0x523456");
    EXPECT_EQ(t["cycles"].get<uint64_t>(), 1200u); // 3 reads + 3 A writes
    EXPECT_EQ(t["cycles"].get<uint64_t>(), stepCycles(s));
}

TEST(TranslateJson, OneGigabytePage)
{
    const json ts = translateJson(flat({"0x7f0040123456"}));
    ASSERT_EQ(ts.size(), 1u);
    const json &t = ts[0];
    expectFields(t["fields"], Names4, Hi4, Lo4, {254, 1, 0, 0x123, 0x456});
    EXPECT_EQ(t["physical"].get<std::string>(), "0x40123456"); // 0x40000000 + bits 29..0
    EXPECT_EQ(t["page_size"].get<uint64_t>(), uint64_t{1} << 30);

    const json &s = t["steps"];
    ASSERT_EQ(s.size(), 6u);
    expectRead(s[1], "PML4", "0x100000", 254, "0x1007f0", "0x21e007", "next-table");
    expectRead(s[3], "PDPT", "0x21e000", 1, "0x21e008", "0x8000000040000087", "leaf");
    expectAccessedWrite(s[4], "PDPT", "0x21e008", "0x80000000400000a7");
    EXPECT_EQ(s[5]["stage"].get<std::string>(), "physical-address");
    EXPECT_EQ(t["cycles"].get<uint64_t>(), 800u); // 2 reads + 2 A writes
    EXPECT_EQ(t["cycles"].get<uint64_t>(), stepCycles(s));
}

TEST(TranslateJson, NonCanonical)
{
    const json ts = translateJson(flat({"0x0000800000000000"}));
    ASSERT_EQ(ts.size(), 1u);
    const json &t = ts[0];
    EXPECT_EQ(t["address"].get<std::string>(), "0x800000000000");
    EXPECT_FALSE(t["canonical"].get<bool>());
    expectFields(t["fields"], Names4, Hi4, Lo4, {256, 0, 0, 0, 0});
    EXPECT_TRUE(t["physical"].is_null());
    EXPECT_TRUE(t["page_size"].is_null());
    EXPECT_EQ(t["fault"].get<std::string>(), "general-protection");
    EXPECT_FALSE(t.contains("fault_level"));
    EXPECT_EQ(t["os_fault"].get<std::string>(), "general-protection");
    const json &s = t["steps"];
    ASSERT_EQ(s.size(), 3u); // the check, the #GP, and the kernel's signal to the process
    EXPECT_EQ(s[0]["stage"].get<std::string>(), "canonical-check");
    EXPECT_EQ(s[0]["outcome"].get<std::string>(), "non-canonical");
    EXPECT_EQ(s[1]["stage"].get<std::string>(), "fault");
    EXPECT_EQ(s[1]["fault"].get<std::string>(), "general-protection");
    EXPECT_EQ(s[2]["stage"].get<std::string>(), "fault-handler");
    EXPECT_EQ(s[2]["action"].get<std::string>(), "signal");
    EXPECT_EQ(t["cycles"].get<uint64_t>(), 0u);
}

TEST(TranslateJson, NotPresentAndProtectionFaults)
{
    const json ts = translateJson({"0x1000", "0xffffffff81000000"});
    ASSERT_EQ(ts.size(), 2u);
    // 0x1000: PML4[0] and PDPT[0] exist (text), PD[0] does not.
    EXPECT_EQ(ts[0]["fault"].get<std::string>(), "not-present");
    EXPECT_EQ(ts[0]["fault_level"].get<std::string>(), "PD");
    EXPECT_TRUE(ts[0]["physical"].is_null());
    // Kernel text from user mode.
    EXPECT_EQ(ts[1]["fault"].get<std::string>(), "protection");
    EXPECT_EQ(ts[1]["fault_level"].get<std::string>(), "PD");
    EXPECT_EQ(ts[1]["violation"], json({"user"}));
    EXPECT_EQ(ts[1]["os_fault"].get<std::string>(), "protection");
    // The hardware's fault step carries the violation; the kernel then signals the process.
    const json &steps = ts[1]["steps"];
    ASSERT_GE(steps.size(), 3u);
    const json &hw = steps[steps.size() - 3];
    EXPECT_EQ(hw["stage"].get<std::string>(), "fault");
    EXPECT_EQ(hw["violation"], json({"user"}));
    EXPECT_EQ(steps.back()["action"].get<std::string>(), "signal");
    EXPECT_EQ(ts[0]["os_fault"].get<std::string>(), "segv");
}

TEST(TranslateJson, SupervisorModeAndWriteAccess)
{
    const json kernel = translateJson({"--mode", "supervisor", "0xffffffff81000000"});
    ASSERT_EQ(kernel.size(), 1u);
    EXPECT_TRUE(kernel[0]["fault"].is_null());
    EXPECT_EQ(kernel[0]["mode"].get<std::string>(), "supervisor");

    const json write = translateJson(flat({"--access", "write", "0x7fffa1b2c3d4"}));
    ASSERT_EQ(write.size(), 1u);
    EXPECT_EQ(write[0]["access"].get<std::string>(), "write");
    ASSERT_EQ(write[0]["steps"].size(), 10u);
    // A and D (bits 5 and 6) on the leaf only.
    expectAccessedWrite(write[0]["steps"][8], "PT", "0x223960", "0x800000000024f067");
    expectAccessedWrite(write[0]["steps"][2], "PML4", "0x1007f8", "0x221027");

    const json text = translateJson({"--access", "write", "0x400000"});
    ASSERT_EQ(text.size(), 1u);
    EXPECT_EQ(text[0]["fault"].get<std::string>(), "protection");
    EXPECT_EQ(text[0]["violation"], json({"write"}));
}

TEST(TranslateJson, AddressesShareOneMachineInOrder)
{
    const json ts = translateJson(flat({"0x7f0000123456", "0x7f0040123456"}));
    ASSERT_EQ(ts.size(), 2u);
    EXPECT_EQ(ts[0]["address"].get<std::string>(), "0x7f0000123456");
    EXPECT_EQ(ts[1]["address"].get<std::string>(), "0x7f0040123456");
    EXPECT_EQ(ts[0]["cycles"].get<uint64_t>(), 1200u);
    // PML4[254] already has A set from the first walk: 2 reads + the leaf's A write.
    EXPECT_EQ(ts[1]["cycles"].get<uint64_t>(), 600u);
    EXPECT_EQ(ts[1]["steps"].size(), 5u);
}

TEST(TranslateJson, La57Format)
{
    const json ts = translateJson(flat({"--format", "x86-64-la57", "0x7fffa1b2c3d4"}));
    ASSERT_EQ(ts.size(), 1u);
    const json &t = ts[0];
    EXPECT_EQ(t["format"].get<std::string>(), "x86-64-la57");
    expectFields(t["fields"], {"PML5", "PML4", "PDPT", "PD", "PT", "offset"}, {56, 47, 38, 29, 20, 11},
                 {48, 39, 30, 21, 12, 0}, {0, 255, 510, 269, 300, 0x3d4});
    EXPECT_EQ(t["page_size"].get<uint64_t>(), 4096u);
    const std::string physical = t["physical"].get<std::string>();
    EXPECT_EQ(physical.substr(physical.size() - 3), "3d4");
    int reads = 0;
    for (const json &s : t["steps"])
        reads += s["stage"] == "entry-read";
    EXPECT_EQ(reads, 5);
    EXPECT_EQ(t["cycles"].get<uint64_t>(), 2000u); // 5 reads + 5 A writes
    // Canonical under LA57 only.
    const json wide = translateJson({"--format", "x86-64-la57", "0x800000000000"});
    ASSERT_EQ(wide.size(), 1u);
    EXPECT_TRUE(wide[0]["canonical"].get<bool>());
    EXPECT_EQ(wide[0]["fault"].get<std::string>(), "not-present");
}

TEST(TranslateJsonTeaching, WorkedExampleWalk)
{
    // The default machine: the same walk, with TLB lookups in front of it.
    const json ts = translateJson({"0x7fffa1b2c3d4"});
    ASSERT_EQ(ts.size(), 1u);
    const json &t = ts[0];
    EXPECT_EQ(t["physical"].get<std::string>(), "0x24f3d4");
    EXPECT_EQ(t["page_size"].get<uint64_t>(), 4096u);
    const json &s = t["steps"];
    ASSERT_FALSE(s.empty());
    EXPECT_EQ(s.front()["stage"].get<std::string>(), "canonical-check");
    EXPECT_EQ(s.back()["stage"].get<std::string>(), "physical-address");

    const auto lookups = stepsWithStage(s, "tlb-lookup");
    ASSERT_EQ(lookups.size(), 2u);
    EXPECT_EQ(lookups[0]["outcome"].get<std::string>(), "miss");
    EXPECT_EQ(lookups[0]["cycles"].get<uint64_t>(), 1u);
    EXPECT_EQ(lookups[1]["outcome"].get<std::string>(), "miss");
    EXPECT_EQ(lookups[1]["cycles"].get<uint64_t>(), 8u);

    const auto reads = stepsWithStage(s, "entry-read");
    ASSERT_EQ(reads.size(), 4u);
    const char *levels[] = {"PML4", "PDPT", "PD", "PT"};
    const char *addresses[] = {"0x1007f8", "0x221ff0", "0x222868", "0x223960"};
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(reads[i]["level"].get<std::string>(), levels[i]);
        EXPECT_EQ(reads[i]["entry_address"].get<std::string>(), addresses[i]);
        EXPECT_EQ(reads[i]["cycles"].get<uint64_t>(), 200u) << levels[i]; // cold: from DRAM
    }
    const auto writes = stepsWithStage(s, "accessed-dirty-update");
    ASSERT_EQ(writes.size(), 4u);
    for (const json &w : writes)
        EXPECT_EQ(w["cycles"].get<uint64_t>(), 4u); // the line is in L1D now

    EXPECT_EQ(t["cycles"].get<uint64_t>(), 1u + 8u + 4 * 200u + 4 * 4u);
    EXPECT_EQ(t["cycles"].get<uint64_t>(), stepCycles(s));
}

TEST(TranslateJsonTeaching, SecondTouchIsATlbHit)
{
    const json ts = translateJson({"0x7fffa1b2c3d4", "0x7fffa1b2c000"});
    ASSERT_EQ(ts.size(), 2u);
    const json &second = ts[1];
    EXPECT_EQ(second["physical"].get<std::string>(), "0x24f000");
    EXPECT_TRUE(stepsWithStage(second["steps"], "entry-read").empty());
    const auto lookups = stepsWithStage(second["steps"], "tlb-lookup");
    ASSERT_EQ(lookups.size(), 1u);
    EXPECT_EQ(lookups[0]["outcome"].get<std::string>(), "hit");
    EXPECT_EQ(second["cycles"].get<uint64_t>(), 1u); // L1 TLB hit
    EXPECT_EQ(second["cycles"].get<uint64_t>(), stepCycles(second["steps"]));
}

TEST(TranslateJsonTeaching, CyclesAreTheSumOfSteps)
{
    const json ts = translateJson({"0x7f0000123456", "0x7f0040123456", "0x1000", "0xffffffff81000000",
                                   "0x800000000000", "0x7f0000123456", "0x7fffffffd000"});
    ASSERT_EQ(ts.size(), 7u);
    for (const json &t : ts)
        EXPECT_EQ(t["cycles"].get<uint64_t>(), stepCycles(t["steps"])) << t["address"];
    // 2 MiB page, cold: 1 + 8 + 3 × 200 + 3 × 4.
    EXPECT_EQ(ts[0]["cycles"].get<uint64_t>(), 621u);
    // 1 GiB page: PML4[254] is in L1D with A set (4); PDPT[1] shares a line with PDPT[0] (4 + 4 for A).
    EXPECT_EQ(ts[1]["cycles"].get<uint64_t>(), 1u + 8u + 4u + 4u + 4u);
    // The 2 MiB page again: L1 TLB hit.
    EXPECT_EQ(ts[5]["cycles"].get<uint64_t>(), 1u);
}

// ---------------------------------------------------------------------------------------------
// Text

TEST(TranslateText, ShowsFieldsStepsAndTotal)
{
    const CliResult r = runCli({"translate", "--machine", flatMachine(), "0x7fffa1b2c3d4"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const std::string &o = r.out;
    for (const char *line : {
             "0x00007fff_a1b2c3d4  x86-64 4-level",
             ", user read, in mapping 'mmap'\n",
             "\n  PML4    47..39     255  0xff\n",
             "\n  PDPT    38..30     510  0x1fe\n",
             "\n  PD      29..21     269  0x10d\n",
             "\n  PT      20..12     300  0x12c\n",
             "\n  offset  11..0      980  0x3d4\n",
             "\n  CR3 = 0x100000\n",
             "read PML4[255] at 0x1007f8",
             "= 0x00000000_00221007  [P RW US]  -> next table at 0x221000\n",
             "read PT[300] at 0x223960",
             "= 0x80000000_0024f007  [P RW US NX]  -> 4 KiB page at 0x24f000\n",
             "physical address 0x24f3d4 (4 KiB page)\n",
             "\n  total 1600 cycles\n",
         }) {
        EXPECT_NE(o.find(line), std::string::npos) << "missing: " << line << "in:\n" << o;
    }
    EXPECT_EQ(o.rfind("0x00007fff_a1b2c3d4", 0), 0u) << "output starts with the address";
}

TEST(TranslateText, FaultLines)
{
    const CliResult r = runCli({"translate", "0x800000000000", "0x1000"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("NOT canonical: upper bits differ from bit 47"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("FAULT: general-protection\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("FAULT: not-present at PD\n"), std::string::npos) << r.out;
}

// ---------------------------------------------------------------------------------------------
// Errors and exit codes, in process

TEST(TranslateErrors, BadAddressNamesWhichOne)
{
    const CliResult r = runCli({"translate", "0x1000", "0xzz"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "mmulab-cli translate: address 2 '0xzz': 'z' at column 3 is not a hex digit\n");
}

TEST(TranslateErrors, BadAddressInJsonModePrintsNoJson)
{
    const CliResult r = runCli({"translate", "--json", "0x10000000000000000"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "mmulab-cli translate: address 1 '0x10000000000000000': bit 64 is set (column 3), "
                     "but x86-64 addresses have 64 bits (0..63)\n");
}

TEST(TranslateErrors, OtherBadAddresses)
{
    const CliResult empty = runCli({"translate", ""});
    EXPECT_EQ(empty.code, 1);
    EXPECT_EQ(empty.err, "mmulab-cli translate: address 1 '': empty address: type a hexadecimal virtual "
                         "address such as 0x7fffa1b2c3d4\n");

    const CliResult negative = runCli({"translate", "-1"});
    EXPECT_EQ(negative.code, 1);
    EXPECT_EQ(negative.err, "mmulab-cli translate: address 1 '-1': '-' at column 1 is not a hex digit\n");

    const CliResult separator = runCli({"translate", "0x12", "0x34", "0x_56"});
    EXPECT_EQ(separator.code, 1);
    EXPECT_EQ(separator.err, "mmulab-cli translate: address 3 '0x_56': digit separator '_' at column 3 must "
                             "stand between two hex digits\n");
}

TEST(TranslateErrors, UnknownOption)
{
    const CliResult r = runCli({"translate", "--frobnicate", "0x1000"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err.rfind("mmulab-cli translate: unknown option '--frobnicate'\n", 0), 0u) << r.err;
    EXPECT_NE(r.err.find("usage: mmulab-cli translate"), std::string::npos);
}

TEST(TranslateErrors, UnknownFormat)
{
    const CliResult r = runCli({"translate", "--format", "sparc", "0x1000"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "mmulab-cli translate: unknown format 'sparc' (known: x86-64, x86-64-la57, sv39, sv48, sv57, "
                     "arm64-4k, arm64-16k, arm64-64k, x86-32, x86-pae, ostep)\n");
}

TEST(TranslateErrors, BadOptionValues)
{
    EXPECT_EQ(runCli({"translate", "--format"}).code, 2);
    EXPECT_EQ(runCli({"translate", "0x1000", "--access"}).code, 2);
    const CliResult access = runCli({"translate", "--access", "jump", "0x1000"});
    EXPECT_EQ(access.code, 2);
    EXPECT_EQ(access.err, "mmulab-cli translate: --access takes read, write or execute, not 'jump'\n");
    const CliResult mode = runCli({"translate", "--mode", "root", "0x1000"});
    EXPECT_EQ(mode.code, 2);
    EXPECT_EQ(mode.err, "mmulab-cli translate: --mode takes user or supervisor, not 'root'\n");
}

TEST(TranslateErrors, NoAddress)
{
    for (const std::vector<std::string> &args :
         {std::vector<std::string>{"translate"}, std::vector<std::string>{"translate", "--json"}}) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.code, 2);
        EXPECT_EQ(r.out, "");
        EXPECT_EQ(r.err.rfind("mmulab-cli translate: no address given\n", 0), 0u) << r.err;
    }
}

TEST(CliCommands, Help)
{
    for (const char *help : {"help", "--help", "-h"}) {
        const CliResult r = runCli({help});
        EXPECT_EQ(r.code, 0) << help;
        EXPECT_EQ(r.err, "") << help;
        EXPECT_EQ(r.out.rfind("usage: mmulab-cli COMMAND", 0), 0u) << help;
        EXPECT_NE(r.out.find("Exit codes: 0 success, 1 bad input, 2 usage error, 130 run interrupted"), std::string::npos);
    }
}

TEST(CliCommands, EveryCommandPrintsItsUsageOnHelp)
{
    for (const char *command : {"translate", "policy", "run", "bench"}) {
        for (const char *help : {"--help", "-h"}) {
            // Also after other arguments, which are then not looked at.
            for (const std::vector<std::string> &args :
                 {std::vector<std::string>{command, help}, std::vector<std::string>{command, "--json", help}}) {
                const CliResult r = runCli(args);
                EXPECT_EQ(r.code, 0) << command << ' ' << help;
                EXPECT_EQ(r.err, "") << command << ' ' << help;
                EXPECT_EQ(r.out.rfind(std::string("usage: mmulab-cli ") + command, 0), 0u) << r.out;
            }
        }
    }
}

TEST(CliCommands, NoCommandIsUsageError)
{
    const CliResult r = runCli({});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err.rfind("usage: mmulab-cli COMMAND", 0), 0u);
}

TEST(CliCommands, UnknownCommandIsUsageError)
{
    const CliResult r = runCli({"tranzlate", "0x1000"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err.rfind("mmulab-cli: unknown command 'tranzlate'\n", 0), 0u) << r.err;
}

// ---------------------------------------------------------------------------------------------
// The real binary

std::string cliCommand(const std::string &args)
{
    return std::string("'") + MMULAB_CLI_PATH + "' " + args;
}

int exitCodeOf(const std::string &args)
{
    const int status = std::system((cliCommand(args) + " >/dev/null 2>&1").c_str());
    if (status == -1 || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

TEST(CliBinary, ExitCodes)
{
    EXPECT_EQ(exitCodeOf("translate 0x7fffa1b2c3d4"), 0);
    EXPECT_EQ(exitCodeOf("help"), 0);
    EXPECT_EQ(exitCodeOf("translate 0xzz"), 1);
    EXPECT_EQ(exitCodeOf("translate 0x1000 0x10000000000000000"), 1);
    EXPECT_EQ(exitCodeOf("translate -- -1"), 1);
    EXPECT_EQ(exitCodeOf(""), 2);
    EXPECT_EQ(exitCodeOf("translate"), 2);
    EXPECT_EQ(exitCodeOf("translate --bogus 0x1000"), 2);
    EXPECT_EQ(exitCodeOf("translate --format sparc 0x1000"), 2);
    EXPECT_EQ(exitCodeOf("frobnicate"), 2);
}

TEST(CliBinary, JsonOnStdout)
{
    FILE *pipe = popen((cliCommand("translate --json 0x7fffa1b2c3d4") + " 2>/dev/null").c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    std::string output;
    char buffer[4096];
    size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
        output.append(buffer, n);
    const int status = pclose(pipe);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
    const json doc = json::parse(output, nullptr, false);
    ASSERT_FALSE(doc.is_discarded()) << output;
    ASSERT_EQ(doc["translations"].size(), 1u);
    EXPECT_EQ(doc["translations"][0]["physical"].get<std::string>(), "0x24f3d4");
}

TEST(CliBinary, ErrorGoesToStderr)
{
    FILE *pipe = popen((cliCommand("translate 0x1000 0xzz") + " 2>&1 >/dev/null").c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    std::string output;
    char buffer[4096];
    size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
        output.append(buffer, n);
    const int status = pclose(pipe);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 1);
    EXPECT_EQ(output, "mmulab-cli translate: address 2 '0xzz': 'z' at column 3 is not a hex digit\n");
}

} // namespace
