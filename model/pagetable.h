// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameallocator.h"
#include "pageentry.h"
#include "pagingformat.h"
#include "physicalmemory.h"
#include "result.h"

#include <cstdint>
#include <optional>

namespace mmu {

enum class MapError {
    Misaligned,          ///< virtual or physical address not aligned to the page size
    UnsupportedPageSize, ///< the format has no leaf of that size
    NonCanonical,        ///< the virtual address is not canonical
    AlreadyMapped,       ///< a page (or a larger leaf) already covers the address
    OutOfMemory,         ///< no frame left for a page table
    Overlap,             ///< a new mapping overlaps an existing one
    NotMapped,           ///< mprotect of a range that is not (entirely) mapped
    EmptyRange,          ///< zero length, or a range that wraps around
    SplitsHugePage,      ///< munmap/mprotect would cut a 2 MiB or 1 GiB page in two
};
const char *toString(MapError e);

/** Where the software walk found the leaf of an address. */
struct LeafLocation {
    int level = 0;
    uint64_t entryAddress = 0;
    uint64_t entry = 0;
};

/**
 * One address space's page tables, stored as real entries in simulated physical memory.
 * Table frames come from the frame allocator on demand; `root()` is what CR3 holds.
 * This is the operating system's side: it writes entries; the MMU only reads them.
 */
class PageTable {
public:
    PageTable(const PagingFormat &format, PhysicalMemory &memory, FrameAllocator &frames);
    ~PageTable();
    PageTable(const PageTable &) = delete;
    PageTable &operator=(const PageTable &) = delete;

    const PagingFormat &format() const { return *m_format; }
    uint64_t root() const { return m_root; }

    /** Maps one page of `pageSize` at `va` to `pa`. */
    Result<bool, MapError> map(uint64_t va, uint64_t pageSize, uint64_t pa, Permissions perms, bool global = false);
    /** Clears the leaf that maps `va` and returns it; empty tables are kept (as Linux does). */
    std::optional<LeafLocation> unmap(uint64_t va);
    /** The present leaf mapping `va`, found without touching A/D bits. */
    std::optional<LeafLocation> findLeaf(uint64_t va) const;
    /** Rewrites a leaf entry in place (protection change, A/D reset). */
    void writeEntry(uint64_t entryAddress, uint64_t value);

    uint64_t tableFrames() const { return m_tableFrames; }
    uint64_t tableBytes() const { return m_tableFrames * m_memory->frameBytes(); }

private:
    std::optional<uint64_t> newTable();

    const PagingFormat *m_format;
    PhysicalMemory *m_memory;
    FrameAllocator *m_frames;
    uint64_t m_root = 0;
    uint64_t m_tableFrames = 0;
};

} // namespace mmu
