// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mmu {

/** One level of the radix tree: its name and the virtual-address bits that index it. */
struct PagingLevel {
    std::string name;
    int indexHi = 0;        ///< highest virtual-address bit of the index
    int indexLo = 0;        ///< lowest virtual-address bit of the index
    bool mayBeLeaf = false; ///< the hardware accepts a leaf (PS=1, superpage, block) here

    int indexBits() const { return indexHi - indexLo + 1; }
    uint64_t entryCount() const { return uint64_t{1} << indexBits(); }
    /** A leaf at this level maps everything below its index: 2^indexLo bytes. */
    uint64_t leafPageSize() const { return uint64_t{1} << indexLo; }
};

/** How an architecture family gives meaning to the bits of an entry. */
enum class EntryStyle { X86 };

/**
 * Bit positions of a page-table entry; -1 where the format has no such bit.
 * x86-64 layout from the Intel SDM vol. 3 §4.5, table 4-15 to 4-20.
 */
struct EntryLayout {
    int present = -1;
    int writable = -1;
    int user = -1;
    int writeThrough = -1;
    int cacheDisable = -1;
    int accessed = -1;
    int dirty = -1;
    int pageSize = -1;
    int global = -1;
    int noExecute = -1;
};

/**
 * A paging format described as data: the levels and their index bits, the entry size and
 * layout, which levels may hold leaves, and the canonical-address rule. The walker and the
 * views are written against this description, not against one architecture.
 */
struct PagingFormat {
    std::string id;          ///< command-line name, e.g. "x86-64"
    std::string displayName; ///< e.g. "x86-64 4-level"
    int addressBits = 64;    ///< width of an address register (64 on x86-64)
    int vaBits = 48;         ///< bits that are translated; the rest is sign extension
    int physBits = 52;       ///< MAXPHYADDR: the frame bits an entry can hold
    int entryBytes = 8;
    int pageShift = 12; ///< smallest page and table-frame size
    bool signExtended = true;
    EntryStyle style = EntryStyle::X86;
    EntryLayout entry;
    std::vector<PagingLevel> levels; ///< root first

    int levelCount() const { return static_cast<int>(levels.size()); }
    uint64_t pageSize() const { return uint64_t{1} << pageShift; }
    uint64_t tableBytes(int level) const { return levels[level].entryCount() * entryBytes; }
    uint64_t index(uint64_t va, int level) const
    {
        const PagingLevel &l = levels[level];
        return (va >> l.indexLo) & (l.entryCount() - 1);
    }
    /** Canonical: the bits above vaBits-1 repeat bit vaBits-1 (or are zero without sign extension). */
    bool isCanonical(uint64_t va) const;
    /** The address with its upper bits made canonical from bit vaBits-1. */
    uint64_t canonicalize(uint64_t va) const;
    /** Index of the level whose leaves have this size, or -1. */
    int leafLevelFor(uint64_t pageSize) const;
    /** Page sizes a leaf can have, smallest first. */
    std::vector<uint64_t> leafPageSizes() const;
};

const PagingFormat &x86_64Format();
const PagingFormat &x86_64La57Format();

/** All formats the model knows, in the order a selector should list them. */
const std::vector<const PagingFormat *> &allFormats();
/** The format with this command-line name, or nullptr. */
const PagingFormat *findFormat(std::string_view id);

} // namespace mmu
