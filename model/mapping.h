// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageentry.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mmu {

/** A region of a process's address space (a VMA in Linux terms). */
struct Mapping {
    std::string name;
    uint64_t start = 0;
    uint64_t length = 0;
    Permissions perms;
    uint64_t pageSize = 4096; ///< 4 KiB, or a hugetlb size (2 MiB, 1 GiB)
    bool global = false;
    bool populated = true;    ///< every page mapped at creation (MAP_POPULATE); false = demand paging
    bool fileBacked = false;  ///< a file mapping: pages come from the file, clean pages can be dropped
    bool pageCacheWarm = false; ///< file pages are already in the page cache (first touch is minor)
    bool thp = false;         ///< transparent hugepages: 2 MiB pages on first touch where aligned
    bool locked = false;      ///< mlock: pages are never evicted
    bool sequential = false;  ///< MADV_SEQUENTIAL: uses do not make pages look recently used

    uint64_t end() const { return start + length; }
    bool contains(uint64_t va) const { return va >= start && va - start < length; }

    friend bool operator==(const Mapping &, const Mapping &) = default;
};

/**
 * A typical x86-64 Linux process: text, data, heap, a region of 2 MiB pages, one 1 GiB page,
 * an mmap area around the worked example 0x7fffa1b2c3d4, the stack just below
 * 0x7fff_ffff_f000, and a supervisor-only kernel text page. Addresses outside these fault.
 */
std::vector<Mapping> defaultProcessLayout();

/**
 * A process small enough for OSTEP's 15-bit address space and 128 frames: code, data, an
 * untouched heap page range and a stack, 16 pages each (32-byte pages).
 */
std::vector<Mapping> tinyProcessLayout();

/**
 * `layout` as `format` can hold it: base-page (4 KiB) mappings become mappings of the format's
 * base page, widened to its alignment (16 KiB, 64 KiB granules); mappings with a page size
 * the format lacks, or not canonical in it, or overlapping an earlier one after widening, are
 * left out.
 */
std::vector<Mapping> fitLayout(const std::vector<Mapping> &layout, const PagingFormat &format);

/** fitLayout(layout), or the fitted tinyProcessLayout() when none of `layout` fits (OSTEP). */
std::vector<Mapping> fitLayoutOrTiny(const std::vector<Mapping> &layout, const PagingFormat &format);

} // namespace mmu
