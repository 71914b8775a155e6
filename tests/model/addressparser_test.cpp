// SPDX-License-Identifier: GPL-3.0-or-later
// parseAddress(): what people type, what is accepted, and the exact messages for what is not.
// Columns are 1-based byte columns in the text as typed, leading white space included.
#include "address.h"
#include "pagingformat.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>
#include <string>

namespace {

using mmu::AddressError;
using mmu::parseAddress;

// ---------------------------------------------------------------------------------------------
// Accepted input

struct Accepted {
    const char *name;
    std::string text;
    uint64_t value;
};

void PrintTo(const Accepted &a, std::ostream *os)
{
    *os << a.name;
}

class ParseAccepted : public testing::TestWithParam<Accepted> {};

TEST_P(ParseAccepted, GivesTheValue)
{
    const Accepted &c = GetParam();
    const auto r = parseAddress(c.text, mmu::x86_64Format());
    ASSERT_TRUE(r.ok()) << "'" << c.text << "' refused: " << r.error().message();
    EXPECT_EQ(r.value(), c.value);
}

INSTANTIATE_TEST_SUITE_P(
    Address, ParseAccepted,
    testing::Values(
        Accepted{"Zero", "0", uint64_t{0}},
        Accepted{"ZeroWithPrefix", "0x0", uint64_t{0}},
        Accepted{"WithoutPrefix", "7fffa1b2c3d4", uint64_t{0x7fffa1b2c3d4}},
        Accepted{"LowerCase", "0xabcdef", uint64_t{0xabcdef}},
        Accepted{"UpperCase", "0xABCDEF", uint64_t{0xabcdef}},
        Accepted{"MixedCase", "0xAbCdEf", uint64_t{0xabcdef}},
        Accepted{"UpperCasePrefix", "0X7FFFA1B2C3D4", uint64_t{0x7fffa1b2c3d4}},
        Accepted{"UnderscoreSeparators", "0x0000_7fff_a1b2_c3d4", uint64_t{0x7fffa1b2c3d4}},
        Accepted{"QuoteSeparators", "0x0000'7fff'a1b2'c3d4", uint64_t{0x7fffa1b2c3d4}},
        Accepted{"MixedSeparators", "0x7fff_a1b2'c3d4", uint64_t{0x7fffa1b2c3d4}},
        Accepted{"SeparatorEveryDigit", "1_2_3_4", uint64_t{0x1234}},
        Accepted{"SurroundingWhiteSpace", " \t 0x1234 \n", uint64_t{0x1234}},
        Accepted{"AllOnes", "0xffffffffffffffff", ~uint64_t{0}},
        Accepted{"AllOnesGrouped", "0xffff_ffff_ffff_ffff", ~uint64_t{0}},
        Accepted{"LowestKernelAddress", "0xffff800000000000", uint64_t{0xffff800000000000}},
        // Leading zeros never count toward the width: 20 digits, value fits in 64 bits.
        Accepted{"LeadingZerosBeyond16Digits", "0x00000000000000000001", uint64_t{1}},
        Accepted{"SeventeenZerosThenSixteenF", "0x00000000000000000ffffffffffffffff", ~uint64_t{0}},
        Accepted{"LeadingZerosGrouped", "0x0000_0000_8000_0000_0000_0000", uint64_t{0x8000000000000000}}),
    [](const testing::TestParamInfo<Accepted> &c) { return std::string(c.param.name); });

TEST(ParseAddress, La57FormatAcceptsTheSameSyntax)
{
    const auto r = parseAddress("0xff00_0000_0000_0000", mmu::x86_64La57Format());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), uint64_t{0xff00000000000000});
}

// ---------------------------------------------------------------------------------------------
// Refused input: kind, column, and the exact message

struct Refused {
    const char *name;
    std::string text;
    AddressError::Kind kind;
    int column;
    std::string message;
};

void PrintTo(const Refused &r, std::ostream *os)
{
    *os << r.name;
}

class ParseRefused : public testing::TestWithParam<Refused> {};

TEST_P(ParseRefused, SaysWhatAndWhere)
{
    const Refused &c = GetParam();
    const auto r = parseAddress(c.text, mmu::x86_64Format());
    ASSERT_FALSE(r.ok()) << "accepted as " << r.value();
    const AddressError &e = r.error();
    EXPECT_EQ(e.kind, c.kind);
    EXPECT_EQ(e.column, c.column);
    EXPECT_EQ(e.message(), c.message);
}

const std::string EmptyMessage = "empty address: type a hexadecimal virtual address such as 0x7fffa1b2c3d4";

INSTANTIATE_TEST_SUITE_P(
    Empty, ParseRefused,
    testing::Values(
        Refused{"Nothing", "", AddressError::Kind::Empty, 1, EmptyMessage},
        Refused{"Spaces", "   ", AddressError::Kind::Empty, 1, EmptyMessage},
        Refused{"MixedWhiteSpace", " \t\r\n\f\v ", AddressError::Kind::Empty, 1, EmptyMessage}),
    [](const testing::TestParamInfo<Refused> &c) { return std::string(c.param.name); });

INSTANTIATE_TEST_SUITE_P(
    NoDigits, ParseRefused,
    testing::Values(
        Refused{"PrefixOnly", "0x", AddressError::Kind::NoDigits, 3, "no hex digits after '0x' (column 3)"},
        Refused{"UpperPrefixOnly", "0X", AddressError::Kind::NoDigits, 3, "no hex digits after '0x' (column 3)"},
        // Leading white space counts: "  0x" has the missing digit at column 5.
        Refused{"PrefixAfterSpaces", "  0x  ", AddressError::Kind::NoDigits, 5, "no hex digits after '0x' (column 5)"}),
    [](const testing::TestParamInfo<Refused> &c) { return std::string(c.param.name); });

INSTANTIATE_TEST_SUITE_P(
    InvalidCharacter, ParseRefused,
    testing::Values(
        Refused{"LetterG", "0x12g4", AddressError::Kind::InvalidCharacter, 5, "'g' at column 5 is not a hex digit"},
        Refused{"FirstCharacter", "z", AddressError::Kind::InvalidCharacter, 1, "'z' at column 1 is not a hex digit"},
        Refused{"RightAfterPrefix", "0xq", AddressError::Kind::InvalidCharacter, 3, "'q' at column 3 is not a hex digit"},
        Refused{"ColumnCountsLeadingSpaces", "   0x12z4", AddressError::Kind::InvalidCharacter, 8,
                "'z' at column 8 is not a hex digit"},
        Refused{"ColumnCountsLeadingTab", "\t0xg", AddressError::Kind::InvalidCharacter, 4,
                "'g' at column 4 is not a hex digit"},
        Refused{"FirstOfSeveral", "0x1h2k", AddressError::Kind::InvalidCharacter, 4, "'h' at column 4 is not a hex digit"},
        Refused{"InnerSpace", "0x12 34", AddressError::Kind::InvalidCharacter, 5, "a space at column 5 is not a hex digit"},
        Refused{"Negative", "-1", AddressError::Kind::InvalidCharacter, 1, "'-' at column 1 is not a hex digit"},
        Refused{"PlusSign", "+1", AddressError::Kind::InvalidCharacter, 1, "'+' at column 1 is not a hex digit"},
        Refused{"PrefixWithoutZero", "x12", AddressError::Kind::InvalidCharacter, 1, "'x' at column 1 is not a hex digit"},
        Refused{"DoublePrefix", "0x0x12", AddressError::Kind::InvalidCharacter, 4, "'x' at column 4 is not a hex digit"},
        Refused{"HexSuffix", "1234h", AddressError::Kind::InvalidCharacter, 5, "'h' at column 5 is not a hex digit"},
        Refused{"NulByte", std::string("0x12\0" "34", 7), AddressError::Kind::InvalidCharacter, 5,
                "byte \\x00 at column 5 is not a hex digit"},
        Refused{"DelByte", "0x1\x7f", AddressError::Kind::InvalidCharacter, 4, "byte \\x7f at column 4 is not a hex digit"},
        // "é" in UTF-8 is the two bytes c3 a9: the first one is reported.
        Refused{"NonAsciiUtf8", "0x12\xc3\xa9", AddressError::Kind::InvalidCharacter, 5,
                "byte \\xc3 at column 5 is not a hex digit"},
        Refused{"HighByte", "\xff", AddressError::Kind::InvalidCharacter, 1, "byte \\xff at column 1 is not a hex digit"}),
    [](const testing::TestParamInfo<Refused> &c) { return std::string(c.param.name); });

INSTANTIATE_TEST_SUITE_P(
    MisplacedSeparator, ParseRefused,
    testing::Values(
        Refused{"LeadingUnderscore", "_12", AddressError::Kind::MisplacedSeparator, 1,
                "digit separator '_' at column 1 must stand between two hex digits"},
        Refused{"UnderscoreAfterPrefix", "0x_12", AddressError::Kind::MisplacedSeparator, 3,
                "digit separator '_' at column 3 must stand between two hex digits"},
        Refused{"TrailingUnderscore", "0x12_", AddressError::Kind::MisplacedSeparator, 5,
                "digit separator '_' at column 5 must stand between two hex digits"},
        Refused{"DoubledUnderscore", "0x12__34", AddressError::Kind::MisplacedSeparator, 5,
                "digit separator '_' at column 5 must stand between two hex digits"},
        Refused{"LeadingQuote", "'12", AddressError::Kind::MisplacedSeparator, 1,
                "digit separator ''' at column 1 must stand between two hex digits"},
        Refused{"TrailingQuote", "0x12'", AddressError::Kind::MisplacedSeparator, 5,
                "digit separator ''' at column 5 must stand between two hex digits"},
        Refused{"DoubledQuote", "0x12''34", AddressError::Kind::MisplacedSeparator, 5,
                "digit separator ''' at column 5 must stand between two hex digits"},
        Refused{"UnderscoreThenQuote", "12_'34", AddressError::Kind::MisplacedSeparator, 3,
                "digit separator '_' at column 3 must stand between two hex digits"},
        Refused{"SeparatorAfterSpaces", "  _1", AddressError::Kind::MisplacedSeparator, 3,
                "digit separator '_' at column 3 must stand between two hex digits"}),
    [](const testing::TestParamInfo<Refused> &c) { return std::string(c.param.name); });

// 17 significant hex digits: the top digit's lowest bit is bit 4 × 16 = 64.
INSTANTIATE_TEST_SUITE_P(
    TooWide, ParseRefused,
    testing::Values(
        Refused{"SeventeenDigits", "0x10000000000000000", AddressError::Kind::TooWide, 3,
                "bit 64 is set (column 3), but x86-64 addresses have 64 bits (0..63)"},
        Refused{"SeventeenDigitsTopF", "0xf0000000000000000", AddressError::Kind::TooWide, 3,
                "bit 67 is set (column 3), but x86-64 addresses have 64 bits (0..63)"},
        Refused{"SeventeenDigitsTop2", "0x2_0000_0000_0000_0000", AddressError::Kind::TooWide, 3,
                "bit 65 is set (column 3), but x86-64 addresses have 64 bits (0..63)"},
        Refused{"EighteenDigits", "100000000000000000", AddressError::Kind::TooWide, 1,
                "bit 68 is set (column 1), but x86-64 addresses have 64 bits (0..63)"},
        // Column of the first significant digit, after leading zeros and a separator.
        Refused{"AfterLeadingZeros", "0x0000_1_0000_0000_0000_0000", AddressError::Kind::TooWide, 8,
                "bit 64 is set (column 8), but x86-64 addresses have 64 bits (0..63)"},
        Refused{"AfterSpaces", "  0x10000000000000000", AddressError::Kind::TooWide, 5,
                "bit 64 is set (column 5), but x86-64 addresses have 64 bits (0..63)"}),
    [](const testing::TestParamInfo<Refused> &c) { return std::string(c.param.name); });

TEST(ParseAddress, TooWideRecordsBitAndFormat)
{
    const auto r = parseAddress("0x1_0000_0000_0000_0000", mmu::x86_64Format());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().bit, 64);
    EXPECT_EQ(r.error().addressBits, 64);
    EXPECT_EQ(r.error().formatId, "x86-64");
}

TEST(ParseAddress, TooWideNamesTheLa57Format)
{
    const auto r = parseAddress("0x10000000000000000", mmu::x86_64La57Format());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, AddressError::Kind::TooWide);
    EXPECT_EQ(r.error().message(), "bit 64 is set (column 3), but x86-64-la57 addresses have 64 bits (0..63)");
}

TEST(ParseAddress, InvalidCharacterRecordsTheByte)
{
    const auto r = parseAddress("0x1\xe2\x82\xac", mmu::x86_64Format()); // "€"
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().character, 0xe2u);
    EXPECT_EQ(r.error().column, 4);
}

TEST(ParseAddress, SyntaxErrorIsReportedBeforeWidth)
{
    // Too wide and a bad character further right: the character is the first thing wrong.
    const auto r = parseAddress("0x100000000000000000g", mmu::x86_64Format());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, AddressError::Kind::InvalidCharacter);
    EXPECT_EQ(r.error().column, 21);
}

} // namespace
