// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagingformat.h"
#include "physicalmemory.h"

#include <cstdint>

namespace mmu {

/**
 * An entry a lesson's author writes by hand once the OS has built the tables, to show what an
 * OS never makes: a misaligned RISC-V superpage, a reserved encoding. It is the entry the walk
 * of `va` reads at `level`; the levels above must already lead to that table.
 */
struct EntryPatch {
    uint64_t va = 0;
    int level = 0;
    uint64_t value = 0;

    friend bool operator==(const EntryPatch &, const EntryPatch &) = default;
};

/** Writes `patch` into the tables under `root`; false, and nothing written, when no table at its level is reached. */
bool applyEntryPatch(const PagingFormat &format, PhysicalMemory &memory, uint64_t root, const EntryPatch &patch);

} // namespace mmu
