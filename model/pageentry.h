// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagingformat.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace mmu {

/** What a mapping allows. Reading is implied for every present page on x86. */
struct Permissions {
    bool write = false;
    bool execute = false;
    bool user = true;

    friend bool operator==(const Permissions &, const Permissions &) = default;
};

/**
 * An entry's meaning for the walk, the same for every format. `present` says the walk may use
 * the entry: it is valid and well formed (a reserved encoding or a misaligned superpage is a
 * fault like a not-present entry, with `reserved` or `misaligned` saying why). `leaf` says
 * the walk ends here. `writable`, `user` and `noExecute` are what the entry contributes to the
 * permissions the walker combines over all levels: an entry that restricts nothing (a RISC-V
 * pointer, an AArch64 table without APTable/UXNTable) decodes as writable, user and executable.
 * `accessed`, `dirty`, `global` and `pageSize` are the entry's own bits where it has them.
 */
struct DecodedEntry {
    bool present = false;
    bool writable = false;
    bool user = false;
    bool writeThrough = false;
    bool cacheDisable = false;
    bool accessed = false;
    bool dirty = false;
    bool pageSize = false;
    bool global = false;
    bool noExecute = false;
    bool leaf = false;
    bool reserved = false;   ///< a reserved encoding: RISC-V W without R or a pointer at the last level, AArch64 type 0b01 where no block may be
    bool misaligned = false; ///< RISC-V superpage whose physical address is not aligned to its size
    uint64_t frame = 0; ///< physical address of the next table, or of the page for a leaf
};

/** One named bit of an entry, as its architecture names it (for views and the command line). */
struct EntryFlag {
    std::string_view name;
    int bit = 0;
    bool set = false;
};

/** Entry at `level` that points to the next-level table at `tablePhys`; it restricts nothing, as on Linux. */
uint64_t makeTableEntry(const PagingFormat &format, int level, uint64_t tablePhys);
/** makeTableEntry() for a level whose table entries all look alike (all but PAE's PDPT). */
uint64_t makeTableEntry(const PagingFormat &format, uint64_t tablePhys);
/** Leaf entry at `level` that maps the page at `pagePhys` with the given permissions. */
uint64_t makeLeafEntry(const PagingFormat &format, int level, uint64_t pagePhys, Permissions perms, bool global);
/** Decodes an entry read at `level`. */
DecodedEntry decodeEntry(const PagingFormat &format, int level, uint64_t value);
/**
 * The entry after the hardware marked it used: A (x86, RISC-V leaves), AF (AArch64 blocks and
 * pages, hardware-managed as with FEAT_HAFDBS). Unchanged where the entry has no such bit
 * (PAE PDPTEs, RISC-V pointers, AArch64 tables, OSTEP).
 */
uint64_t markAccessed(const PagingFormat &format, int level, uint64_t value);
/**
 * The leaf after the hardware recorded a write: D (x86, RISC-V); AArch64 with DBM = 1 clears
 * AP[2] (writable-clean becomes writable-dirty, FEAT_HAFDBS). Unchanged where nothing records
 * a write, so `markDirty(v) == v` means a write needs no entry update.
 */
uint64_t markDirty(const PagingFormat &format, int level, uint64_t value);
/** The entry's named bits that mean something at this level and for this kind of entry, in bit order. */
std::vector<EntryFlag> entryFlags(const PagingFormat &format, int level, uint64_t value);

inline bool testBit(uint64_t value, int bit)
{
    return bit >= 0 && ((value >> bit) & 1);
}
inline uint64_t bitMask(int bit)
{
    return bit >= 0 ? uint64_t{1} << bit : 0;
}

} // namespace mmu
