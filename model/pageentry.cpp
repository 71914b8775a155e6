// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageentry.h"

namespace mmu {

namespace {

/** Physical-address bits lo..physBits-1 of an entry (x86 stores them in place). */
uint64_t frameMask(const PagingFormat &f, int lo)
{
    const uint64_t below = f.physBits >= 64 ? ~uint64_t{0} : (uint64_t{1} << f.physBits) - 1;
    return below & (~uint64_t{0} << lo);
}

} // namespace

uint64_t makeTableEntry(const PagingFormat &f, uint64_t tablePhys)
{
    const EntryLayout &e = f.entry;
    return (tablePhys & frameMask(f, f.pageShift)) | bitMask(e.present) | bitMask(e.writable) | bitMask(e.user);
}

uint64_t makeLeafEntry(const PagingFormat &f, int level, uint64_t pagePhys, Permissions perms, bool global)
{
    const EntryLayout &e = f.entry;
    const bool last = level == f.levelCount() - 1;
    uint64_t v = (pagePhys & frameMask(f, f.levels[level].indexLo)) | bitMask(e.present);
    if (perms.write)
        v |= bitMask(e.writable);
    if (perms.user)
        v |= bitMask(e.user);
    if (!perms.execute)
        v |= bitMask(e.noExecute);
    if (global)
        v |= bitMask(e.global);
    if (!last)
        v |= bitMask(e.pageSize);
    return v;
}

DecodedEntry decodeEntry(const PagingFormat &f, int level, uint64_t v)
{
    const EntryLayout &e = f.entry;
    const bool last = level == f.levelCount() - 1;
    DecodedEntry d;
    d.present = testBit(v, e.present);
    d.writable = testBit(v, e.writable);
    d.user = testBit(v, e.user);
    d.writeThrough = testBit(v, e.writeThrough);
    d.cacheDisable = testBit(v, e.cacheDisable);
    d.accessed = testBit(v, e.accessed);
    // In a PTE bit 7 is PAT, not PS; dirty and global only mean something in a leaf.
    d.pageSize = !last && f.levels[level].mayBeLeaf && testBit(v, e.pageSize);
    d.leaf = last || d.pageSize;
    d.dirty = d.leaf && testBit(v, e.dirty);
    d.global = d.leaf && testBit(v, e.global);
    d.noExecute = testBit(v, e.noExecute);
    d.frame = v & frameMask(f, d.leaf ? f.levels[level].indexLo : f.pageShift);
    return d;
}

} // namespace mmu
