// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageentry.h"

namespace mmu {

namespace {

/** Physical-address bits lo..physBits-1 of an entry (x86 and AArch64 store them in place). */
uint64_t frameMask(const PagingFormat &f, int lo)
{
    const uint64_t below = f.physBits >= 64 ? ~uint64_t{0} : (uint64_t{1} << f.physBits) - 1;
    return below & (~uint64_t{0} << lo);
}

bool isLast(const PagingFormat &f, int level)
{
    return level == f.levelCount() - 1;
}

// --- x86-64, 32-bit and PAE (Intel SDM vol. 3 §4.3-4.5) --------------------------------------

/** PAE's PDPTEs (§4.4.1, table 4-8): P, PWT, PCD and the address; bits 1, 2 and 5..8 are reserved. */
bool isPaePdpte(const PagingFormat &f, int level)
{
    return f.style == EntryStyle::X86Legacy && f.entryBytes == 8 && level == 0;
}

DecodedEntry decodeX86(const PagingFormat &f, int level, uint64_t v)
{
    const EntryLayout &e = f.entry;
    DecodedEntry d;
    d.present = testBit(v, e.present);
    d.writeThrough = testBit(v, e.writeThrough);
    d.cacheDisable = testBit(v, e.cacheDisable);
    if (isPaePdpte(f, level)) {
        // Loaded into the PDPTE registers with CR3; it restricts nothing and is never written.
        d.writable = true;
        d.user = true;
        d.frame = v & frameMask(f, f.pageShift);
        return d;
    }
    const bool last = isLast(f, level);
    d.writable = testBit(v, e.writable);
    d.user = testBit(v, e.user);
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

uint64_t makeX86Table(const PagingFormat &f, int level, uint64_t tablePhys)
{
    const EntryLayout &e = f.entry;
    const uint64_t v = (tablePhys & frameMask(f, f.pageShift)) | bitMask(e.present);
    return isPaePdpte(f, level) ? v : v | bitMask(e.writable) | bitMask(e.user);
}

uint64_t makeX86Leaf(const PagingFormat &f, int level, uint64_t pagePhys, Permissions perms, bool global)
{
    const EntryLayout &e = f.entry;
    uint64_t v = (pagePhys & frameMask(f, f.levels[level].indexLo)) | bitMask(e.present);
    if (perms.write)
        v |= bitMask(e.writable);
    if (perms.user)
        v |= bitMask(e.user);
    if (!perms.execute)
        v |= bitMask(e.noExecute);
    if (global)
        v |= bitMask(e.global);
    if (!isLast(f, level))
        v |= bitMask(e.pageSize);
    return v;
}

std::vector<EntryFlag> x86Flags(const PagingFormat &f, int level, uint64_t v)
{
    const EntryLayout &e = f.entry;
    std::vector<EntryFlag> flags;
    auto add = [&](std::string_view name, int bit) {
        if (bit >= 0)
            flags.push_back({name, bit, testBit(v, bit)});
    };
    add("P", e.present);
    if (!isPaePdpte(f, level)) {
        add("RW", e.writable);
        add("US", e.user);
    }
    add("PWT", e.writeThrough);
    add("PCD", e.cacheDisable);
    if (isPaePdpte(f, level))
        return flags;
    const bool last = isLast(f, level);
    const bool leaf = decodeX86(f, level, v).leaf;
    add("A", e.accessed);
    if (leaf)
        add("D", e.dirty);
    if (!last && f.levels[level].mayBeLeaf)
        add("PS", e.pageSize);
    if (leaf)
        add("G", e.global);
    add("NX", e.noExecute);
    return flags;
}

// --- RISC-V Sv39/Sv48/Sv57 (privileged spec, "Sv39: Page-Based 39-bit Virtual-Memory System") -

namespace rv {
constexpr int V = 0, R = 1, W = 2, X = 3, U = 4, G = 5, A = 6, D = 7;
constexpr int PpnShift = 10;                                   // PPN is bits 53..10
constexpr uint64_t PpnMask = (uint64_t{1} << 44) - 1;          // 44 bits
constexpr uint64_t ReservedBits = ~uint64_t{0} << 54;          // N, PBMT and reserved: 0 without Svnapot/Svpbmt
} // namespace rv

/**
 * Simplifications, each a choice a course can state: A and D are set by the walker (Svadu; a
 * core without it, such as SiFive's U54, page-faults instead); supervisor accesses to U pages
 * are allowed as with sstatus.SUM = 1; every page the model maps is readable, so an
 * execute-only page (X without R) decodes like an r-x one.
 */
DecodedEntry decodeRiscV(const PagingFormat &f, int level, uint64_t v)
{
    using namespace rv;
    DecodedEntry d;
    d.frame = ((v >> PpnShift) & PpnMask) << f.pageShift;
    if (!testBit(v, V))
        return d;
    const bool r = testBit(v, R), w = testBit(v, W), x = testBit(v, X);
    const bool last = isLast(f, level);
    d.leaf = r || w || x;
    // Spec: W without R is reserved; a pointer where no further level exists, reserved bits
    // set and a superpage with nonzero low PPN fields all raise a page fault.
    d.reserved = (w && !r) || (!d.leaf && last) || (v & ReservedBits) != 0;
    d.misaligned = d.leaf && !last && (d.frame & (f.levels[level].leafPageSize() - 1)) != 0;
    d.present = !d.reserved && !d.misaligned;
    if (d.leaf) {
        d.writable = w;
        d.user = testBit(v, U);
        d.noExecute = !x;
        d.global = testBit(v, G);
        d.accessed = testBit(v, A);
        d.dirty = testBit(v, D);
    } else {
        // A pointer's R = W = X = 0 grants and restricts nothing; its A, D and U are reserved.
        d.writable = true;
        d.user = true;
    }
    return d;
}

uint64_t riscVPpn(const PagingFormat &f, uint64_t phys)
{
    return ((phys >> f.pageShift) & rv::PpnMask) << rv::PpnShift;
}

std::vector<EntryFlag> riscVFlags(uint64_t v)
{
    static constexpr std::string_view names[] = {"V", "R", "W", "X", "U", "G", "A", "D"};
    std::vector<EntryFlag> flags;
    // With V = 0 every other bit is free for software.
    const int count = testBit(v, rv::V) ? 8 : 1;
    for (int bit = 0; bit < count; ++bit)
        flags.push_back({names[bit], bit, testBit(v, bit)});
    return flags;
}

// --- AArch64 VMSAv8-64 stage 1 (Arm ARM, "VMSAv8-64 translation table format descriptors") ------

namespace a64 {
constexpr int Valid = 0, Type = 1; // Type: 1 = table (L0-L2) or page (L3), 0 = block
constexpr int Ap1 = 6;             // AP[1]: EL0 may access
constexpr int Ap2 = 7;             // AP[2]: read-only
constexpr int Sh0 = 8, Sh1 = 9;    // SH = 0b11: inner shareable
constexpr int Af = 10, NotGlobal = 11;
constexpr int Dbm = 51, Contiguous = 52, Pxn = 53, Uxn = 54;
constexpr int PxnTable = 59, UxnTable = 60, ApTable0 = 61, ApTable1 = 62, NsTable = 63;
} // namespace a64

enum class A64Kind { Invalid, Table, Leaf, Reserved };

A64Kind a64Kind(const PagingFormat &f, int level, uint64_t v)
{
    using namespace a64;
    if (!testBit(v, Valid))
        return A64Kind::Invalid;
    if (isLast(f, level))
        return testBit(v, Type) ? A64Kind::Leaf : A64Kind::Reserved; // 0b01 at L3 is reserved
    if (testBit(v, Type))
        return A64Kind::Table;
    return f.levels[level].mayBeLeaf ? A64Kind::Leaf : A64Kind::Reserved; // no block at this level
}

DecodedEntry decodeArm64(const PagingFormat &f, int level, uint64_t v)
{
    using namespace a64;
    DecodedEntry d;
    const A64Kind kind = a64Kind(f, level, v);
    d.reserved = kind == A64Kind::Reserved;
    d.present = kind == A64Kind::Table || kind == A64Kind::Leaf;
    d.leaf = kind == A64Kind::Leaf;
    d.frame = v & frameMask(f, d.leaf ? f.levels[level].indexLo : f.pageShift);
    if (!d.present)
        return d;
    if (kind == A64Kind::Table) {
        // Hierarchical controls: APTable[1] removes write, APTable[0] removes EL0 access,
        // UXNTable removes EL0 execution. PXNTable (EL1 execution) is shown, not combined:
        // the walker has one execute permission, evaluated as UXN for EL0 pages.
        d.writable = !testBit(v, ApTable1);
        d.user = !testBit(v, ApTable0);
        d.noExecute = testBit(v, UxnTable);
        return d;
    }
    const bool ap2 = testBit(v, Ap2);
    const bool dbm = testBit(v, Dbm);
    d.user = testBit(v, Ap1);
    // FEAT_HAFDBS: DBM = 1 with AP[2] = 1 is writable-clean; the first write clears AP[2].
    d.writable = !ap2 || dbm;
    d.dirty = !ap2;
    d.accessed = testBit(v, Af);
    d.global = !testBit(v, NotGlobal);
    // The execute-never bit of the exception level the page is for: UXN for EL0 pages, PXN
    // for kernel pages (Linux sets PXN on every EL0 page).
    d.noExecute = d.user ? testBit(v, Uxn) : testBit(v, Pxn);
    return d;
}

std::vector<EntryFlag> arm64Flags(const PagingFormat &f, int level, uint64_t v)
{
    using namespace a64;
    std::vector<EntryFlag> flags{{"valid", Valid, testBit(v, Valid)}};
    auto add = [&](std::string_view name, int bit) { flags.push_back({name, bit, testBit(v, bit)}); };
    switch (a64Kind(f, level, v)) {
    case A64Kind::Invalid:
    case A64Kind::Reserved:
        break;
    case A64Kind::Table:
        add("table", Type);
        add("PXNTable", PxnTable);
        add("UXNTable", UxnTable);
        add("APTable[0]", ApTable0);
        add("APTable[1]", ApTable1);
        add("NSTable", NsTable);
        break;
    case A64Kind::Leaf:
        if (isLast(f, level))
            add("page", Type);
        add("AP[1]", Ap1);
        add("AP[2]", Ap2);
        add("AF", Af);
        add("nG", NotGlobal);
        add("DBM", Dbm);
        add("Contiguous", Contiguous);
        add("PXN", Pxn);
        add("UXN", Uxn);
        break;
    }
    return flags;
}

uint64_t makeArm64Leaf(const PagingFormat &f, int level, uint64_t pagePhys, Permissions perms, bool global)
{
    using namespace a64;
    // As Linux builds user and kernel PTEs: inner shareable, AF clear until the first use,
    // writable pages writable-clean (AP[2] = 1, DBM = 1), EL0 pages never executable at EL1.
    uint64_t v = (pagePhys & frameMask(f, f.levels[level].indexLo)) | bitMask(Valid) | bitMask(Ap2)
        | bitMask(Sh0) | bitMask(Sh1);
    if (isLast(f, level))
        v |= bitMask(Type);
    if (perms.write)
        v |= bitMask(Dbm);
    if (!global)
        v |= bitMask(NotGlobal);
    if (perms.user) {
        v |= bitMask(Ap1) | bitMask(Pxn);
        if (!perms.execute)
            v |= bitMask(Uxn);
    } else {
        v |= bitMask(Uxn);
        if (!perms.execute)
            v |= bitMask(Pxn);
    }
    return v;
}

// --- OSTEP (paging-multilevel-translate.py: "VALID | PFN6 ... PFN0") ----------------------------

constexpr int OstepValid = 7;
constexpr uint64_t OstepPfnMask = 0x7f;

DecodedEntry decodeOstep(const PagingFormat &f, int level, uint64_t v)
{
    DecodedEntry d;
    d.present = testBit(v, OstepValid);
    d.leaf = isLast(f, level);
    d.writable = true; // no protection bits: every valid page may be read, written and run
    d.user = true;
    d.frame = (v & OstepPfnMask) << f.pageShift;
    return d;
}

} // namespace

uint64_t makeTableEntry(const PagingFormat &f, int level, uint64_t tablePhys)
{
    switch (f.style) {
    case EntryStyle::X86:
    case EntryStyle::X86Legacy:
        return makeX86Table(f, level, tablePhys);
    case EntryStyle::RiscV:
        return riscVPpn(f, tablePhys) | bitMask(rv::V);
    case EntryStyle::AArch64:
        return (tablePhys & frameMask(f, f.pageShift)) | bitMask(a64::Valid) | bitMask(a64::Type);
    case EntryStyle::Ostep:
        return bitMask(OstepValid) | ((tablePhys >> f.pageShift) & OstepPfnMask);
    }
    return 0;
}

uint64_t makeTableEntry(const PagingFormat &f, uint64_t tablePhys)
{
    // Any level below the root: only PAE's root level (the PDPT) differs.
    return makeTableEntry(f, f.levelCount() > 1 ? 1 : 0, tablePhys);
}

uint64_t makeLeafEntry(const PagingFormat &f, int level, uint64_t pagePhys, Permissions perms, bool global)
{
    switch (f.style) {
    case EntryStyle::X86:
    case EntryStyle::X86Legacy:
        return makeX86Leaf(f, level, pagePhys, perms, global);
    case EntryStyle::RiscV: {
        // Every page the model maps is readable (Permissions has no read-less pages).
        uint64_t v = riscVPpn(f, pagePhys) | bitMask(rv::V) | bitMask(rv::R);
        if (perms.write)
            v |= bitMask(rv::W);
        if (perms.execute)
            v |= bitMask(rv::X);
        if (perms.user)
            v |= bitMask(rv::U);
        if (global)
            v |= bitMask(rv::G);
        return v;
    }
    case EntryStyle::AArch64:
        return makeArm64Leaf(f, level, pagePhys, perms, global);
    case EntryStyle::Ostep:
        return bitMask(OstepValid) | ((pagePhys >> f.pageShift) & OstepPfnMask);
    }
    return 0;
}

DecodedEntry decodeEntry(const PagingFormat &f, int level, uint64_t v)
{
    switch (f.style) {
    case EntryStyle::X86:
    case EntryStyle::X86Legacy:
        return decodeX86(f, level, v);
    case EntryStyle::RiscV:
        return decodeRiscV(f, level, v);
    case EntryStyle::AArch64:
        return decodeArm64(f, level, v);
    case EntryStyle::Ostep:
        return decodeOstep(f, level, v);
    }
    return {};
}

uint64_t markAccessed(const PagingFormat &f, int level, uint64_t v)
{
    switch (f.style) {
    case EntryStyle::X86:
    case EntryStyle::X86Legacy:
        // SDM §4.8: A in every paging-structure entry used, except PAE PDPTEs (registers).
        return isPaePdpte(f, level) ? v : v | bitMask(f.entry.accessed);
    case EntryStyle::RiscV:
        // Svadu: hardware sets A in the leaf; pointers have no A.
        return decodeRiscV(f, level, v).leaf ? v | bitMask(rv::A) : v;
    case EntryStyle::AArch64:
        return a64Kind(f, level, v) == A64Kind::Leaf ? v | bitMask(a64::Af) : v;
    case EntryStyle::Ostep:
        return v;
    }
    return v;
}

uint64_t markDirty(const PagingFormat &f, int level, uint64_t v)
{
    switch (f.style) {
    case EntryStyle::X86:
    case EntryStyle::X86Legacy:
        return decodeX86(f, level, v).leaf ? v | bitMask(f.entry.dirty) : v;
    case EntryStyle::RiscV:
        return decodeRiscV(f, level, v).leaf ? v | bitMask(rv::D) : v;
    case EntryStyle::AArch64:
        if (a64Kind(f, level, v) == A64Kind::Leaf && testBit(v, a64::Dbm))
            return v & ~bitMask(a64::Ap2);
        return v;
    case EntryStyle::Ostep:
        return v;
    }
    return v;
}

std::vector<EntryFlag> entryFlags(const PagingFormat &f, int level, uint64_t v)
{
    switch (f.style) {
    case EntryStyle::X86:
    case EntryStyle::X86Legacy:
        return x86Flags(f, level, v);
    case EntryStyle::RiscV:
        return riscVFlags(v);
    case EntryStyle::AArch64:
        return arm64Flags(f, level, v);
    case EntryStyle::Ostep:
        return {{"valid", OstepValid, testBit(v, OstepValid)}};
    }
    return {};
}

} // namespace mmu
