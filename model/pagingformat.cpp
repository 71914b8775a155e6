// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagingformat.h"

#include <algorithm>

namespace mmu {

bool PagingFormat::isCanonical(uint64_t va) const
{
    return canonicalize(va) == va;
}

uint64_t PagingFormat::canonicalize(uint64_t va) const
{
    if (vaBits >= 64)
        return va;
    const uint64_t low = va & ((uint64_t{1} << vaBits) - 1);
    const bool top = signExtended && ((va >> (vaBits - 1)) & 1);
    const uint64_t upper = addressBits >= 64 ? ~uint64_t{0} << vaBits
                                             : ((uint64_t{1} << addressBits) - 1) & (~uint64_t{0} << vaBits);
    return top ? (low | upper) : low;
}

int PagingFormat::leafLevelFor(uint64_t size) const
{
    for (int i = 0; i < levelCount(); ++i) {
        const bool isLast = i == levelCount() - 1;
        if ((levels[i].mayBeLeaf || isLast) && levels[i].leafPageSize() == size)
            return i;
    }
    return -1;
}

std::vector<uint64_t> PagingFormat::leafPageSizes() const
{
    std::vector<uint64_t> sizes;
    for (int i = levelCount() - 1; i >= 0; --i)
        if (levels[i].mayBeLeaf || i == levelCount() - 1)
            sizes.push_back(levels[i].leafPageSize());
    return sizes;
}

uint64_t PagingFormat::hugePageSize() const
{
    if (levelCount() < 2)
        return 0;
    const PagingLevel &above = levels[static_cast<size_t>(levelCount() - 2)];
    return above.mayBeLeaf ? above.leafPageSize() : 0;
}

namespace {

EntryLayout x86EntryLayout()
{
    // Intel SDM vol. 3A §4.5: bit 0 P, 1 R/W, 2 U/S, 3 PWT, 4 PCD, 5 A, 6 D (leaf), 7 PS,
    // 8 G (leaf), 63 XD (with IA32_EFER.NXE = 1).
    EntryLayout e;
    e.present = 0;
    e.writable = 1;
    e.user = 2;
    e.writeThrough = 3;
    e.cacheDisable = 4;
    e.accessed = 5;
    e.dirty = 6;
    e.pageSize = 7;
    e.global = 8;
    e.noExecute = 63;
    return e;
}

PagingFormat makeX86(bool la57)
{
    PagingFormat f;
    f.id = la57 ? "x86-64-la57" : "x86-64";
    f.displayName = la57 ? "x86-64 5-level (LA57)" : "x86-64 4-level";
    f.addressBits = 64;
    f.vaBits = la57 ? 57 : 48;
    f.physBits = 52;
    f.entryBytes = 8;
    f.pageShift = 12;
    f.signExtended = true;
    f.style = EntryStyle::X86;
    f.entry = x86EntryLayout();
    if (la57)
        f.levels.push_back({"PML5", 56, 48, false});
    f.levels.push_back({"PML4", 47, 39, false});
    f.levels.push_back({"PDPT", 38, 30, true}); // PS=1: 1 GiB page
    f.levels.push_back({"PD", 29, 21, true});   // PS=1: 2 MiB page
    f.levels.push_back({"PT", 20, 12, true});
    return f;
}

/** Intel SDM vol. 3 §4.3 (32-bit paging, CR4.PSE = 1) and §4.4 (PAE paging, EFER.NXE = 1). */
PagingFormat makeX86Legacy(bool pae)
{
    PagingFormat f;
    f.id = pae ? "x86-pae" : "x86-32";
    f.displayName = pae ? "x86 PAE 3-level" : "x86 32-bit 2-level";
    f.addressBits = 32;
    f.vaBits = 32;
    f.signExtended = false; // every 32-bit address is translated
    f.style = EntryStyle::X86Legacy;
    f.entry = x86EntryLayout();
    f.pageShift = 12;
    if (pae) {
        // 8-byte entries; a PDPT of 4 entries; the PDPTE has P, PWT, PCD and the address only.
        f.physBits = 52;
        f.entryBytes = 8;
        f.levels = {{"PDPT", 31, 30, false}, {"PD", 29, 21, true}, {"PT", 20, 12, true}};
    } else {
        // 4-byte entries, no XD bit; a PDE with PS=1 maps 4 MiB (its PSE-36 bits 20..13 are
        // not modelled: physical addresses have 32 bits).
        f.physBits = 32;
        f.entryBytes = 4;
        f.entry.noExecute = -1;
        f.levels = {{"PD", 31, 22, true}, {"PT", 21, 12, true}};
    }
    return f;
}

/**
 * RISC-V privileged spec, Sv39/Sv48/Sv57: 9 index bits per level over 4 KiB pages, 8-byte PTEs
 * with PPN in bits 53..10 (a 56-bit physical address), a leaf allowed at every level.
 */
PagingFormat makeRiscV(int levels)
{
    PagingFormat f;
    const int vaBits = 12 + 9 * levels;
    f.id = "sv" + std::to_string(vaBits);
    f.displayName = "RISC-V Sv" + std::to_string(vaBits);
    f.addressBits = 64;
    f.vaBits = vaBits; // bits 63..vaBits must equal bit vaBits-1, or the access page-faults
    f.physBits = 56;
    f.entryBytes = 8;
    f.pageShift = 12;
    f.signExtended = true;
    f.style = EntryStyle::RiscV;
    f.rootRegister = "satp";
    f.entry.present = 0;  // V
    f.entry.writable = 2; // W
    f.entry.user = 4;     // U
    f.entry.global = 5;   // G
    f.entry.accessed = 6; // A
    f.entry.dirty = 7;    // D
    for (int i = levels - 1; i >= 0; --i) {
        const int lo = 12 + 9 * i;
        f.levels.push_back({"VPN[" + std::to_string(i) + "]", lo + 8, lo, true});
    }
    return f;
}

/**
 * VMSAv8-64 with a 48-bit VA in TTBR0_EL1 (Arm ARM, "The VMSAv8-64 address translation
 * system"): a granule of 2^g bytes holds 2^(g-3) descriptors, so each level indexes g-3 bits
 * above the g offset bits and the root level takes what is left up to bit 47. Only TTBR0 is
 * modelled: an address with any of bits 63..48 set (TTBR1's upper half, or neither half) is
 * refused before the walk; on Arm it would be a level-0 translation fault, or a TTBR1 walk.
 */
PagingFormat makeArm64(int granuleShift)
{
    PagingFormat f;
    const int kib = 1 << (granuleShift - 10);
    f.id = "arm64-" + std::to_string(kib) + "k";
    f.displayName = "AArch64 " + std::to_string(kib) + " KiB granule";
    f.addressBits = 64;
    f.vaBits = 48;
    f.physBits = 48;
    f.entryBytes = 8;
    f.pageShift = granuleShift;
    f.signExtended = false;
    f.style = EntryStyle::AArch64;
    f.rootRegister = "TTBR0_EL1";
    f.entry.present = 0;   // valid
    f.entry.accessed = 10; // AF
    const int perLevel = granuleShift - 3;
    // Levels from L3 (the last) upwards until bit 47 is covered; blocks where FACTS.md lists them.
    std::vector<PagingLevel> reversed;
    for (int level = 3, lo = granuleShift; lo <= 47; --level, lo += perLevel) {
        const int hi = std::min(47, lo + perLevel - 1);
        bool block = false;
        if (granuleShift == 12)
            block = level == 1 || level == 2; // 1 GiB, 2 MiB
        else
            block = level == 2;               // 32 MiB (16K), 512 MiB (64K)
        reversed.push_back({"L" + std::to_string(level), hi, lo, level == 3 || block});
    }
    f.levels.assign(reversed.rbegin(), reversed.rend());
    return f;
}

/**
 * OSTEP chapter 20's homework (paging-multilevel-translate.py): 32-byte pages, a 15-bit VA of
 * 5 + 5 index bits and a 5-bit offset, 1-byte entries (valid bit 7, PFN bits 6..0) and 128
 * physical pages (12-bit physical addresses). PDBR holds the page directory's page number.
 */
PagingFormat makeOstep()
{
    PagingFormat f;
    f.id = "ostep";
    f.displayName = "OSTEP 2-level (32-byte pages)";
    f.addressBits = 15;
    f.vaBits = 15;
    f.physBits = 12;
    f.entryBytes = 1;
    f.pageShift = 5;
    f.signExtended = false;
    f.style = EntryStyle::Ostep;
    f.rootRegister = "PDBR";
    f.reservedLowBytes = 0;
    f.entry.present = 7;
    f.levels = {{"PD", 14, 10, false}, {"PT", 9, 5, true}};
    return f;
}

} // namespace

const PagingFormat &x86_64Format()
{
    static const PagingFormat f = makeX86(false);
    return f;
}

const PagingFormat &x86_64La57Format()
{
    static const PagingFormat f = makeX86(true);
    return f;
}

const PagingFormat &sv39Format()
{
    static const PagingFormat f = makeRiscV(3);
    return f;
}

const PagingFormat &sv48Format()
{
    static const PagingFormat f = makeRiscV(4);
    return f;
}

const PagingFormat &sv57Format()
{
    static const PagingFormat f = makeRiscV(5);
    return f;
}

const PagingFormat &arm64Format4k()
{
    static const PagingFormat f = makeArm64(12);
    return f;
}

const PagingFormat &arm64Format16k()
{
    static const PagingFormat f = makeArm64(14);
    return f;
}

const PagingFormat &arm64Format64k()
{
    static const PagingFormat f = makeArm64(16);
    return f;
}

const PagingFormat &x86_32Format()
{
    static const PagingFormat f = makeX86Legacy(false);
    return f;
}

const PagingFormat &x86PaeFormat()
{
    static const PagingFormat f = makeX86Legacy(true);
    return f;
}

const PagingFormat &ostepFormat()
{
    static const PagingFormat f = makeOstep();
    return f;
}

const std::vector<const PagingFormat *> &allFormats()
{
    // DESIGN §2.1's order of importance.
    static const std::vector<const PagingFormat *> formats{
        &x86_64Format(),  &x86_64La57Format(), &sv39Format(),     &sv48Format(),   &sv57Format(), &arm64Format4k(),
        &arm64Format16k(), &arm64Format64k(),  &x86_32Format(),   &x86PaeFormat(), &ostepFormat(),
    };
    return formats;
}

const PagingFormat *findFormat(std::string_view id)
{
    for (const PagingFormat *f : allFormats())
        if (f->id == id)
            return f;
    return nullptr;
}

} // namespace mmu
