// SPDX-License-Identifier: GPL-3.0-or-later
// `mmulab-cli translate --ostep FILE` and `translate --format NAME` for the formats of issue 10.
// The golden files in tests/data/ostep/ were written by hand from the worked answers in
// tests/model/ostep_test.cpp. Default-layout translations: the first text page (0x400000)
// takes the first frame after the root (257, 0x101000) before its page tables.
#include "cliapp.h"

#include "../walkerdecodes.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <sys/wait.h>

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

std::string dataFile(const std::string &name)
{
    return std::string(MMULAB_TEST_DATA) + "/ostep/" + name;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/** `translate --json --format FORMAT ADDRESS` on the teaching preset: the one translation. */
json translateOne(const std::string &format, const std::string &address)
{
    const CliResult r = runCli({"translate", "--json", "--format", format, address});
    EXPECT_EQ(r.code, 0) << r.err;
    const json doc = json::parse(r.out, nullptr, false);
    EXPECT_FALSE(doc.is_discarded()) << r.out;
    if (doc.is_discarded() || doc["translations"].size() != 1)
        return json::object();
    return doc["translations"][0];
}

std::vector<std::string> fieldNames(const json &t)
{
    std::vector<std::string> names;
    for (const json &f : t["fields"])
        names.push_back(f["name"].get<std::string>() + " " + std::to_string(f["hi"].get<int>()) + ".."
                        + std::to_string(f["lo"].get<int>()) + " = " + std::to_string(f["value"].get<uint64_t>()));
    return names;
}

std::vector<json> entryReads(const json &t)
{
    std::vector<json> reads;
    for (const json &s : t["steps"])
        if (s["stage"] == "entry-read")
            reads.push_back(s);
    return reads;
}

// --- translate --ostep ----------------------------------------------------------------------------

TEST(CliOstep, TextAnswersMatchTheGoldenFile)
{
    const CliResult r = runCli({"translate", "--ostep", dataFile("spaced.txt")});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, readFile(dataFile("spaced.out")));
}

TEST(CliOstep, DumpWithoutSpacesGivesTheSameAnswers)
{
    const CliResult r = runCli({"translate", "--ostep", dataFile("packed.txt")});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, readFile(dataFile("spaced.out")));
}

TEST(CliOstep, JsonMatchesTheGoldenFile)
{
    const CliResult r = runCli({"translate", "--ostep", dataFile("spaced.txt"), "--json"});
    EXPECT_EQ(r.code, 0) << r.err;
    const json got = json::parse(r.out, nullptr, false);
    ASSERT_FALSE(got.is_discarded()) << r.out;
    EXPECT_EQ(got, json::parse(readFile(dataFile("spaced.json")))) << got.dump(2);
}

TEST(CliOstep, PackedDumpJsonMatchesTheSameGoldenFile)
{
    const CliResult r = runCli({"translate", "--ostep", dataFile("packed.txt"), "--json"});
    EXPECT_EQ(r.code, 0) << r.err;
    const json got = json::parse(r.out, nullptr, false);
    ASSERT_FALSE(got.is_discarded()) << r.out;
    EXPECT_EQ(got, json::parse(readFile(dataFile("spaced.json")))) << got.dump(2);
}

TEST(CliOstep, ALessonOnAProblemIsAnsweredByOstep)
{
    const std::string lesson = std::string(MMULAB_LESSON_DIR) + "/12-ostep-multilevel.mmulab";
    const CliResult r = runCli({"translate", "--lesson", lesson});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "mmulab-cli translate: " + lesson
                         + ": the lesson is an OSTEP problem; save its \"ostep\" text to a file and use translate "
                           "--ostep FILE\n");
}

TEST(CliOstep, ParseErrorNamesFileLineAndColumn)
{
    const CliResult r = runCli({"translate", "--ostep", dataFile("bad-digit.txt")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "mmulab-cli translate: " + dataFile("bad-digit.txt") + ":3:13: 'g' is not a hex digit\n");
}

TEST(CliOstep, AddressesComeFromTheFileOnly)
{
    CliResult r = runCli({"translate", "--ostep", dataFile("spaced.txt"), "0x1234"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err.rfind("mmulab-cli translate: --ostep takes a file and --json only; the addresses come from the "
                          "file (not '0x1234')\n",
                          0),
              0u)
        << r.err;
    r = runCli({"translate", "--ostep"});
    EXPECT_EQ(r.code, 2);
    r = runCli({"translate", "--ostep", "/nonexistent/dump.txt"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "mmulab-cli translate: /nonexistent/dump.txt: no such file\n");
}

// --- translate --format for the new formats ---------------------------------------------------------

TEST(CliFormats, Sv39FieldsAndCanonicalRule)
{
    // 0x12_3456_789a: VPN[2] 0x48 = 72, VPN[1] 0x1a2 = 418, VPN[0] 0x167 = 359, offset 0x89a = 2202.
    json t = translateOne("sv39", "0x123456789a");
    EXPECT_EQ(t["format"], "sv39");
    EXPECT_EQ(t["canonical"], true);
    EXPECT_EQ(fieldNames(t), (std::vector<std::string>{"VPN[2] 38..30 = 72", "VPN[1] 29..21 = 418",
                                                       "VPN[0] 20..12 = 359", "offset 11..0 = 2202"}));
    // Bit 38 set with bits 63..39 clear: not canonical, no walk.
    t = translateOne("sv39", "0x4000000000");
    EXPECT_EQ(t["canonical"], false);
    EXPECT_TRUE(t["physical"].is_null());
    EXPECT_TRUE(entryReads(t).empty());
}

TEST(CliFormats, Arm64GranuleFields)
{
    // 0x7fff_a1b2_c3d4 with 64 KiB granules: L1 0x1f, L2 0x1ffd, L3 0x1b2, offset 0xc3d4.
    const json t = translateOne("arm64-64k", "0x7fffa1b2c3d4");
    EXPECT_EQ(fieldNames(t), (std::vector<std::string>{"L1 47..42 = 31", "L2 41..29 = 8189", "L3 28..16 = 434",
                                                       "offset 15..0 = 50132"}));
}

TEST(CliFormats, ANonCanonicalAddressRaisesTheArchitecturesOwnException)
{
    // x86 raises #GP; RISC-V a page fault (bits 63..39 must copy bit 38); AArch64 a level-0
    // translation fault (bit 48 set: in neither the TTBR0 nor the TTBR1 half).
    CliResult r = runCli({"translate", "0x0001000000000000"});
    EXPECT_NE(r.out.find("FAULT: general-protection\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(general-protection fault)"), std::string::npos) << r.out;
    r = runCli({"translate", "--format", "sv39", "0x4000000000"});
    EXPECT_NE(r.out.find("FAULT: page fault: not a sign-extended address"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("general-protection"), std::string::npos) << r.out;
    r = runCli({"translate", "--format", "arm64-4k", "0x0001000000000000"});
    EXPECT_NE(r.out.find("NOT in TTBR0's half: bits 63..48 are not all 0"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("FAULT: translation fault, level 0"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("general-protection"), std::string::npos) << r.out;
}

TEST(CliFormats, EntriesAreDecodedInTheFormatsOwnTerms)
{
    // The RISC-V lesson: VPN[1] 129 was written by hand as a leaf with PPN 0x80201, which is
    // not a multiple of 512 (PTE 0x80201 << 10 | V R W U A D = 0x200804d7).
    const std::string sv39 = std::string(MMULAB_LESSON_DIR) + "/08-riscv-sv39.mmulab";
    CliResult r = runCli({"translate", "--lesson", sv39, "0x10200040"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("= 0x00000000_200804d7  [V R W U A D]  misaligned superpage"), std::string::npos) << r.out;
    r = runCli({"translate", "--lesson", sv39, "--json", "0x10200040"});
    const json doc = json::parse(r.out, nullptr, false);
    ASSERT_FALSE(doc.is_discarded()) << r.out;
    const std::vector<json> reads = entryReads(doc["translations"][0]);
    ASSERT_GE(reads.size(), 2u);
    EXPECT_EQ(reads[1]["entry"], "PTE");
    EXPECT_EQ(reads[1]["kind"], "reserved");
    EXPECT_EQ(reads[1]["misaligned"], true);
    // The AArch64 lesson's 2 MiB block at L2 128, as read (AF still 0, writable-clean: AP[2] with
    // DBM): AttrIndx 0, SH 0b11 in the text and the JSON.
    const std::string arm = std::string(MMULAB_LESSON_DIR) + "/09-aarch64-4k-granule.mmulab";
    r = runCli({"translate", "--lesson", arm, "0x10123456"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("[valid AP[1] AP[2] nG DBM PXN UXN] AttrIndx=0 SH=3  block  -> 2 MiB page at "), std::string::npos)
        << r.out;
    r = runCli({"translate", "--lesson", arm, "--json", "0x10123456"});
    const json block = entryReads(json::parse(r.out)["translations"][0]).at(2);
    EXPECT_EQ(block["entry"], "L2 descriptor");
    EXPECT_EQ(block["kind"], "block");
    EXPECT_EQ(block["fields"], (json{{"AttrIndx", 0}, {"SH", 3}}));
}

TEST(CliFormats, ThirtyTwoBitTranslatesEndToEnd)
{
    // Root 0x100000; text page 0 in frame 257 (0x101000), its PT in 258 (0x102000).
    // PD index 1 at 0x100004 = 0x102000 | P RW US; PT index 0 at 0x102000 = 0x101000 | P US (r-x).
    const json t = translateOne("x86-32", "0x400123");
    EXPECT_EQ(t["physical"], "0x101123");
    EXPECT_EQ(fieldNames(t), (std::vector<std::string>{"PD 31..22 = 1", "PT 21..12 = 0", "offset 11..0 = 291"}));
    const std::vector<json> reads = entryReads(t);
    ASSERT_EQ(reads.size(), 2u);
    EXPECT_EQ(reads[0]["entry_address"], "0x100004");
    EXPECT_EQ(reads[0]["entry_value"], "0x102007");
    EXPECT_EQ(reads[0]["flags"], (json{"P", "RW", "US"}));
    EXPECT_EQ(reads[1]["entry_address"], "0x102000");
    EXPECT_EQ(reads[1]["entry_value"], "0x101005");
    EXPECT_EQ(reads[1]["flags"], (json{"P", "US"}));
}

TEST(CliFormats, ThirtyTwoBitTextShowsFourByteEntries)
{
    const CliResult r = runCli({"translate", "--format", "x86-32", "0x400123"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("  CR3 = 0x100000\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("read PD[1] at 0x100004 (DRAM) = 0x00102007  [P RW US]  -> next table at 0x102000"),
              std::string::npos)
        << r.out;
}

TEST(CliFormats, Sv39AndArm64TranslateOnceTheWalkerDecodes)
{
    MMULAB_REQUIRE_DECODING_WALKER();
    json t = translateOne("sv39", "0x400123");
    EXPECT_EQ(t["physical"], "0x101123");
    // The leaf: PPN 0x101 at bit 10 | V R X U (text is r-x) = 0x40400 | 0x1b.
    std::vector<json> reads = entryReads(t);
    ASSERT_EQ(reads.size(), 3u);
    EXPECT_EQ(reads[2]["entry_value"], "0x4041b");
    EXPECT_EQ(reads[2]["flags"], (json{"V", "R", "X", "U"}));
    t = translateOne("arm64-4k", "0x400123");
    EXPECT_EQ(t["physical"], "0x101123");
    reads = entryReads(t);
    ASSERT_EQ(reads.size(), 4u);
    // valid|page, AP[1], AP[2], SH, nG = 0xbc3; PXN (EL0 page); no UXN, no DBM (r-x).
    EXPECT_EQ(reads[3]["entry_value"], "0x20000000101bc3");
}

// --- The real binary ------------------------------------------------------------------------------

int exitCodeOf(const std::string &args)
{
    const std::string command = std::string("'") + MMULAB_CLI_PATH + "' " + args + " >/dev/null 2>&1";
    const int status = std::system(command.c_str());
    if (status == -1 || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

TEST(CliOstepBinary, ExitCodes)
{
    EXPECT_EQ(exitCodeOf("translate --ostep '" + dataFile("spaced.txt") + "'"), 0);
    EXPECT_EQ(exitCodeOf("translate --ostep '" + dataFile("bad-digit.txt") + "'"), 1);
    EXPECT_EQ(exitCodeOf("translate --ostep '" + dataFile("spaced.txt") + "' 0x10"), 2);
    EXPECT_EQ(exitCodeOf("translate --format ostep 0x8000"), 1); // wider than 15 bits
    EXPECT_EQ(exitCodeOf("translate --format sv57 0x00ab000000000000"), 0);
}

} // namespace
