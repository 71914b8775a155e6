// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageentry.h"
#include "pagingformat.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mmu {

/** What an entry does for the walk, in the terms shared by all formats. */
enum class EntryKind : uint8_t {
    Invalid,  ///< not valid (x86 P = 0, RISC-V V = 0, AArch64 bit 0 = 0, OSTEP bit 7 = 0)
    Reserved, ///< valid but an encoding the hardware faults on (or a misaligned RISC-V superpage)
    Table,    ///< points to the next table (x86 PS = 0, RISC-V R = W = X = 0, AArch64 table descriptor)
    Block,    ///< a leaf above the last level (x86 PS = 1, RISC-V superpage, AArch64 block descriptor)
    Page,     ///< a leaf at the last level
};

/** A run of bits of an entry with the name its architecture gives it; `value` is bits hi..lo shifted down. */
struct EntryField {
    std::string_view name;
    int hi = 0;
    int lo = 0;
    uint64_t value = 0;
};

/**
 * An entry as its own architecture documents it, for the walk view and the command line
 * alike: the entry's name at its level (PML4E, PDE, PTE; every RISC-V entry is a PTE; an
 * AArch64 descriptor is named by its level), its kind, its one-bit flags (entryFlags), its
 * multi-bit fields other than the address (AArch64 AttrIndx, SH) and the field that holds
 * the address (x86 frame, RISC-V PPN, AArch64 output address or next-level table address,
 * OSTEP PFN).
 */
struct EntryDescription {
    std::string entryName;
    EntryKind kind = EntryKind::Invalid;
    std::vector<EntryFlag> flags;
    std::vector<EntryField> fields;
    EntryField address;
    DecodedEntry decoded;
};

EntryDescription describeEntry(const PagingFormat &format, int level, uint64_t value);

/** "invalid", "reserved", "table", "block", "page": stable identifiers for JSON. */
std::string_view toId(EntryKind kind);

} // namespace mmu
