// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input catalogue (issue 9): every bad input to the command line gets a clear message
// naming what and where, exit code 1 (bad input) or 2 (usage), nothing on standard output,
// no output file, and no crash or hang. The bad lesson files (../badlessons.h) go through the
// model's loader and `translate --lesson` here, and through the GUI in the view tests.
#include "../badlessons.h"
#include "cliapp.h"

#include "lessonfile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const std::string Data = MMULAB_TEST_DATA;

struct BadInput {
    const char *name;
    std::vector<std::string> args; ///< "@FILE" stands for a file holding `file`, "@OUT" for an output path
    int exitCode;
    std::vector<std::string> mustSay; ///< substrings the error message must contain
    std::optional<std::string> file = std::nullopt;
};

/** A directory of the test's own, removed with it. */
class ScratchDir {
public:
    explicit ScratchDir(const std::string &name)
        : m_path(fs::path(testing::TempDir()) / ("mmulab-badinput-" + name))
    {
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~ScratchDir()
    {
        std::error_code ec; // removing a file needs only the directory to be writable
        fs::remove_all(m_path, ec);
    }
    ScratchDir(const ScratchDir &) = delete;
    ScratchDir &operator=(const ScratchDir &) = delete;
    const fs::path &path() const { return m_path; }

private:
    fs::path m_path;
};

std::ostream &operator<<(std::ostream &os, const BadInput &b)
{
    return os << b.name;
}

class BadInputCatalogue : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputCatalogue, ClearMessageNoOutputRightExitCode)
{
    const BadInput &c = GetParam();
    const ScratchDir dir(c.name);
    const std::string input = (dir.path() / "input").string();
    const std::string output = (dir.path() / "output").string();
    if (c.file)
        std::ofstream(input, std::ios::binary) << *c.file;
    std::vector<std::string> args = c.args;
    std::replace(args.begin(), args.end(), std::string("@FILE"), input);
    std::replace(args.begin(), args.end(), std::string("@OUT"), output);
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::run(args, out, err);
    EXPECT_EQ(code, c.exitCode) << err.str();
    EXPECT_TRUE(out.str().empty()) << "partial output: " << out.str().substr(0, 200);
    EXPECT_FALSE(fs::exists(output)) << "an output file was written";
    ASSERT_FALSE(err.str().empty());
    EXPECT_LT(err.str().size(), 4096u) << "an error is a message, not a dump";
    for (const std::string &s : c.mustSay)
        EXPECT_NE(err.str().find(s), std::string::npos) << "message lacks '" << s << "': " << err.str();
}

std::vector<BadInput> catalogue()
{
    const std::string longLine(10 * 1024 * 1024, 'f');
    const std::string dir = std::filesystem::temp_directory_path().string();
    return {
        // Addresses.
        {"EmptyAddress", {"translate", ""}, 1, {"address 1", "empty address"}},
        {"WhitespaceAddress", {"translate", "   \t "}, 1, {"address 1", "empty address"}},
        {"NonHex", {"translate", "0x7fff_zz00"}, 1, {"address 1", "'z' at column 8"}},
        {"SecondAddressBad", {"translate", "0x1000", "0x12g"}, 1, {"address 2", "'g' at column 5"}},
        {"TooWide", {"translate", "0x1_0000_0000_0000_0000"}, 1, {"bit 64", "64 bits"}},
        {"Negative", {"translate", "-1"}, 1, {"'-' at column 1"}},
        {"NulByte", {"translate", std::string("0x12\0" "34", 7)}, 1, {"byte \\x00 at column 5"}},
        {"InvalidUtf8", {"translate", "0x\xff\xfe"}, 1, {"byte \\xff at column 3"}},
        {"OnlyPrefix", {"translate", "0x"}, 1, {"no hex digits"}},
        {"SeparatorAtEnd", {"translate", "0x12_"}, 1, {"column 5", "between two hex digits"}},
        {"TenMegabyteAddress", {"translate", longLine}, 1, {"bit ", "64 bits"}},
        {"NoAddress", {"translate"}, 2, {"no address"}},
        // Options.
        {"UnknownCommand", {"frobnicate"}, 2, {"unknown command 'frobnicate'"}},
        {"NoCommand", {}, 2, {"usage"}},
        {"UnknownOption", {"translate", "--turbo", "0x1000"}, 2, {"unknown option '--turbo'"}},
        {"UnknownFormat", {"translate", "--format", "vax", "0x1000"}, 2, {"unknown format 'vax'"}},
        {"MissingOptionValue", {"translate", "0x1000", "--machine"}, 2, {"--machine needs a value"}},
        {"BadAccess", {"translate", "--access", "fly", "0x1000"}, 2, {"--access", "'fly'"}},
        {"BadMode", {"translate", "--mode", "root", "0x1000"}, 2, {"--mode", "'root'"}},
        // Machine files.
        {"MissingMachineFile", {"translate", "--machine", "/nonexistent/m.json", "0x1000"}, 1,
         {"/nonexistent/m.json", "no such file"}},
        {"DirectoryAsMachine", {"translate", "--machine", dir + "/", "0x1000"}, 1, {"is a directory"}},
        {"UnknownPreset", {"translate", "--machine", "pentium", "0x1000"}, 1, {"pentium", "no such preset"}},
        {"EmptyMachineFile", {"translate", "--machine", Data + "/bad/empty.json", "0x1000"}, 1,
         {"empty.json", "invalid JSON"}},
        {"TruncatedMachine", {"translate", "--machine", Data + "/bad/truncated.json", "0x1000"}, 1,
         {"truncated.json:1:", "invalid JSON"}},
        {"BinaryGarbage", {"translate", "--machine", Data + "/bad/garbage.bin", "0x1000"}, 1,
         {"garbage.bin:1:1", "invalid JSON"}},
        {"WrongType", {"translate", "--machine", Data + "/bad/wrongtype.json", "0x1000"}, 1,
         {"wrongtype.json: name: must be a string"}},
        {"UnknownKey", {"translate", "--machine", Data + "/bad/unknownkey.json", "0x1000"}, 1,
         {"unknownkey.json: turbo: unknown key"}},
        {"MissingKey", {"translate", "--machine", Data + "/bad/missingkey.json", "0x1000"}, 1,
         {"missingkey.json: name: missing"}},
        {"ImpossibleGeometry", {"translate", "--machine", Data + "/bad/geometry.json", "0x1000"}, 1,
         {"tlbs[0].ways", "8 ways do not divide 12 entries"}},
        {"ZeroFrames", {"translate", "--machine", Data + "/bad/zeroframes.json", "0x1000"}, 1,
         {"memory.frames", "out of range"}},
        {"InvalidUtf8InJson", {"translate", "--machine", Data + "/bad/badutf8.json", "0x1000"}, 1,
         {"badutf8.json:1:", "invalid JSON"}},
        {"CrOnlyLinesNegativeSize", {"translate", "--machine", Data + "/bad/cronly.json", "0x1000"}, 1,
         {"caches[0].size", "must not be negative"}},
        {"CrOnlyLinesSyntax", {"translate", "--machine", "@FILE", "0x1000"}, 1, {"input:3:11: invalid JSON"},
         "{\r\"name\": \"T\",\r\"paging\": ,\r}"},
        {"WhitespaceMachineFile", {"translate", "--machine", "@FILE", "0x1000"}, 1, {"input:2:3: invalid JSON"},
         "  \n\t "},
        {"NulBytesInMachine", {"translate", "--machine", "@FILE", "0x1000"}, 1, {"input:1:10: invalid JSON"},
         std::string("{\"name\": \0\"T\"}", 13)},
        {"TenMegabyteMachineLine", {"translate", "--machine", "@FILE", "0x1000"}, 1,
         {"input:1:", "invalid JSON", "missing closing quote"}, "{\"name\": \"" + longLine},
        {"OverflowingNumberInMachine", {"translate", "--machine", "@FILE", "0x1000"}, 1,
         {"input: invalid JSON: number overflow parsing '7e777'"}, R"({"name": "T", "clock_ghz": 7e777})"},
        {"EndlessDeviceAsMachine", {"translate", "--machine", "/dev/zero", "0x1000"}, 1,
         {"/dev/zero", "larger than 64 MiB"}},
        {"FutureMachineKey", {"translate", "--machine", "@FILE", "0x1000"}, 1, {"input: version: unknown key"},
         R"({"version": 2, "name": "T", "paging": "x86-64", "clock_ghz": 1, "dram_latency": 100, "tlbs": []})"},
        // Traces and workloads (`run`); nothing is written to --csv.
        {"MissingTrace", {"run", "--trace", "/nonexistent/t.lackey", "--csv", "@OUT"}, 1,
         {"/nonexistent/t.lackey", "no such file"}},
        {"DirectoryAsTrace", {"run", "--trace", dir, "--csv", "@OUT"}, 1, {"is a directory"}},
        {"EmptyTrace", {"run", "--trace", Data + "/traces/empty.trace", "--csv", "@OUT"}, 1, {"empty.trace"}},
        {"UnknownTraceFormat", {"run", "--trace", Data + "/traces/unknown.trace"}, 1,
         {"unknown.trace", "cannot tell the trace format"}},
        {"GarbageTrace", {"run", "--trace", Data + "/bad/garbage.bin"}, 1, {"garbage.bin"}},
        {"NonHexTraceLine", {"run", "--trace", "@FILE", "--trace-format", "lackey", "--csv", "@OUT"}, 1,
         {"input:3:8:", "expected ','"}, "I  0400d7d4,8\n L 04010a10,8\n L 0401zz10,8\n"},
        {"TooWideTraceAddress", {"run", "--trace", "@FILE", "--trace-format", "plain"}, 1, {"input:2:"},
         "0x1000\n0x1_0000_0000_0000_0000\n"},
        {"NegativeTraceSize", {"run", "--trace", "@FILE", "--trace-format", "lackey"}, 1, {"input:1:"},
         " L 04010a10,-8\n"},
        {"NulBytesInTrace", {"run", "--trace", "@FILE", "--trace-format", "plain"}, 1, {"input:2:"},
         std::string("0x1000\n0x2\0\x30\x30\n", 12)},
        {"TenMegabyteTraceLine", {"run", "--trace", "@FILE", "--trace-format", "plain"}, 1, {"input:2", "long"},
         "0x1000\n" + longLine + "\n"},
        {"EndlessDeviceAsTrace", {"run", "--trace", "/dev/zero", "--trace-format", "plain"}, 1, {"/dev/zero:1"}},
        {"ZeroSizedWorkload", {"run", "--workload", "seq:size=0"}, 1, {"key 'size'"}},
        {"OverflowingWorkload", {"run", "--workload", "random:size=99999999999999999999T"}, 1, {"key 'size'"}},
        {"NegativeWorkloadCount", {"run", "--workload", "random:size=1M,count=-5"}, 1, {"key 'count'"}},
        {"CsvIntoMissingDirectory", {"run", "--workload", "seq:size=64K", "--csv", "/nonexistent/dir/s.csv"}, 1,
         {"--csv /nonexistent/dir/s.csv", "cannot save"}},
        // Reference strings and policies.
        {"PolicyZeroFrames", {"policy", "--policy", "lru", "--frames", "0", "--refs", "1,2"}, 2, {"--frames"}},
        {"PolicyNegativeFrames", {"policy", "--policy", "lru", "--frames", "-3", "--refs", "1,2"}, 2, {"--frames"}},
        {"PolicyUnknown", {"policy", "--policy", "belady", "--frames", "3", "--refs", "1,2"}, 2, {"belady"}},
        {"PolicyEmptyRefs", {"policy", "--policy", "lru", "--frames", "3", "--refs", ""}, 1, {"refs"}},
        {"PolicyNonNumber", {"policy", "--policy", "lru", "--frames", "3", "--refs", "1,x,3"}, 1, {"item 2"}},
        {"PolicyOverflow", {"policy", "--policy", "lru", "--frames", "3", "--refs", "1,99999999999999999999999"}, 1,
         {"item 2"}},
        {"PolicyEmptyItem", {"policy", "--policy", "lru", "--frames", "3", "--refs", "1,,3"}, 1, {"item 2"}},
        // Bench.
        {"BenchBadSeconds", {"bench", "--seconds", "-1"}, 2, {"--seconds"}},
        {"BenchWordSeconds", {"bench", "--seconds", "soon"}, 2, {"--seconds", "'soon'"}},
    };
}

INSTANTIATE_TEST_SUITE_P(Cli, BadInputCatalogue, ::testing::ValuesIn(catalogue()),
                         [](const ::testing::TestParamInfo<BadInput> &p) { return std::string(p.param.name); });

TEST(BadInputCatalogue, HasAtLeastFortyEntries)
{
    EXPECT_GE(catalogue().size() + badlessons::catalogue().size(), 40u);
}

// --- lesson files: the model's loader and `translate --lesson` ---------------------------------

class BadLessonCatalogue : public ::testing::TestWithParam<badlessons::Case> {};

TEST_P(BadLessonCatalogue, ModelAndCliNameTheFileAndWhat)
{
    const badlessons::Case &c = GetParam();
    const ScratchDir dir(std::string("lesson-") + c.name);
    const auto path = badlessons::place(c, dir.path());
    if (!path)
        GTEST_SKIP() << "cannot make this case here (root reads every file)";

    auto lesson = mmu::loadLessonFile(*path);
    ASSERT_FALSE(lesson) << "accepted " << c.name;
    const std::string message = lesson.error().message();
    EXPECT_EQ(message.rfind(*path, 0), 0u) << "the message starts with the file: " << message.substr(0, 300);
    EXPECT_LT(message.size(), 1024u) << "an error is a message, not a dump";
    for (const std::string &s : c.mustSay)
        EXPECT_NE(message.find(s), std::string::npos) << "message lacks '" << s << "': " << message.substr(0, 300);

    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(cli::run({"translate", "--lesson", *path}, out, err), 1);
    EXPECT_TRUE(out.str().empty()) << "partial output: " << out.str().substr(0, 200);
    const std::string said = err.str();
    EXPECT_NE(said.find(message), std::string::npos) << said.substr(0, 300);
    EXPECT_EQ(std::count(said.begin(), said.end(), '\n'), 1) << "one line: " << said.substr(0, 300);
}

INSTANTIATE_TEST_SUITE_P(Lesson, BadLessonCatalogue, ::testing::ValuesIn(badlessons::catalogue()),
                         [](const ::testing::TestParamInfo<badlessons::Case> &p) { return std::string(p.param.name); });

} // namespace
