// SPDX-License-Identifier: GPL-3.0-or-later
#include "dinreader.h"
#include "lackeyreader.h"
#include "pinreader.h"
#include "plaintracereader.h"
#include "tracereader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace mmu {

// Readable failure output for EXPECT_EQ on accesses.
void PrintTo(const MemoryAccess &a, std::ostream *os)
{
    const char *type = a.type == AccessType::Read ? "R" : a.type == AccessType::Write ? "W" : "X";
    *os << type << " 0x" << std::hex << a.address << std::dec << " size " << a.size;
}

} // namespace mmu

namespace {

using namespace mmu;

std::string dataPath(const std::string &name)
{
    return std::string(MMULAB_TEST_DATA) + "/traces/" + name;
}

MemoryAccess R(uint64_t address, uint32_t size = 0)
{
    return {address, size, AccessType::Read};
}
MemoryAccess W(uint64_t address, uint32_t size = 0)
{
    return {address, size, AccessType::Write};
}
MemoryAccess X(uint64_t address, uint32_t size = 0)
{
    return {address, size, AccessType::Execute};
}

std::vector<MemoryAccess> readAll(TraceReader &reader, std::size_t batch = 256)
{
    std::vector<MemoryAccess> all;
    std::vector<MemoryAccess> buffer(batch);
    while (const std::size_t n = reader.read(buffer))
        all.insert(all.end(), buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(n));
    return all;
}

/** Opens a golden file; null (with a failure recorded) when that fails. */
TraceReaderPtr openGolden(const std::string &name, const TraceOptions &options = {},
                          std::optional<TraceFormat> format = std::nullopt)
{
    auto opened = openTrace(dataPath(name), options, format);
    if (!opened) {
        ADD_FAILURE() << opened.error().message();
        return nullptr;
    }
    return std::move(opened.value());
}

const std::vector<MemoryAccess> UglyLackey = {
    X(0x400d7d4, 8),
    R(0x4010a10, 8),
    W(0x7ff000108, 4),
    R(0x601040, 8), // M: a load …
    W(0x601040, 8), // … then a store
    X(0xffffffffff600000, 3),
    R(0x7ffd4a3b2c10, 16),
    R(0x4020000, 4),
    W(0x4020000, 4),
};

// ---- Lackey -------------------------------------------------------------------------------

TEST(LackeyReader, ReadsGoldenFileWithValgrindLinesBlankLinesCrLfAndTrailingSpaces)
{
    auto reader = openGolden("ugly.lackey", {}, TraceFormat::Lackey);
    ASSERT_TRUE(reader);
    EXPECT_EQ(readAll(*reader), UglyLackey);
    EXPECT_FALSE(reader->failed());
    EXPECT_EQ(reader->format(), TraceFormat::Lackey);
}

TEST(LackeyReader, CountsLinesRecordsAccessesAndBytes)
{
    auto reader = openGolden("ugly.lackey");
    ASSERT_TRUE(reader);
    readAll(*reader);
    const TraceStats s = reader->stats();
    EXPECT_EQ(s.lines, 15u);
    EXPECT_EQ(s.records, 7u);
    EXPECT_EQ(s.accesses, 9u);
    EXPECT_EQ(s.filtered, 0u);
    EXPECT_EQ(s.skippedLines, 0u);
    ASSERT_TRUE(reader->totalBytes().has_value());
    EXPECT_EQ(*reader->totalBytes(), 286u);
    EXPECT_EQ(s.bytes, 286u);
}

TEST(LackeyReader, StopsAtTheFirstBadLineNamingFileLineAndColumn)
{
    auto reader = openGolden("bad.lackey");
    ASSERT_TRUE(reader);
    const auto accesses = readAll(*reader);
    EXPECT_EQ(accesses,
              (std::vector<MemoryAccess>{X(0x400d7d4, 8), R(0x4010a10, 8), W(0x4010a18, 8)}));
    ASSERT_TRUE(reader->failed());
    const TraceError &e = *reader->error();
    EXPECT_EQ(e.kind, TraceError::Kind::BadLine);
    EXPECT_EQ(e.line, 5u);
    EXPECT_EQ(e.column, 4u);
    EXPECT_EQ(e.message(), dataPath("bad.lackey") + ":5:4: expected a hex address");
    MemoryAccess more;
    EXPECT_FALSE(reader->next(more)); // it stays stopped
}

TEST(LackeyReader, SkipBadLinesCountsThemAndKeepsTheFirstErrors)
{
    TraceOptions options;
    options.skipBadLines = true;
    options.keptErrors = 2;
    auto reader = openGolden("skip.lackey", options);
    ASSERT_TRUE(reader);
    EXPECT_EQ(readAll(*reader), (std::vector<MemoryAccess>{X(0x400d7d4, 8), W(0x4010a18, 8),
                                                          R(0x4010a30, 8), W(0x4010a30, 8)}));
    EXPECT_FALSE(reader->failed());
    EXPECT_EQ(reader->stats().skippedLines, 4u);
    ASSERT_EQ(reader->skippedErrors().size(), 2u);
    EXPECT_EQ(reader->skippedErrors()[0].message(),
              dataPath("skip.lackey") + ":2:12: expected ',' and the size after the address");
    EXPECT_EQ(reader->skippedErrors()[1].message(),
              dataPath("skip.lackey") + ":3:2: expected I, L, S or M (a Lackey access)");
}

TEST(LackeyReader, SkipsInstructionFetchesWhenAsked)
{
    TraceOptions options;
    options.skipInstructionFetches = true;
    auto reader = openGolden("ugly.lackey", options);
    ASSERT_TRUE(reader);
    std::vector<MemoryAccess> expected;
    for (const MemoryAccess &a : UglyLackey) {
        if (a.type != AccessType::Execute)
            expected.push_back(a);
    }
    EXPECT_EQ(readAll(*reader), expected);
    EXPECT_EQ(reader->stats().filtered, 2u);
    EXPECT_EQ(reader->stats().accesses, 7u);
}

TEST(LackeyReader, KeepsOnlyTheAddressRangeLowInclusiveHighExclusive)
{
    TraceOptions options;
    options.range = TraceRange{0x4010a10, 0x7ffd4a3b2c10};
    auto reader = openGolden("ugly.lackey", options);
    ASSERT_TRUE(reader);
    EXPECT_EQ(readAll(*reader), (std::vector<MemoryAccess>{R(0x4010a10, 8), W(0x7ff000108, 4),
                                                          R(0x4020000, 4), W(0x4020000, 4)}));
    EXPECT_EQ(reader->stats().filtered, 5u);
}

class LackeyBatchTest : public ::testing::TestWithParam<std::size_t> {};

// A tiny buffer forces refills mid-line, and batches of one split M lines across calls.
TEST_P(LackeyBatchTest, SmallBuffersAndBatchesGiveTheSameAccesses)
{
    std::ifstream in(dataPath("ugly.lackey"), std::ios::binary);
    ASSERT_TRUE(in.is_open());
    TraceOptions options;
    options.bufferBytes = TraceInput::MinimumBuffer;
    auto opened = readTrace(in, "ugly.lackey", options, TraceFormat::Lackey);
    ASSERT_TRUE(opened) << opened.error().message();
    EXPECT_EQ(readAll(*opened.value(), GetParam()), UglyLackey);
    EXPECT_FALSE(opened.value()->failed());
}

INSTANTIATE_TEST_SUITE_P(Batches, LackeyBatchTest, ::testing::Values(1, 2, 3, 4, 7, 64));

TEST(LackeyReader, NextReadsOneAccessAtATime)
{
    auto reader = openGolden("ugly.lackey");
    ASSERT_TRUE(reader);
    std::vector<MemoryAccess> all;
    MemoryAccess a;
    while (reader->next(a))
        all.push_back(a);
    EXPECT_EQ(all, UglyLackey);
}

TEST(LackeyReader, ReadsTheLastLineWithoutALineEnd)
{
    std::istringstream in("I  0400d7d4,8\n S 04010a18,4");
    auto opened = readTrace(in, "memory", {}, TraceFormat::Lackey);
    ASSERT_TRUE(opened);
    EXPECT_EQ(readAll(*opened.value()),
              (std::vector<MemoryAccess>{X(0x400d7d4, 8), W(0x4010a18, 4)}));
    EXPECT_EQ(opened.value()->stats().lines, 2u);
}

TEST(LackeyReader, PassesOverSuperblockLines)
{
    // valgrind --tool=lackey --trace-mem=yes --trace-superblocks=yes
    std::istringstream in("SB 04017a50\nI  04017a50,4\n S 1ffefffd58,8\nSB 04017a58\n");
    auto opened = readTrace(in, "memory");
    ASSERT_TRUE(opened) << opened.error().message();
    EXPECT_EQ(opened.value()->format(), TraceFormat::Lackey);
    EXPECT_EQ(readAll(*opened.value()),
              (std::vector<MemoryAccess>{X(0x4017a50, 4), W(0x1ffefffd58, 8)}));
    EXPECT_FALSE(opened.value()->failed());
}

TEST(LackeyReader, StreamsAGeneratedTraceThroughManyRefills)
{
    std::string text = "==1== Lackey\n";
    uint64_t expectedSum = 0;
    std::size_t expectedCount = 0;
    char line[64];
    for (uint64_t i = 0; i < 50000; ++i) {
        const uint64_t address = 0x7ff000000 + i * 8;
        const char *kind = i % 4 == 0 ? "I " : i % 4 == 1 ? " L" : i % 4 == 2 ? " S" : " M";
        std::snprintf(line, sizeof line, "%s %08llx,%d\n", kind,
                      static_cast<unsigned long long>(address), 8);
        text += line;
        const std::size_t n = i % 4 == 3 ? 2 : 1;
        expectedCount += n;
        expectedSum += n * address;
    }
    std::istringstream in(text);
    TraceOptions options;
    options.bufferBytes = 4096;
    auto opened = readTrace(in, "generated", options);
    ASSERT_TRUE(opened) << opened.error().message();
    TraceReader &reader = *opened.value();
    EXPECT_EQ(reader.format(), TraceFormat::Lackey);
    std::vector<MemoryAccess> batch(1000);
    std::size_t count = 0;
    uint64_t sum = 0;
    while (const std::size_t n = reader.read(batch)) {
        count += n;
        for (std::size_t i = 0; i < n; ++i)
            sum += batch[i].address;
    }
    EXPECT_FALSE(reader.failed());
    EXPECT_EQ(count, expectedCount);
    EXPECT_EQ(sum, expectedSum);
    EXPECT_EQ(reader.stats().bytes, text.size());
}

TEST(LackeyReader, ParsesARealValgrindLackeyTrace)
{
    if (std::system("valgrind --version > /dev/null 2>&1") != 0)
        GTEST_SKIP() << "valgrind is not installed";
    const std::string log = ::testing::TempDir() + "mmulab_lackey_true.txt";
    std::filesystem::remove(log);
    const std::string command =
        "valgrind --tool=lackey --trace-mem=yes --log-file='" + log + "' /bin/true";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;

    auto opened = openTrace(log);
    ASSERT_TRUE(opened) << opened.error().message();
    TraceReader &reader = *opened.value();
    EXPECT_EQ(reader.format(), TraceFormat::Lackey);
    std::vector<MemoryAccess> batch(4096);
    uint64_t byType[3] = {};
    while (const std::size_t n = reader.read(batch)) {
        for (std::size_t i = 0; i < n; ++i)
            ++byType[static_cast<int>(batch[i].type)];
    }
    EXPECT_FALSE(reader.failed()) << reader.error()->message();
    EXPECT_EQ(reader.stats().skippedLines, 0u);
    EXPECT_GT(byType[static_cast<int>(AccessType::Execute)], 10000u);
    EXPECT_GT(byType[static_cast<int>(AccessType::Read)], 1000u);
    EXPECT_GT(byType[static_cast<int>(AccessType::Write)], 1000u);
    EXPECT_EQ(reader.stats().bytes, std::filesystem::file_size(log));
    std::filesystem::remove(log);
}

// ---- din, pinatrace, plain ----------------------------------------------------------------

TEST(DinReader, ReadsGoldenFileAndPassesOverEscapeAndFlushRecords)
{
    auto reader = openGolden("sample.din", {}, TraceFormat::Din);
    ASSERT_TRUE(reader);
    EXPECT_EQ(readAll(*reader),
              (std::vector<MemoryAccess>{X(0x400d7d4, 8), R(0x7ffd4a3b2c10, 4), W(0x601040),
                                         R(0xffffffffff600000, 8)}));
    EXPECT_FALSE(reader->failed());
    EXPECT_EQ(reader->stats().records, 4u);
    EXPECT_EQ(reader->stats().lines, 6u);
}

TEST(PinReader, ReadsGoldenFileWithCommentsNilAndEof)
{
    auto reader = openGolden("sample.pinatrace", {}, TraceFormat::Pin);
    ASSERT_TRUE(reader);
    EXPECT_EQ(readAll(*reader), (std::vector<MemoryAccess>{W(0x7ffd2a3b4c58), R(0x7ffd2a3b4c50),
                                                          R(0x601040, 8), W(0)}));
    EXPECT_FALSE(reader->failed());
}

TEST(PlainTraceReader, ReadsGoldenFileWithAndWithout0xAndTypes)
{
    auto reader = openGolden("sample.plain", {}, TraceFormat::Plain);
    ASSERT_TRUE(reader);
    EXPECT_EQ(readAll(*reader), (std::vector<MemoryAccess>{R(0x601040), W(0x601048),
                                                          R(0x7ffd2a3b4c58), X(0x400d7d4),
                                                          W(0xffffffffff600000)}));
    EXPECT_FALSE(reader->failed());
}

struct BadLineCase {
    TraceFormat format;
    const char *line;
    uint32_t column;
    const char *what;
};

void PrintTo(const BadLineCase &c, std::ostream *os)
{
    *os << traceFormatName(c.format) << " \"" << c.line << '"';
}

class BadLineTest : public ::testing::TestWithParam<BadLineCase> {};

TEST_P(BadLineTest, ReportsColumnAndReason)
{
    const BadLineCase &c = GetParam();
    std::istringstream in(std::string(c.line) + "\n");
    auto opened = readTrace(in, "t", {}, c.format);
    ASSERT_TRUE(opened);
    TraceReader &reader = *opened.value();
    EXPECT_TRUE(readAll(reader).empty());
    ASSERT_TRUE(reader.failed());
    EXPECT_EQ(reader.error()->line, 1u);
    EXPECT_EQ(reader.error()->column, c.column);
    EXPECT_EQ(reader.error()->what, c.what);
}

INSTANTIATE_TEST_SUITE_P(
    Formats, BadLineTest,
    ::testing::Values(
        BadLineCase{TraceFormat::Lackey, " L zz010a10,8", 4, "expected a hex address"},
        BadLineCase{TraceFormat::Lackey, " L 04010a10", 12,
                    "expected ',' and the size after the address"},
        BadLineCase{TraceFormat::Lackey, " X 04010a10,8", 2,
                    "expected I, L, S or M (a Lackey access)"},
        BadLineCase{TraceFormat::Lackey, " L 04010a10,x", 13, "expected a decimal size"},
        BadLineCase{TraceFormat::Lackey, " L 04010a10,8 x", 15, "unexpected text after the size"},
        BadLineCase{TraceFormat::Lackey, " L 11112222333344445,8", 4,
                    "the address does not fit in 64 bits"},
        BadLineCase{TraceFormat::Lackey, " L 04010a10,4294967296", 13, "the size is too large"},
        BadLineCase{TraceFormat::Lackey, "Lx 0400,8", 2, "expected a space after the access kind"},
        BadLineCase{TraceFormat::Din, "5 1000", 1,
                    "unknown din label: expected 0 read, 1 write, 2 instruction fetch, 3 or 4"},
        BadLineCase{TraceFormat::Din, "12 1000", 1,
                    "unknown din label: expected 0 read, 1 write, 2 instruction fetch, 3 or 4"},
        BadLineCase{TraceFormat::Din, "x 1000", 1,
                    "expected a din label: 0 read, 1 write, 2 instruction fetch"},
        BadLineCase{TraceFormat::Din, "0", 2, "expected a hex address"},
        BadLineCase{TraceFormat::Din, "0 10g0", 5, "unexpected character after the address"},
        BadLineCase{TraceFormat::Din, "0 1000 8 9", 10, "unexpected text after the size"},
        BadLineCase{TraceFormat::Pin, "0x400a10 R 0x601040", 9,
                    "expected ':' after the instruction address"},
        BadLineCase{TraceFormat::Pin, "0x400a10: Q 0x601040", 11, "expected R or W"},
        BadLineCase{TraceFormat::Pin, "0x400a10: R", 12, "expected a hex address"},
        BadLineCase{TraceFormat::Pin, "0x400a10: R 0x601040 8 9", 24,
                    "unexpected text after the size"},
        BadLineCase{TraceFormat::Pin, "hello", 1,
                    "expected the instruction address (0x…) of a pinatrace line"},
        BadLineCase{TraceFormat::Plain, "12g4", 3, "unexpected character in the address"},
        BadLineCase{TraceFormat::Plain, "1000 Q", 6, "expected R, W or X after the address"},
        BadLineCase{TraceFormat::Plain, "1000 W x", 8, "unexpected text after the access type"},
        BadLineCase{TraceFormat::Plain, "0x", 3, "expected a hex address"},
        BadLineCase{TraceFormat::Plain, "zz", 1, "expected a hex address"}));

// ---- Limits of the input ------------------------------------------------------------------

TEST(TraceReader, ALineLongerThanTheBufferIsAnError)
{
    const std::string text =
        "I  0400d7d4,8\n" + std::string(100, 'x') + "\n S 04010a18,4\n";
    std::istringstream in(text);
    TraceOptions options;
    options.bufferBytes = 64;
    auto opened = readTrace(in, "long", options, TraceFormat::Lackey);
    ASSERT_TRUE(opened);
    EXPECT_EQ(readAll(*opened.value()), (std::vector<MemoryAccess>{X(0x400d7d4, 8)}));
    ASSERT_TRUE(opened.value()->failed());
    EXPECT_EQ(opened.value()->error()->kind, TraceError::Kind::LineTooLong);
    EXPECT_EQ(opened.value()->error()->message(),
              "long:2: the line is longer than the read buffer of 64 bytes");
}

TEST(TraceReader, ALongLineCanBeSkippedAsAWhole)
{
    const std::string text =
        "I  0400d7d4,8\n" + std::string(300, 'x') + "\n S 04010a18,4\n";
    std::istringstream in(text);
    TraceOptions options;
    options.bufferBytes = 64;
    options.skipBadLines = true;
    auto opened = readTrace(in, "long", options, TraceFormat::Lackey);
    ASSERT_TRUE(opened);
    EXPECT_EQ(readAll(*opened.value()),
              (std::vector<MemoryAccess>{X(0x400d7d4, 8), W(0x4010a18, 4)}));
    EXPECT_EQ(opened.value()->stats().skippedLines, 1u);
    EXPECT_EQ(opened.value()->stats().lines, 3u);
}

/** Serves some text, then fails as a disk might. */
class FailingBuffer : public std::streambuf {
public:
    explicit FailingBuffer(std::string text) : m_text(std::move(text))
    {
        setg(m_text.data(), m_text.data(), m_text.data() + m_text.size());
    }

protected:
    int_type underflow() override { throw std::runtime_error("the disk is on fire"); }

private:
    std::string m_text;
};

TEST(TraceReader, AReadFailureStopsWithAnError)
{
    std::string text;
    for (int i = 0; i < 20; ++i)
        text += "I  0400d7d4,8\n";
    FailingBuffer buffer(text);
    std::istream in(&buffer);
    TraceOptions options;
    options.bufferBytes = 64;
    auto opened = readTrace(in, "disk", options, TraceFormat::Lackey);
    ASSERT_TRUE(opened);
    const auto accesses = readAll(*opened.value());
    EXPECT_GT(accesses.size(), 0u);
    EXPECT_LT(accesses.size(), 20u);
    ASSERT_TRUE(opened.value()->failed());
    EXPECT_EQ(opened.value()->error()->kind, TraceError::Kind::ReadFailed);
}

TEST(TraceReader, SkipsAByteOrderMark)
{
    std::istringstream in("\xEF\xBB\xBF" "0x1000 W\n");
    auto opened = readTrace(in, "bom");
    ASSERT_TRUE(opened) << opened.error().message();
    EXPECT_EQ(opened.value()->format(), TraceFormat::Plain);
    EXPECT_EQ(readAll(*opened.value()), (std::vector<MemoryAccess>{W(0x1000)}));
}

// ---- Formats by name and detection --------------------------------------------------------

TEST(TraceFormatName, RoundTripsAndRefusesUnknownNames)
{
    for (TraceFormat f : {TraceFormat::Lackey, TraceFormat::Din, TraceFormat::Pin,
                          TraceFormat::Plain}) {
        const auto back = traceFormatFromName(traceFormatName(f));
        ASSERT_TRUE(back.has_value()) << traceFormatName(f);
        EXPECT_EQ(*back, f);
    }
    EXPECT_EQ(traceFormatName(TraceFormat::Lackey), "lackey");
    EXPECT_EQ(traceFormatName(TraceFormat::Din), "din");
    EXPECT_EQ(traceFormatName(TraceFormat::Pin), "pin");
    EXPECT_EQ(traceFormatName(TraceFormat::Plain), "plain");
    EXPECT_FALSE(traceFormatFromName("dinero").has_value());
    EXPECT_FALSE(traceFormatFromName("").has_value());
}

struct DetectCase {
    const char *file;
    TraceFormat format;
};

void PrintTo(const DetectCase &c, std::ostream *os)
{
    *os << c.file;
}

class DetectTest : public ::testing::TestWithParam<DetectCase> {};

TEST_P(DetectTest, OpenTraceDetectsTheFormat)
{
    auto reader = openGolden(GetParam().file);
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->format(), GetParam().format);
    readAll(*reader);
    EXPECT_EQ(reader->error().has_value(), std::string(GetParam().file) == "bad.lackey");
}

INSTANTIATE_TEST_SUITE_P(GoldenFiles, DetectTest,
                         ::testing::Values(DetectCase{"ugly.lackey", TraceFormat::Lackey},
                                           DetectCase{"bad.lackey", TraceFormat::Lackey},
                                           DetectCase{"sample.din", TraceFormat::Din},
                                           DetectCase{"sample.pinatrace", TraceFormat::Pin},
                                           DetectCase{"sample.plain", TraceFormat::Plain}));

TEST(DetectTraceFormat, HintsDecideWhenThereAreNoRecords)
{
    auto lackey = detectTraceFormat("==42== Lackey, an example Valgrind tool\n==42==\n", "t");
    ASSERT_TRUE(lackey);
    EXPECT_EQ(*lackey, TraceFormat::Lackey);
    auto pin = detectTraceFormat("#eof\n", "t");
    ASSERT_TRUE(pin);
    EXPECT_EQ(*pin, TraceFormat::Pin);
}

TEST(DetectTraceFormat, AStrayLineDoesNotChangeTheWinner)
{
    auto format = detectTraceFormat("garbage\n0 1000\n1 2000\n2 3000\n", "t");
    ASSERT_TRUE(format);
    EXPECT_EQ(*format, TraceFormat::Din);
}

TEST(OpenTrace, UnknownFormatNamesTheFileAndTheFirstRecordLine)
{
    auto opened = openTrace(dataPath("unknown.trace"));
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, TraceError::Kind::UnknownFormat);
    EXPECT_EQ(opened.error().message(),
              dataPath("unknown.trace")
                  + ":1: cannot tell the trace format: this line is not Lackey, din, pinatrace "
                    "or a plain address list; name the format explicitly");
}

TEST(OpenTrace, AnEmptyFileCannotBeDetectedButReadsEmptyWithAFormat)
{
    auto detected = openTrace(dataPath("empty.trace"));
    ASSERT_FALSE(detected);
    EXPECT_EQ(detected.error().kind, TraceError::Kind::Empty);
    EXPECT_EQ(detected.error().message(),
              dataPath("empty.trace")
                  + ": the trace is empty: there is nothing to tell its format from");

    auto named = openTrace(dataPath("empty.trace"), {}, TraceFormat::Plain);
    ASSERT_TRUE(named);
    EXPECT_TRUE(readAll(*named.value()).empty());
    EXPECT_FALSE(named.value()->failed());
}

TEST(OpenTrace, ANamedFormatIsUsedEvenWhenTheTextLooksLikeAnother)
{
    auto opened = openTrace(dataPath("sample.din"), {}, TraceFormat::Plain);
    ASSERT_TRUE(opened);
    EXPECT_TRUE(readAll(*opened.value()).empty());
    ASSERT_TRUE(opened.value()->failed());
    EXPECT_EQ(opened.value()->error()->message(),
              dataPath("sample.din") + ":1:3: expected R, W or X after the address");
}

TEST(OpenTrace, AMissingFileIsNamed)
{
    auto opened = openTrace(dataPath("no-such.lackey"));
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, TraceError::Kind::NotFound);
    EXPECT_EQ(opened.error().message(), dataPath("no-such.lackey") + ": no such file");
}

TEST(OpenTrace, ADirectoryIsRefused)
{
    const std::string dir = std::string(MMULAB_TEST_DATA) + "/traces";
    auto opened = openTrace(dir);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, TraceError::Kind::IsDirectory);
    EXPECT_EQ(opened.error().message(), dir + ": is a directory, not a trace file");
}

TEST(OpenTrace, AnUnreadableFileIsNamed)
{
    namespace fs = std::filesystem;
    const fs::path path = fs::path(::testing::TempDir()) / "mmulab_unreadable.trace";
    {
        std::ofstream out(path);
        out << "0x1000\n";
    }
    fs::permissions(path, fs::perms::none);
    if (std::ifstream(path).is_open()) {
        fs::remove(path);
        GTEST_SKIP() << "this user reads files regardless of their permissions (root?)";
    }
    auto opened = openTrace(path);
    fs::permissions(path, fs::perms::owner_all);
    fs::remove(path);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().kind, TraceError::Kind::Unreadable);
    EXPECT_EQ(opened.error().message().rfind(path.string() + ": cannot open the file for reading",
                                             0),
              0u)
        << opened.error().message();
}

TEST(TraceError, MessageLeavesOutWhatIsNotKnown)
{
    TraceError e;
    e.file = "t.din";
    e.what = "boom";
    EXPECT_EQ(e.message(), "t.din: boom");
    e.line = 7;
    EXPECT_EQ(e.message(), "t.din:7: boom");
    e.column = 3;
    EXPECT_EQ(e.message(), "t.din:7:3: boom");
}

} // namespace
