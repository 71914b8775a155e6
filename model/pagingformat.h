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

/**
 * How an architecture family gives meaning to the bits of an entry; pageentry.cpp switches on
 * it to encode and decode entries, so the walker only ever sees a DecodedEntry.
 */
enum class EntryStyle {
    X86,       ///< x86-64 (Intel SDM vol. 3 §4.5)
    X86Legacy, ///< 32-bit paging (§4.3) and PAE paging (§4.4): no A/R/W/U in PAE PDPTEs
    RiscV,     ///< Sv39/Sv48/Sv57 (RISC-V privileged spec §"Sv39"): V R W X U G A D, PPN at bit 10
    AArch64,   ///< VMSAv8-64 stage 1 descriptors (Arm ARM): type bits [1:0], AP[2:1], AF, UXN/PXN
    Ostep,     ///< OSTEP's paging-multilevel-translate.py: one byte, valid bit 7, PFN bits 6..0
};

/**
 * Bit positions of a page-table entry; -1 where the format has no such bit.
 * x86-64 layout from the Intel SDM vol. 3 §4.5, table 4-15 to 4-20. The other styles fill in
 * only the bits that are set with the same meaning as on x86 (RISC-V V, W, U, G, A, D;
 * AArch64 valid and AF; OSTEP valid); the style gives every other bit its meaning.
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
    EntryLayout entry; ///< bits that keep the x86 meaning; the style decides the rest
    std::vector<PagingLevel> levels; ///< root first
    std::string rootRegister = "CR3"; ///< what holds the root: CR3, satp, TTBR0_EL1, PDBR
    /** Physical memory the OS never hands out: the first MiB on a PC (firmware), none in OSTEP. */
    uint64_t reservedLowBytes = uint64_t{1} << 20;

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
    /** The first frame the OS may allocate. */
    uint64_t firstFrame() const { return reservedLowBytes >> pageShift; }
    /** Frames that physBits can address: 2^(physBits - pageShift). */
    uint64_t physicalFrames() const { return uint64_t{1} << (physBits - pageShift); }
    /**
     * The size of a transparent hugepage: a leaf one level above the last (Linux's PMD), so a
     * whole last-level table's worth of base pages; 0 when that level holds no leaves.
     */
    uint64_t hugePageSize() const;
};

const PagingFormat &x86_64Format();
const PagingFormat &x86_64La57Format();
const PagingFormat &sv39Format();
const PagingFormat &sv48Format();
const PagingFormat &sv57Format();
const PagingFormat &arm64Format4k();
const PagingFormat &arm64Format16k();
const PagingFormat &arm64Format64k();
const PagingFormat &x86_32Format();
const PagingFormat &x86PaeFormat();
const PagingFormat &ostepFormat();

/** All formats the model knows, in the order a selector should list them. */
const std::vector<const PagingFormat *> &allFormats();
/** The format with this command-line name, or nullptr. */
const PagingFormat *findFormat(std::string_view id);

} // namespace mmu
