// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagingformat.h"
#include "result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mmu {

/** Why a typed address was refused, and where (1-based column in the text as typed). */
struct AddressError {
    enum class Kind {
        Empty,              ///< nothing but white space
        NoDigits,           ///< "0x" and nothing after it
        InvalidCharacter,   ///< a character that is not a hex digit or separator
        MisplacedSeparator, ///< '_' or '\'' not between two hex digits
        TooWide,            ///< a bit at or above the format's address width is set
    };
    Kind kind = Kind::Empty;
    int column = 0;          ///< 1-based byte column of the offending character
    unsigned char character = 0;
    int bit = -1;            ///< TooWide: the highest set bit
    int addressBits = 64;    ///< TooWide: the format's address width
    std::string formatId;    ///< TooWide: the format's name

    /** Plain English for the command line; the GUI builds its own translated text from the fields. */
    std::string message() const;
};

/**
 * Parses a hexadecimal address as people type it: optional 0x/0X, upper or lower case,
 * digit separators '_' and '\'' between digits, white space around it.
 */
Result<uint64_t, AddressError> parseAddress(std::string_view text, const PagingFormat &format);

/** One coloured field of a sliced address. */
struct AddressField {
    std::string name; ///< a level name, or "offset"
    int hi = 0;
    int lo = 0;
    uint64_t value = 0;
};

/** The address cut into the index of every level and the offset within the smallest page. */
std::vector<AddressField> sliceAddress(uint64_t va, const PagingFormat &format);

/** "0x00007fff_a1b2c3d4"-style hex with the given number of digits, grouped for reading. */
std::string hexGrouped(uint64_t value, int digits);
/** "0x7fffa1b2c3d4": shortest lower-case hex with 0x, as in JSON output. */
std::string hex(uint64_t value);

} // namespace mmu
