// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small inline scanners shared by the trace readers. They work on raw pointers into the read
// buffer because they run once per field of every line of traces of gigabytes.

#include "tracereader.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace mmu::tracetext {

inline constexpr uint8_t NotADigit = 0xff;

inline constexpr std::array<uint8_t, 256> HexValue = [] {
    std::array<uint8_t, 256> t{};
    for (auto &v : t)
        v = NotADigit;
    for (int c = '0'; c <= '9'; ++c)
        t[static_cast<std::size_t>(c)] = static_cast<uint8_t>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        t[static_cast<std::size_t>(c)] = static_cast<uint8_t>(c - 'a' + 10);
    for (int c = 'A'; c <= 'F'; ++c)
        t[static_cast<std::size_t>(c)] = static_cast<uint8_t>(c - 'A' + 10);
    return t;
}();

inline uint8_t hexValue(char c)
{
    return HexValue[static_cast<unsigned char>(c)];
}

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline bool isDecimal(char c)
{
    return c >= '0' && c <= '9';
}

inline const char *skipBlanks(const char *p, const char *end)
{
    while (p != end && isBlank(*p))
        ++p;
    return p;
}

/** Skips "0x" or "0X" when it stands in front of a number. */
inline const char *skipHexPrefix(const char *p, const char *end)
{
    if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
        return p + 2;
    return p;
}

enum class Number : uint8_t { Ok, Missing, TooLarge };

/** Reads hex digits at `p` (leading zeros allowed) and moves `p` past them. */
inline Number readHex(const char *&p, const char *end, uint64_t &value)
{
    const char *start = p;
    uint64_t v = 0;
    for (; p != end; ++p) {
        const uint8_t d = hexValue(*p);
        if (d == NotADigit)
            break;
        if (v >> 60)
            return Number::TooLarge;
        v = (v << 4) | d;
    }
    if (p == start)
        return Number::Missing;
    value = v;
    return Number::Ok;
}

/** Reads decimal digits at `p` and moves `p` past them; TooLarge above `max`. */
inline Number readDecimal(const char *&p, const char *end, uint64_t max, uint64_t &value)
{
    const char *start = p;
    uint64_t v = 0;
    for (; p != end && isDecimal(*p); ++p) {
        v = v * 10 + static_cast<uint64_t>(*p - '0');
        if (v > max)
            return Number::TooLarge;
    }
    if (p == start)
        return Number::Missing;
    value = v;
    return Number::Ok;
}

/** 1-based column of `p` in `line`. */
inline uint32_t columnOf(std::string_view line, const char *p)
{
    return static_cast<uint32_t>(p - line.data()) + 1;
}

/** Fills in `error` for a line parser and returns its "bad line" value, -1. */
inline int fail(LineError &error, std::string_view line, const char *at, const char *what)
{
    error.column = columnOf(line, at);
    error.what = what;
    return -1;
}

} // namespace mmu::tracetext
