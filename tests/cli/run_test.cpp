// SPDX-License-Identifier: GPL-3.0-or-later
// `mmulab-cli run`: the JSON summary of DESIGN §3, comparisons, the CSV series, traces, and exit
// codes (1 for bad input with a message that says where, 2 for usage).
//
// Expectations on the Skylake preset, worked out by hand: `seq:size=4M` reads 4 MiB in 8-byte
// steps: 524,288 accesses over 1,024 pages, one minor fault each (unlimited memory), 512
// accesses per page of which only the first misses the L1 dTLB 4K. The region at
// 0x1000_0000_0000 needs the root, a PDPT, a PD and 2 PTs: 5 × 4 KiB = 20,480 bytes of tables.
#include "cliapp.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
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

CliResult runCli(std::vector<std::string> args)
{
    args.insert(args.begin(), "run");
    std::ostringstream out;
    std::ostringstream err;
    CliResult r;
    r.code = cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

json runJson(std::vector<std::string> args)
{
    args.push_back("--json");
    const CliResult r = runCli(args);
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(json::accept(r.out)) << r.out;
    return json::accept(r.out) ? json::parse(r.out) : json();
}

std::string tempFile(const std::string &name, const std::string &text)
{
    const std::string path = testing::TempDir() + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

TEST(RunCommand, JsonSummaryHasTheShapeOfTheDesign)
{
    const json j = runJson({"--machine", "skylake", "--workload", "seq:size=4M"});
    for (const char *key : {"accesses", "tlb", "walks", "walk_cycles", "faults", "rss_peak_bytes", "page_table_bytes",
                            "cycles", "seconds"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["accesses"], 524288);
    EXPECT_EQ(j["faults"]["minor"], 1024);
    EXPECT_EQ(j["faults"]["major"], 0);
    EXPECT_EQ(j["faults"]["protection"], 0);
    EXPECT_EQ(j["faults"]["segv"], 0);
    EXPECT_EQ(j["rss_peak_bytes"], 4 * 1024 * 1024);
    EXPECT_EQ(j["page_table_bytes"], 20480);
    ASSERT_TRUE(j["tlb"].is_object());
    EXPECT_EQ(j["tlb"].size(), 5u); // the Skylake preset's five arrays, by name
    EXPECT_EQ(j["tlb"]["L1 dTLB 4K"]["hits"], 524288 - 1024);
    // One miss per page: the faulting attempt finds no leaf, so no array is charged for it.
    EXPECT_EQ(j["tlb"]["L1 dTLB 4K"]["misses"], 1024);
    EXPECT_EQ(j["walks"], 2 * 1024); // the fault's attempt and the retry both walk
    EXPECT_TRUE(j["cycles"].is_number_unsigned());
    EXPECT_TRUE(j["walk_cycles"].is_number_unsigned());
    // Skylake runs at 4 GHz.
    EXPECT_DOUBLE_EQ(j["seconds"].get<double>(), j["cycles"].get<double>() / 4e9);
    EXPECT_EQ(j["machine"], "Skylake");
    EXPECT_EQ(j["page_size"], "4K");
    EXPECT_EQ(j["source"], "seq:size=4M,count=524288,elem=8,seed=1");
    EXPECT_TRUE(j["memory"]["frames"].is_null());
}

TEST(RunCommand, TextSummaryNamesTheNumbers)
{
    const CliResult r = runCli({"--machine", "skylake", "--workload", "seq:size=4M"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("accesses              524,288"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("minor 1,024"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("L1 dTLB 4K"), std::string::npos);
    EXPECT_NE(r.out.find("page tables           20.00 KiB"), std::string::npos) << r.out;
    EXPECT_EQ(r.err, ""); // no progress line: stderr is not a terminal here
}

TEST(RunCommand, AccessesCapsTheRun)
{
    const json j = runJson({"--workload", "seq:size=4M", "--accesses", "10K"});
    EXPECT_EQ(j["accesses"], 10000);
}

TEST(RunCommand, FramesAndPolicyOverrideTheMachine)
{
    // 4 MiB through 256 frames: pages must be evicted; anonymous ones are written to swap.
    const json j = runJson({"--workload", "stride:size=4M,stride=4K,count=4096", "--frames", "256", "--policy", "fifo"});
    EXPECT_EQ(j["memory"]["frames"], 256);
    EXPECT_EQ(j["memory"]["policy"], "fifo");
    EXPECT_GT(j["evictions"].get<int>(), 0);
    EXPECT_LE(j["rss_peak_bytes"].get<int>(), 256 * 4096);
    EXPECT_EQ(j["faults"]["minor"].get<int>() + j["faults"]["major"].get<int>(), 4096); // every access a fault
}

TEST(RunCommand, CompareMatchesSeparateRuns)
{
    const std::vector<std::string> base = {"--machine", "skylake", "--workload", "random:size=64M,count=20000,seed=3"};
    std::vector<std::string> compare = base;
    compare.insert(compare.end(), {"--compare", "4K,2M"});
    const json j = runJson(compare);
    ASSERT_TRUE(j.contains("runs"));
    ASSERT_EQ(j["runs"].size(), 2u);
    std::vector<std::string> only4k = base;
    std::vector<std::string> only2m = base;
    only2m.insert(only2m.end(), {"--page-size", "2M"});
    const json a = runJson(only4k);
    const json b = runJson(only2m);
    const json &r0 = j["runs"][0];
    const json &r1 = j["runs"][1];
    EXPECT_EQ(r0["label"], "4K");
    EXPECT_EQ(r1["label"], "2M");
    for (const char *key : {"accesses", "walks", "walk_cycles", "cycles", "faults", "tlb", "rss_peak_bytes",
                            "page_table_bytes"}) {
        EXPECT_EQ(r0[key], a[key]) << key;
        EXPECT_EQ(r1[key], b[key]) << key;
    }
    EXPECT_DOUBLE_EQ(r0["ratios"]["cycles"].get<double>(), 1.0);
    EXPECT_DOUBLE_EQ(r1["ratios"]["cycles"].get<double>(), b["cycles"].get<double>() / a["cycles"].get<double>());
    EXPECT_DOUBLE_EQ(r1["ratios"]["walks"].get<double>(), b["walks"].get<double>() / a["walks"].get<double>());
    // 64 MiB of 2 MiB pages: 32 faults instead of up to 16,384.
    EXPECT_EQ(r1["faults"]["minor"], 32);
}

TEST(RunCommand, CompareMachinesLabelsRunsByMachine)
{
    const json j = runJson({"--workload", "random:size=16M,count=5000", "--compare-machines", "teaching,zen4"});
    ASSERT_EQ(j["runs"].size(), 2u);
    EXPECT_EQ(j["runs"][0]["label"], "teaching");
    EXPECT_EQ(j["runs"][1]["label"], "zen4");
    EXPECT_EQ(j["runs"][0]["accesses"], j["runs"][1]["accesses"]);
    EXPECT_NE(j["runs"][0]["machine"], j["runs"][1]["machine"]);
}

TEST(RunCommand, CompareTextShowsRunsSideBySide)
{
    const CliResult r = runCli({"--workload", "random:size=64M,count=5000", "--compare", "4K,1G"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("ratios are to the first column"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("page walks"), std::string::npos);
    EXPECT_NE(r.out.find("(x"), std::string::npos);
}

TEST(RunCommand, CsvWritesOneRowPerBucket)
{
    const std::string path = testing::TempDir() + "mmulab-run-series.csv";
    std::filesystem::remove(path);
    const json j = runJson({"--workload", "seq:size=1M,count=10000", "--csv", path});
    std::ifstream in(path);
    ASSERT_TRUE(in.good());
    std::string header;
    std::getline(in, header);
    EXPECT_EQ(header.rfind("run,first_access,accesses,hit_rate,hit_rate_min,hit_rate_max,window_hit_rate,", 0), 0u)
        << header;
    const auto columns = std::count(header.begin(), header.end(), ',') + 1;
    EXPECT_EQ(columns, 3 + 9 * 3);
    std::string line;
    uint64_t rows = 0;
    uint64_t covered = 0;
    std::string last;
    while (std::getline(in, line)) {
        ++rows;
        EXPECT_EQ(std::count(line.begin(), line.end(), ',') + 1, columns) << line;
        EXPECT_EQ(line.rfind("4K,", 0), 0u) << line;
        std::istringstream fields(line.substr(3));
        uint64_t first = 0, accesses = 0;
        char comma = 0;
        fields >> first >> comma >> accesses;
        EXPECT_EQ(first, covered);
        covered += accesses;
        last = line;
    }
    EXPECT_EQ(covered, 10000u);
    // 10,000 accesses in at most 4096 buckets: buckets of 4 (2500 rows).
    EXPECT_EQ(rows, 2500u);
    // The last row ends with the fault counts: 1 MiB region, 10,000 × 8 bytes = 20 pages touched.
    EXPECT_NE(last.find(",20,"), std::string::npos) << last;
    EXPECT_EQ(j["faults"]["minor"], 20);
    std::filesystem::remove(path);
}

TEST(RunCommand, ReplaysATraceMappingPagesOnFirstTouch)
{
    const std::string path = tempFile("mmulab-run.lackey",
                                      "==123== Lackey, an example Valgrind tool\n"
                                      "I  0400d7d4,8\n"
                                      " L 04010a10,8\n"
                                      " S 04010a18,8\n"
                                      " M 7ff000100,4\n"
                                      "\n"
                                      "I  0400d7dc,2\n");
    const json j = runJson({"--trace", path});
    EXPECT_EQ(j["accesses"], 6); // M is a load and a store
    EXPECT_EQ(j["faults"]["minor"], 3); // pages 0x400d000, 0x4010000, 0x7ff000000
    EXPECT_EQ(j["faults"]["segv"], 0);
    EXPECT_EQ(j["source"], path);
    const json noFetches = runJson({"--trace", path, "--skip-ifetch"});
    EXPECT_EQ(noFetches["accesses"], 4);
    EXPECT_EQ(noFetches["faults"]["minor"], 2);
    const json ranged = runJson({"--trace", path, "--range", "0x4000000-0x5000000"});
    EXPECT_EQ(ranged["accesses"], 4);
    std::filesystem::remove(path);
}

TEST(RunCommand, BadTraceLineNamesFileLineAndColumn)
{
    const std::string path = tempFile("mmulab-run-bad.lackey", "I  0400d7d4,8\n L 04010a10,8\n L zz,8\n");
    const CliResult r = runCli({"--trace", path, "--trace-format", "lackey"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find(path + ":3:"), std::string::npos) << r.err;
    const json skipped = runJson({"--trace", path, "--trace-format", "lackey", "--skip-bad-lines"});
    EXPECT_EQ(skipped["skipped_lines"], 1);
    EXPECT_EQ(skipped["accesses"], 2);
    std::filesystem::remove(path);
}

TEST(RunCommand, BadWorkloadSpecIsBadInputNamingKeyAndColumn)
{
    const CliResult r = runCli({"--workload", "random:size=1Q,count=10"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("column 13"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("key 'size'"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
    const CliResult unknown = runCli({"--workload", "random:size=1G,colour=red"});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_NE(unknown.err.find("key 'colour'"), std::string::npos) << unknown.err;
}

TEST(RunCommand, OtherBadInputIsExitOne)
{
    EXPECT_EQ(runCli({"--trace", testing::TempDir() + "no-such-trace.lackey"}).code, 1);
    EXPECT_EQ(runCli({"--workload", "seq:size=1M", "--machine", "no-such-machine"}).code, 1);
    // A region that is not aligned for 1 GiB pages.
    const CliResult r = runCli({"--workload", "seq:size=4K,base=0x100000001000", "--page-size", "1G"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("0x100000001000"), std::string::npos) << r.err;
}

TEST(RunCommand, UsageErrorsAreExitTwo)
{
    const std::vector<std::vector<std::string>> cases = {
        {},                                                          // neither --workload nor --trace
        {"--workload", "seq:size=1M", "--trace", "x.lackey"},        // both
        {"--workload"},                                              // missing value
        {"--workload", "seq:size=1M", "--page-size", "3K"},
        {"--workload", "seq:size=1M", "--accesses", "0"},
        {"--workload", "seq:size=1M", "--frames", "-1"},
        {"--workload", "seq:size=1M", "--policy", "best"},
        {"--workload", "seq:size=1M", "--compare", "4K,5M"},
        {"--workload", "seq:size=1M", "--compare", "4K,2M", "--compare-machines", "zen4,skylake"},
        {"--workload", "seq:size=1M", "--compare", "4K,2M", "--page-size", "2M"},
        {"--workload", "seq:size=1M", "--skip-ifetch"},
        {"--trace", "x", "--range", "0x2000-0x1000"},
        {"--workload", "seq:size=1M", "--colour"},
    };
    for (const auto &args : cases) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.code, 2) << testing::PrintToString(args) << '\n' << r.err;
        EXPECT_NE(r.err.find("usage: mmulab-cli run"), std::string::npos) << r.err;
    }
}

TEST(RunCommand, HelpDocumentsTheWorkloadSyntax)
{
    const CliResult r = runCli({"--help"});
    EXPECT_EQ(r.code, 0);
    for (const char *kind : {"seq:", "stride:", "random:", "hotcold:", "matrix:", "chase:", "scanhot:", "write=F"})
        EXPECT_NE(r.out.find(kind), std::string::npos) << kind;
    std::ostringstream out, err;
    EXPECT_EQ(cli::run({"--help"}, out, err), 0);
    EXPECT_NE(out.str().find("run       [--machine"), std::string::npos);
    EXPECT_NE(out.str().find("hotcold:size=1G,hot=16M"), std::string::npos);
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

TEST(RunBinary, ExitCodes)
{
    EXPECT_EQ(exitCodeOf("run --workload seq:size=64K --json"), 0);
    EXPECT_EQ(exitCodeOf("run --workload 'random:size=1Q'"), 1);
    EXPECT_EQ(exitCodeOf("run"), 2);
    EXPECT_EQ(exitCodeOf("run --workload seq:size=64K --page-size 5K"), 2);
}

/** Runs the binary with `args`, its standard output into `outPath`; returns its pid. */
pid_t spawnCli(const std::vector<std::string> &args, const std::string &outPath)
{
    std::vector<std::string> all{MMULAB_CLI_PATH};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (std::string &a : all)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&files, STDERR_FILENO, (outPath + ".err").c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    EXPECT_EQ(spawned, 0);
    return spawned == 0 ? pid : -1;
}

/** Waits for `pid` at most `seconds`; the wait status, or nullopt (after killing it) when it did not end. */
std::optional<int> waitFor(pid_t pid, int seconds)
{
    for (int i = 0; i < seconds * 20; ++i) {
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid)
            return status;
        usleep(50000);
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    return std::nullopt;
}

std::string readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(RunBinary, CtrlCStopsTheReplayAndStillReportsWhatWasDone)
{
    const std::string out = testing::TempDir() + "mmulab-run-sigint.json";
    const std::string csv = testing::TempDir() + "mmulab-run-sigint.csv";
    std::filesystem::remove(csv);
    // Ten billion accesses: minutes of work even on a fast machine, so the signal lands mid-run.
    const pid_t pid = spawnCli({"run", "--workload", "random:size=1G,count=10G", "--json", "--csv", csv}, out);
    ASSERT_GT(pid, 0);
    sleep(2);
    ASSERT_EQ(kill(pid, SIGINT), 0);
    const auto status = waitFor(pid, 60);
    ASSERT_TRUE(status) << "did not stop within a minute of Ctrl-C";
    ASSERT_TRUE(WIFEXITED(*status)) << "ended by signal " << (WIFSIGNALED(*status) ? WTERMSIG(*status) : 0);
    EXPECT_EQ(WEXITSTATUS(*status), 130);
    const std::string text = readText(out);
    ASSERT_TRUE(json::accept(text)) << text.substr(0, 300);
    const json j = json::parse(text);
    EXPECT_EQ(j["interrupted"], true);
    EXPECT_GT(j["accesses"].get<uint64_t>(), 0u);
    EXPECT_LT(j["accesses"].get<uint64_t>(), 10'000'000'000u);
    EXPECT_NE(readText(out + ".err").find("interrupted"), std::string::npos) << readText(out + ".err");
    // The series of the accesses replayed so far: the header and at least one bucket.
    const std::string series = readText(csv);
    EXPECT_EQ(series.rfind("run,first_access,accesses,", 0), 0u) << series.substr(0, 200);
    EXPECT_GE(std::count(series.begin(), series.end(), '\n'), 2);
    std::filesystem::remove(out);
    std::filesystem::remove(out + ".err");
    std::filesystem::remove(csv);
}

TEST(RunBinary, ATraceOnStandardInput)
{
    const std::string path = tempFile("mmulab-run-stdin.lackey", "==1== Lackey\nI  0400d7d4,8\n L 04010a10,8\n"
                                                                " S 04010a18,8\n M 7ff000100,4\n");
    const std::string cli = std::string("'") + MMULAB_CLI_PATH + "' run --trace - ";
    auto capture = [](const std::string &command, int &code) {
        std::string text;
        FILE *pipe = popen(command.c_str(), "r");
        if (!pipe)
            return text;
        char buffer[4096];
        while (size_t n = fread(buffer, 1, sizeof buffer, pipe))
            text.append(buffer, n);
        const int status = pclose(pipe);
        code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return text;
    };
    int code = -1;
    const std::string text = capture("cat '" + path + "' | " + cli + "--json", code);
    EXPECT_EQ(code, 0);
    ASSERT_TRUE(json::accept(text)) << text;
    const json j = json::parse(text);
    EXPECT_EQ(j["accesses"], 5);
    EXPECT_EQ(j["faults"]["minor"], 3);
    EXPECT_EQ(j["source"], "standard input");

    // Errors name standard input; OPT would need to read it twice, which a pipe cannot do.
    const std::string bad = capture("printf 'I  0400d7d4,8\\n L zz,8\\n' | " + cli + "--trace-format lackey 2>&1", code);
    EXPECT_EQ(code, 1);
    EXPECT_NE(bad.find("standard input:2:"), std::string::npos) << bad;
    const std::string opt = capture("cat '" + path + "' | " + cli + "--policy opt --frames 2 2>&1", code);
    EXPECT_EQ(code, 1);
    EXPECT_NE(opt.find("standard input: can be read only once"), std::string::npos) << opt;
    std::filesystem::remove(path);
}

} // namespace
