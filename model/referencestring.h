// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replacementpolicy.h"
#include "result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mmu {

/** One entry of a reference string: a page and whether the access writes it. */
struct PageReference {
    uint64_t page = 0;
    bool write = false;

    bool operator==(const PageReference &) const = default;
};

/** Why a reference string was refused, and where. */
struct ReferenceStringError {
    enum class Kind {
        Empty,             ///< nothing but white space
        EmptyItem,         ///< nothing between two commas, or after the last one
        NotANumber,        ///< the item does not start with a digit
        Negative,          ///< a '-' before the digits
        TooLarge,          ///< above 2^64 - 1
        TrailingCharacter, ///< something other than the 'w' suffix after the digits
    };
    Kind kind = Kind::Empty;
    int item = 0;           ///< 1-based position in the list
    int column = 0;         ///< 1-based byte column of the offending character in the whole text
    unsigned char character = 0; ///< NotANumber, TrailingCharacter: the offending character
    std::string digits;     ///< TooLarge: the number as written

    /** Plain English for the command line; the GUI builds its own translated text from the fields. */
    std::string message() const;
};

/** One access of a replay: what happened and the frames afterwards, for a view to draw. */
struct ReferenceStep {
    uint64_t page = 0;
    bool write = false;
    bool hit = false;
    int slot = -1;                       ///< the slot holding the page afterwards (-1: no frames)
    std::optional<uint64_t> victim;      ///< the page evicted to make room
    bool victimDirty = false;            ///< the victim had been written and goes back to disk
    std::vector<std::optional<uint64_t>> frames; ///< the page in each slot afterwards
    std::optional<int> hand;             ///< CLOCK, second chance: the hand afterwards
    std::vector<bool> referenced;        ///< CLOCK, second chance: each slot's reference bit afterwards
};

/** The result of a replay: steps (when recorded) and totals. */
struct ReferenceRun {
    std::vector<ReferenceStep> steps;
    uint64_t hits = 0;
    uint64_t misses = 0;
    uint64_t writeBacks = 0; ///< dirty victims
};

/**
 * A page-reference string, the classic exercise of page replacement: "1,2,3,4,1,2,5", where a
 * 'w' after a number ("3w") marks a write, which makes the page dirty. replay() runs it through
 * a policy with the policy's number of frames: a missing page takes the lowest free frame while
 * there is one, otherwise the policy's victim's frame. The replay knows the whole string, so it
 * tells OPT every page's next use (its 0-based position).
 */
class ReferenceString {
public:
    ReferenceString() = default;
    explicit ReferenceString(std::vector<PageReference> references);

    /** Comma-separated page numbers (decimal), each optionally followed by 'w' or 'W'; blanks around items are allowed. */
    static Result<ReferenceString, ReferenceStringError> parse(std::string_view text);

    const std::vector<PageReference> &references() const { return m_references; }
    size_t size() const { return m_references.size(); }
    bool empty() const { return m_references.empty(); }

    /**
     * Replays the string through `policy`, starting from empty frames (pages the policy still
     * holds are freed first). With `recordSteps` false only the totals are kept, and the loop
     * allocates nothing.
     */
    ReferenceRun replay(ReplacementPolicy &policy, bool recordSteps = true) const;

private:
    std::vector<PageReference> m_references;
};

} // namespace mmu
