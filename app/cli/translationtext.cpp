// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationtext.h"

#include "address.h"
#include "entrydescription.h"
#include "pageentry.h"
#include "stepnames.h"
#include "system.h"

#include <iomanip>
#include <ostream>
#include <sstream>
#include <string_view>

namespace cli {

std::string byteSize(uint64_t bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    int u = 0;
    while (u < 5 && bytes >= 1024 && bytes % 1024 == 0) {
        bytes /= 1024;
        ++u;
    }
    return std::to_string(bytes) + " " + units[u];
}

namespace {

std::string joined(const std::vector<std::string_view> &parts)
{
    std::string s;
    for (std::string_view p : parts)
        s += (s.empty() ? "" : " ") + std::string(p);
    return s;
}

std::string servedByName(const mmu::System &system, int8_t servedBy)
{
    const auto &caches = system.machine().caches;
    if (servedBy < 0)
        return "";
    return static_cast<size_t>(servedBy) < caches.size() ? caches[static_cast<size_t>(servedBy)].name : "DRAM";
}

/** The register that holds the root, as the architecture writes it. */
std::string rootLine(const mmu::PagingFormat &f, uint64_t root)
{
    switch (f.style) {
    case mmu::EntryStyle::RiscV:
        return f.rootRegister + ".PPN = " + mmu::hex(root >> f.pageShift) + " (root table at " + mmu::hex(root) + ")";
    case mmu::EntryStyle::Ostep:
        return f.rootRegister + " = " + std::to_string(root >> f.pageShift) + " (page directory at " + mmu::hex(root) + ")";
    default:
        return f.rootRegister + " = " + mmu::hex(root);
    }
}

/**
 * An OS-level fault as written after a handler step and after the total: " (minor fault)", or
 * for a non-canonical address the architecture's own exception where it is not x86's #GP
 * (mmu::nonCanonicalFaultName); nothing for none.
 */
std::string osFaultNote(const mmu::PagingFormat &f, mmu::OsFault fault)
{
    const std::string_view own =
        fault == mmu::OsFault::GeneralProtection ? mmu::nonCanonicalFaultName(f) : std::string_view();
    if (!own.empty())
        return " (" + std::string(own) + ")";
    if (fault != mmu::OsFault::None)
        return " (" + std::string(mmu::toId(fault)) + " fault)";
    return {};
}

std::string stepLine(const mmu::System &system, const mmu::Step &s)
{
    const mmu::PagingFormat &f = system.format();
    const auto &tlbs = system.machine().tlbs;
    const std::string tlb = s.unit >= 0 && static_cast<size_t>(s.unit) < tlbs.size() ? tlbs[static_cast<size_t>(s.unit)].name : "";
    std::ostringstream line;
    const std::string level = s.level >= 0 ? f.levels[static_cast<size_t>(s.level)].name : "";
    switch (s.stage) {
    case mmu::Stage::Canonical:
        if (s.outcome == mmu::Outcome::Ok)
            line << "canonical address";
        else if (f.style == mmu::EntryStyle::AArch64) // TTBR0's half: the upper bits are all 0
            line << "NOT in TTBR0's half: bits " << f.addressBits - 1 << ".." << f.vaBits << " are not all 0";
        else
            line << "NOT canonical: upper bits differ from bit " << f.vaBits - 1;
        break;
    case mmu::Stage::EntryRead: {
        const mmu::EntryDescription d = mmu::describeEntry(f, s.level, s.entryValue);
        const mmu::DecodedEntry &e = d.decoded;
        line << "read " << level << "[" << s.index << "] at " << mmu::hex(s.entryAddress) << " ("
             << servedByName(system, s.servedBy) << ") = "
             << mmu::hexGrouped(s.entryValue, f.entryBytes * 2) << "  [" << joined(mmu::flagNames(f, s.level, s.entryValue)) << "]";
        // Fields wider than a bit (AArch64 AttrIndx, SH), and AArch64's name for a leaf above L3.
        for (const mmu::EntryField &field : d.fields)
            line << ' ' << field.name << '=' << field.value;
        if (f.style == mmu::EntryStyle::AArch64 && d.kind == mmu::EntryKind::Block)
            line << "  block";
        if (s.outcome == mmu::Outcome::NotPresent)
            line << (e.misaligned ? "  misaligned superpage" : e.reserved ? "  reserved encoding" : "  not present");
        else if (s.outcome == mmu::Outcome::Leaf)
            line << "  -> " << byteSize(s.pageSize) << " page at " << mmu::hex(e.frame);
        else
            line << "  -> next table at " << mmu::hex(e.frame);
        break;
    }
    case mmu::Stage::AccessedDirty:
        line << "write back A/D bits of " << level << " entry (" << servedByName(system, s.servedBy)
             << "): " << mmu::hexGrouped(s.entryValue, f.entryBytes * 2);
        break;
    case mmu::Stage::Fault: {
        const std::string_view own =
            s.fault == mmu::FaultKind::GeneralProtection ? mmu::nonCanonicalFaultName(f) : std::string_view();
        line << "FAULT: " << (own.empty() ? mmu::toId(s.fault) : own);
        if (!level.empty())
            line << " at " << level;
        if (s.violation)
            line << " (" << joined(mmu::violationIds(s.violation)) << ")";
        break;
    }
    case mmu::Stage::TlbLookup:
        line << tlb << " set " << s.set << ": " << mmu::toId(s.outcome);
        if (s.way >= 0)
            line << " in way " << s.way << " (" << byteSize(s.pageSize) << " page at " << mmu::hex(s.physical) << ")";
        if (s.missKind != mmu::MissKind::None)
            line << " (" << mmu::toId(s.missKind) << " miss)";
        break;
    case mmu::Stage::TlbFill:
        line << "fill " << tlb << " set " << s.set << " way " << s.way;
        if (s.evicted)
            line << ", evicting VPN " << mmu::hex(s.victimVpn);
        break;
    case mmu::Stage::WalkCache:
        line << "walk cache for " << level << " entries: " << mmu::toId(s.outcome);
        if (s.outcome == mmu::Outcome::Hit)
            line << " -> walk starts below " << level << " at table " << mmu::hex(s.tableBase);
        break;
    case mmu::Stage::Handler:
        line << "kernel: " << mmu::toId(s.action);
        line << osFaultNote(f, s.osFault);
        if (s.vpn)
            line << " page " << mmu::hex(s.vpn << f.pageShift);
        if (s.physical)
            line << " frame " << mmu::hex(s.physical);
        if (s.action == mmu::HandlerAction::UpdatePte)
            line << " PTE at " << mmu::hex(s.entryAddress) << " = " << mmu::hexGrouped(s.entryValue, f.entryBytes * 2);
        break;
    case mmu::Stage::Physical:
        line << "physical address " << mmu::hex(s.physical) << " (" << byteSize(s.pageSize) << " page)";
        break;
    }
    return line.str();
}

} // namespace

void printTranslation(std::ostream &out, const mmu::System &system, const mmu::AccessResult &access,
                      const std::vector<mmu::Step> &steps)
{
    const mmu::Translation &t = access.translation;
    const mmu::PagingFormat &f = system.format();
    out << mmu::hexGrouped(t.va, 16) << "  " << f.displayName << " on " << system.machine().name << ", " << mmu::toId(t.privilege) << ' '
        << mmu::toId(t.type);
    if (const mmu::Mapping *m = system.mappingAt(t.va))
        out << ", in mapping '" << m->name << "'";
    out << '\n';
    for (const mmu::AddressField &field : mmu::sliceAddress(t.va, f)) {
        std::ostringstream bits;
        bits << field.hi << ".." << field.lo;
        out << "  " << std::left << std::setw(8) << field.name << std::setw(8) << bits.str() << std::right
            << std::setw(6) << field.value << "  " << mmu::hex(field.value) << '\n';
    }
    out << "  " << rootLine(f, system.pageTable().root()) << '\n';
    for (const mmu::Step &s : steps)
        out << "  " << std::setw(5) << s.cycles << " cy  " << stepLine(system, s) << '\n';
    out << "  total " << access.cycles << " cycles";
    out << osFaultNote(f, access.fault) << "\n\n";
}

} // namespace cli
