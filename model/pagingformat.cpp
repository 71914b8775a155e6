// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagingformat.h"

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

const std::vector<const PagingFormat *> &allFormats()
{
    static const std::vector<const PagingFormat *> formats{&x86_64Format(), &x86_64La57Format()};
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
