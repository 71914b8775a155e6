// SPDX-License-Identifier: GPL-3.0-or-later
// `mmulab-cli policy`: in-process for the output, and the real binary for exit codes.
#include "cliapp.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace {

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

/** Runs the real executable with `args` (no shell quoting needed for these), returns its exit code. */
int exitCodeOf(const std::string &args)
{
    const std::string command = std::string(MMULAB_CLI_PATH) + " " + args + " >/dev/null 2>&1";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

const char *const Known = "fifo, lru, mru, opt, clock, second-chance, two-list, rand";

} // namespace

TEST(PolicyCommand, PrintsATable)
{
    const CliResult r = runCli({"policy", "--policy", "fifo", "--frames", "3", "--refs", "1,2,3,4,1,4"});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out,
              "policy fifo, 3 frames, 6 references\n"
              "\n"
              "step  page  result  frames  victim\n"
              "   1     1  miss    1 - -        -\n"
              "   2     2  miss    1 2 -        -\n"
              "   3     3  miss    1 2 3        -\n"
              "   4     4  miss    4 2 3        1\n"
              "   5     1  miss    4 1 3        2\n"
              "   6     4  hit     4 1 3        -\n"
              "\n"
              "hits 1, misses 5\n");
}

TEST(PolicyCommand, ClockTableShowsHandAndReferenceBits)
{
    const CliResult r = runCli({"policy", "--policy", "clock", "--frames", "2", "--refs", "1,2,1,3"});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out,
              "policy clock, 2 frames, 4 references\n"
              "\n"
              "step  page  result  frames  victim  hand\n"
              "   1     1  miss    1* -         -     1\n"
              "   2     2  miss    1* 2*        -     0\n"
              "   3     1  hit     1* 2*        -     0\n"
              "   4     3  miss    3* 2         1     1\n"
              "\n"
              "* marks a set reference bit; hand is the slot the hand points at (slots count from 0)\n"
              "hits 1, misses 3\n");
}

TEST(PolicyCommand, TableCountsDirtyVictims)
{
    const CliResult r = runCli({"policy", "--policy", "lru", "--frames", "1", "--refs", "5w,6"});
    EXPECT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("   1    5w  miss"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("hits 0, misses 2, dirty victims written back 1\n"), std::string::npos) << r.out;
}

TEST(PolicyCommand, JsonRoundTrip)
{
    const CliResult r = runCli({"policy", "--json", "--policy", "fifo", "--frames", "3", "--refs", "1,2,3,4,1,2,5,1,2,3,4,5"});
    ASSERT_EQ(r.code, 0) << r.err;
    const nlohmann::json j = nlohmann::json::parse(r.out);
    EXPECT_EQ(nlohmann::json::parse(j.dump()), j);
    EXPECT_EQ(j.at("policy"), "fifo");
    EXPECT_EQ(j.at("frames"), 3);
    EXPECT_EQ(j.at("hits"), 3);
    EXPECT_EQ(j.at("misses"), 9);
    const nlohmann::json &a = j.at("accesses");
    ASSERT_EQ(a.size(), 12u);
    EXPECT_EQ(a[0], nlohmann::json::parse(
                        R"({"page":1,"write":false,"hit":false,"slot":0,"victim":null,"frames":[1,null,null]})"));
    EXPECT_EQ(a[3].at("victim"), 1);
    EXPECT_EQ(a[3].at("frames"), nlohmann::json::parse("[4,2,3]"));
    EXPECT_EQ(a[7].at("hit"), true);
    EXPECT_TRUE(a[7].at("victim").is_null());
    EXPECT_EQ(a[11].at("frames"), nlohmann::json::parse("[5,3,4]"));
    EXPECT_FALSE(a[0].contains("hand"));
    EXPECT_FALSE(j.contains("seed"));
}

TEST(PolicyCommand, JsonForClockHasHandAndReferenceBits)
{
    const CliResult r = runCli({"policy", "--policy", "clock", "--frames", "2", "--refs", "1,2,1,3", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    const nlohmann::json a = nlohmann::json::parse(r.out).at("accesses");
    ASSERT_EQ(a.size(), 4u);
    EXPECT_EQ(a[3].at("hand"), 1);
    EXPECT_EQ(a[3].at("referenced"), nlohmann::json::parse("[true,false]"));
    EXPECT_EQ(a[3].at("victim"), 1);
}

TEST(PolicyCommand, RandFollowsTheSeed)
{
    const std::vector<std::string> args = {"policy", "--policy", "rand", "--frames", "3", "--json", "--seed", "11",
                                           "--refs", "1,2,3,4,5,6,7,8,1,2,3,4,5,6,7,8,9,1,3,5,7,9,2,4,6,8"};
    const CliResult a = runCli(args);
    const CliResult b = runCli(args);
    ASSERT_EQ(a.code, 0) << a.err;
    EXPECT_EQ(a.out, b.out);
    EXPECT_EQ(nlohmann::json::parse(a.out).at("seed"), 11);
    std::vector<std::string> other = args;
    other[7] = "12";
    EXPECT_NE(nlohmann::json::parse(runCli(other).out).at("accesses"), nlohmann::json::parse(a.out).at("accesses"));
}

TEST(PolicyCommand, UnknownPolicyListsTheKnownOnes)
{
    const CliResult r = runCli({"policy", "--policy", "lfu", "--frames", "3", "--refs", "1"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, std::string("mmulab-cli policy: unknown policy 'lfu' (known: ") + Known + ")\n");
}

TEST(PolicyCommand, BadFrameCounts)
{
    for (const char *frames : {"0", "-1", "abc", "4097", "3x", ""}) {
        const CliResult r = runCli({"policy", "--policy", "lru", "--frames", frames, "--refs", "1"});
        EXPECT_EQ(r.code, 2) << frames;
        EXPECT_EQ(r.err, std::string("mmulab-cli policy: --frames takes a number of frames from 1 to 4096, not '")
                             + frames + "'\n");
    }
}

TEST(PolicyCommand, MissingOptions)
{
    const CliResult noFrames = runCli({"policy", "--policy", "lru", "--refs", "1,2"});
    EXPECT_EQ(noFrames.code, 2);
    EXPECT_EQ(noFrames.err.rfind("mmulab-cli policy: --frames is required\nusage: mmulab-cli policy", 0), 0u)
        << noFrames.err;
    EXPECT_EQ(runCli({"policy", "--frames", "2", "--refs", "1,2"}).err.rfind("mmulab-cli policy: --policy is required\n", 0), 0u);
    EXPECT_EQ(runCli({"policy", "--frames", "2", "--policy", "lru"}).err.rfind("mmulab-cli policy: --refs is required\n", 0), 0u);
    const CliResult noValue = runCli({"policy", "--policy", "lru", "--frames"});
    EXPECT_EQ(noValue.code, 2);
    EXPECT_EQ(noValue.err.rfind("mmulab-cli policy: --frames needs a value\n", 0), 0u) << noValue.err;
    const CliResult stray = runCli({"policy", "--policy", "lru", "--frames", "2", "--refs", "1", "extra"});
    EXPECT_EQ(stray.code, 2);
    EXPECT_EQ(stray.err.rfind("mmulab-cli policy: unexpected argument 'extra'\n", 0), 0u) << stray.err;
}

TEST(PolicyCommand, BadReferenceStringNamesItemAndColumn)
{
    const CliResult r = runCli({"policy", "--policy", "opt", "--frames", "2", "--refs", "1,2,x"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "mmulab-cli policy: --refs: item 3 at column 5: 'x' is not a page number\n");
}

TEST(PolicyCommand, ListedInUsage)
{
    const CliResult r = runCli({"help"});
    EXPECT_NE(r.out.find("  policy    --policy NAME --frames N --refs 1,2,3,..."), std::string::npos);
}

TEST(PolicyCommand, ExitCodesOfTheBinary)
{
    EXPECT_EQ(exitCodeOf("policy --policy lru --frames 3 --refs 1,2,3,1"), 0);
    EXPECT_EQ(exitCodeOf("policy --policy lru --frames 3 --refs 1,2,3,1 --json"), 0);
    EXPECT_EQ(exitCodeOf("policy --policy lru --frames 3 --refs 1,,3"), 1);
    EXPECT_EQ(exitCodeOf("policy --policy lru --frames 0 --refs 1,2"), 2);
    EXPECT_EQ(exitCodeOf("policy --policy lru --refs 1,2"), 2);
    EXPECT_EQ(exitCodeOf("policy --policy nope --frames 2 --refs 1,2"), 2);
    EXPECT_EQ(exitCodeOf("policy --policy lru --frames 2 --refs 1,2 --seed x"), 2);
}
