// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagingformat.h"

#include <cstdint>

namespace mmu {

/** What a mapping allows. Reading is implied for every present page on x86. */
struct Permissions {
    bool write = false;
    bool execute = false;
    bool user = true;

    friend bool operator==(const Permissions &, const Permissions &) = default;
};

/** An entry's bits, named. `leaf` says whether the walk ends at this entry. */
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
    uint64_t frame = 0; ///< physical address of the next table, or of the page for a leaf
};

/** Entry that points to the next-level table at `tablePhys`. Upper levels are permissive as on Linux. */
uint64_t makeTableEntry(const PagingFormat &format, uint64_t tablePhys);
/** Leaf entry at `level` that maps the page at `pagePhys` with the given permissions. */
uint64_t makeLeafEntry(const PagingFormat &format, int level, uint64_t pagePhys, Permissions perms, bool global);
/** Decodes an entry read at `level`. */
DecodedEntry decodeEntry(const PagingFormat &format, int level, uint64_t value);

inline bool testBit(uint64_t value, int bit)
{
    return bit >= 0 && ((value >> bit) & 1);
}
inline uint64_t bitMask(int bit)
{
    return bit >= 0 ? uint64_t{1} << bit : 0;
}

} // namespace mmu
