// SPDX-License-Identifier: GPL-3.0-or-later
#include "address.h"

#include <cstdio>

namespace mmu {

namespace {

int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isSeparator(unsigned char c)
{
    return c == '_' || c == '\'';
}

std::string describeCharacter(unsigned char c)
{
    if (c >= 0x21 && c < 0x7f)
        return std::string("'") + static_cast<char>(c) + "'";
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", c);
    return c == ' ' ? std::string("a space") : std::string("byte ") + buf;
}

int highestBit(unsigned digit)
{
    int b = -1;
    while (digit) {
        ++b;
        digit >>= 1;
    }
    return b;
}

} // namespace

std::string AddressError::message() const
{
    const std::string where = "column " + std::to_string(column);
    switch (kind) {
    case Kind::Empty:
        return "empty address: type a hexadecimal virtual address such as 0x7fffa1b2c3d4";
    case Kind::NoDigits:
        return "no hex digits after '0x' (" + where + ")";
    case Kind::InvalidCharacter:
        return describeCharacter(character) + " at " + where + " is not a hex digit";
    case Kind::MisplacedSeparator:
        return "digit separator " + describeCharacter(character) + " at " + where
            + " must stand between two hex digits";
    case Kind::TooWide:
        return "bit " + std::to_string(bit) + " is set (" + where + "), but " + formatId + " addresses have "
            + std::to_string(addressBits) + " bits (0.." + std::to_string(addressBits - 1) + ")";
    }
    return {};
}

Result<uint64_t, AddressError> parseAddress(std::string_view text, const PagingFormat &format)
{
    AddressError err;
    size_t begin = 0;
    size_t end = text.size();
    while (begin < end && isSpace(static_cast<unsigned char>(text[begin])))
        ++begin;
    while (end > begin && isSpace(static_cast<unsigned char>(text[end - 1])))
        --end;
    if (begin == end) {
        err.kind = AddressError::Kind::Empty;
        err.column = 1;
        return err;
    }

    size_t pos = begin;
    if (end - pos >= 2 && text[pos] == '0' && (text[pos + 1] == 'x' || text[pos + 1] == 'X'))
        pos += 2;
    if (pos == end) {
        err.kind = AddressError::Kind::NoDigits;
        err.column = static_cast<int>(pos) + 1;
        return err;
    }

    // Syntax, so that the reported column is the first offending character: a character that
    // can never appear is worse than a separator in the wrong place, so it is looked for first.
    for (size_t i = pos; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (hexValue(c) < 0 && !isSeparator(c)) {
            err.kind = AddressError::Kind::InvalidCharacter;
            err.column = static_cast<int>(i) + 1;
            err.character = c;
            return err;
        }
    }
    for (size_t i = pos; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!isSeparator(c))
            continue;
        const bool before = i > pos && hexValue(static_cast<unsigned char>(text[i - 1])) >= 0;
        const bool after = i + 1 < end && hexValue(static_cast<unsigned char>(text[i + 1])) >= 0;
        if (!(before && after)) {
            err.kind = AddressError::Kind::MisplacedSeparator;
            err.column = static_cast<int>(i) + 1;
            err.character = c;
            return err;
        }
    }

    // Second pass: value. Leading zeros never make an address too wide.
    uint64_t value = 0;
    int significantDigits = 0;
    int firstDigitBit = -1;
    size_t firstColumn = 0;
    for (size_t i = pos; i < end; ++i) {
        const int d = hexValue(static_cast<unsigned char>(text[i]));
        if (d < 0)
            continue;
        if (significantDigits == 0 && d == 0)
            continue;
        if (significantDigits == 0) {
            firstDigitBit = highestBit(static_cast<unsigned>(d));
            firstColumn = i + 1;
        }
        ++significantDigits;
        if (significantDigits <= 16)
            value = (value << 4) | static_cast<uint64_t>(d);
    }
    if (significantDigits > 0) {
        const int top = 4 * (significantDigits - 1) + firstDigitBit;
        if (top >= format.addressBits) {
            err.kind = AddressError::Kind::TooWide;
            err.bit = top;
            err.column = static_cast<int>(firstColumn);
            err.addressBits = format.addressBits;
            err.formatId = format.id;
            return err;
        }
    }
    return value;
}

std::vector<AddressField> sliceAddress(uint64_t va, const PagingFormat &format)
{
    std::vector<AddressField> fields;
    fields.reserve(format.levels.size() + 1);
    for (int i = 0; i < format.levelCount(); ++i) {
        const PagingLevel &l = format.levels[i];
        fields.push_back({l.name, l.indexHi, l.indexLo, format.index(va, i)});
    }
    fields.push_back({"offset", format.pageShift - 1, 0, va & (format.pageSize() - 1)});
    return fields;
}

std::string hexGrouped(uint64_t value, int digits)
{
    std::string s = "0x";
    for (int i = digits - 1; i >= 0; --i) {
        s += "0123456789abcdef"[(value >> (4 * i)) & 0xf];
        if (i > 0 && i % 8 == 0)
            s += '_';
    }
    return s;
}

std::string hex(uint64_t value)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(value));
    return buf;
}

} // namespace mmu
