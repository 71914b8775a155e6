// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input catalogue (issue 9): every bad input to the command line gets a clear message
// naming what and where, exit code 1 (bad input) or 2 (usage), nothing on standard output,
// and no crash or hang.
#include "cliapp.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string Data = MMULAB_TEST_DATA;

struct BadInput {
    const char *name;
    std::vector<std::string> args;
    int exitCode;
    std::vector<std::string> mustSay; ///< substrings the error message must contain
};

std::ostream &operator<<(std::ostream &os, const BadInput &b)
{
    return os << b.name;
}

class BadInputCatalogue : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadInputCatalogue, ClearMessageNoOutputRightExitCode)
{
    const BadInput &c = GetParam();
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::run(c.args, out, err);
    EXPECT_EQ(code, c.exitCode) << err.str();
    EXPECT_TRUE(out.str().empty()) << "partial output: " << out.str().substr(0, 200);
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
    EXPECT_GE(catalogue().size(), 40u);
}

} // namespace
