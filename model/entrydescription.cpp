// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrydescription.h"

namespace mmu {

namespace {

EntryField field(std::string_view name, int hi, int lo, uint64_t value)
{
    const uint64_t mask = hi - lo + 1 >= 64 ? ~uint64_t{0} : (uint64_t{1} << (hi - lo + 1)) - 1;
    return {name, hi, lo, (value >> lo) & mask};
}

EntryKind kindOf(const PagingFormat &f, int level, const DecodedEntry &d)
{
    if (!d.present)
        return d.reserved || d.misaligned ? EntryKind::Reserved : EntryKind::Invalid;
    if (!d.leaf)
        return EntryKind::Table;
    return level == f.levelCount() - 1 ? EntryKind::Page : EntryKind::Block;
}

} // namespace

EntryDescription describeEntry(const PagingFormat &f, int level, uint64_t value)
{
    EntryDescription e;
    const std::string &levelName = f.levels[static_cast<size_t>(level)].name;
    e.decoded = decodeEntry(f, level, value);
    e.kind = kindOf(f, level, e.decoded);
    e.flags = entryFlags(f, level, value);
    const bool leaf = e.kind == EntryKind::Block || e.kind == EntryKind::Page;
    // The lowest address bit an entry holds: a leaf keeps only the bits above its page offset.
    const int lo = leaf ? f.levels[static_cast<size_t>(level)].indexLo : f.pageShift;
    switch (f.style) {
    case EntryStyle::X86:
    case EntryStyle::X86Legacy:
        // Intel SDM vol. 3 tables 4-4 to 4-20: the physical address sits in place, bits M-1..12
        // (or ..21, ..22, ..30 for a large page).
        e.entryName = levelName + "E";
        e.address = field("frame", f.physBits - 1, lo, value);
        break;
    case EntryStyle::RiscV:
        // Privileged spec, Sv39 PTE: PPN in bits 53..10 at every level; a superpage's low PPN
        // fields must be zero (else misaligned), so the whole PPN is shown.
        e.entryName = "PTE";
        e.address = field("PPN", 53, 10, value);
        break;
    case EntryStyle::AArch64:
        // Arm ARM, VMSAv8-64 descriptors: AttrIndx[2:0] at bits 4..2 (MAIR_EL1 index), SH[1:0]
        // at 9..8, the output address (leaf) or next-level table address in place up to bit 47.
        e.entryName = levelName + " descriptor";
        if (leaf) {
            e.fields.push_back(field("AttrIndx", 4, 2, value));
            e.fields.push_back(field("SH", 9, 8, value));
        }
        e.address = field(leaf ? "OA" : "table address", f.physBits - 1, lo, value);
        break;
    case EntryStyle::Ostep:
        // paging-multilevel-translate.py: "VALID | PFN6 ... PFN0".
        e.entryName = levelName + "E";
        e.address = field("PFN", 6, 0, value);
        break;
    }
    return e;
}

std::string_view toId(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Invalid:
        return "invalid";
    case EntryKind::Reserved:
        return "reserved";
    case EntryKind::Table:
        return "table";
    case EntryKind::Block:
        return "block";
    case EntryKind::Page:
        return "page";
    }
    return "invalid";
}

} // namespace mmu
