// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepnarrator.h"

#include "handlernarrator.h"
#include "machineconfig.h"
#include "pageentry.h"
#include "pagingformat.h"

#include <QStringList>

namespace views {

StepNarrator::StepNarrator(const mmu::PagingFormat &format, const mmu::MachineConfig *machine)
    : m_format(&format)
    , m_machine(machine)
{
}

QString StepNarrator::hexAddress(uint64_t value)
{
    return QStringLiteral("0x%1").arg(value, 0, 16);
}

QString StepNarrator::byteSize(uint64_t bytes)
{
    if (bytes >= (uint64_t{1} << 30) && bytes % (uint64_t{1} << 30) == 0)
        return tr("%L1 GiB").arg(bytes >> 30);
    if (bytes >= (uint64_t{1} << 20) && bytes % (uint64_t{1} << 20) == 0)
        return tr("%L1 MiB").arg(bytes >> 20);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%L1 KiB").arg(bytes >> 10);
    return tr("%L1 bytes").arg(bytes);
}

QString StepNarrator::accessName(mmu::AccessType type)
{
    switch (type) {
    case mmu::AccessType::Read:
        return tr("read");
    case mmu::AccessType::Write:
        return tr("write");
    case mmu::AccessType::Execute:
        return tr("instruction fetch");
    }
    return {};
}

QString StepNarrator::levelName(int level) const
{
    return level >= 0 && level < m_format->levelCount() ? QString::fromStdString(m_format->levels[level].name)
                                                         : QString();
}

QString StepNarrator::tlbName(int unit) const
{
    if (m_machine && unit >= 0 && unit < static_cast<int>(m_machine->tlbs.size()))
        return QString::fromStdString(m_machine->tlbs[static_cast<size_t>(unit)].name);
    return tr("TLB #%1").arg(unit);
}

QString StepNarrator::servedByName(int servedBy) const
{
    if (m_machine && servedBy >= 0 && servedBy < static_cast<int>(m_machine->caches.size()))
        return QString::fromStdString(m_machine->caches[static_cast<size_t>(servedBy)].name);
    return tr("DRAM");
}

QString StepNarrator::violations(uint8_t violation) const
{
    // Each architecture's own name for the bit that forbids the access.
    QString user = QStringLiteral("U/S = 0");
    QString write = QStringLiteral("R/W = 0");
    QString execute = QStringLiteral("NX = 1");
    if (m_format->style == mmu::EntryStyle::RiscV) {
        user = QStringLiteral("U = 0");
        write = QStringLiteral("W = 0");
        execute = QStringLiteral("X = 0");
    } else if (m_format->style == mmu::EntryStyle::AArch64) {
        user = QStringLiteral("AP[1] = 0");
        write = QStringLiteral("AP[2] = 1");
        execute = QStringLiteral("UXN = 1");
    }
    QStringList why;
    if (violation & mmu::ViolationUser)
        why << tr("user mode may not touch a supervisor page (%1)").arg(user);
    if (violation & mmu::ViolationWrite)
        why << tr("the page is read-only (%1)").arg(write);
    if (violation & mmu::ViolationExecute)
        why << tr("the page is not executable (%1)").arg(execute);
    return why.join(QStringLiteral("; "));
}

QString StepNarrator::missKindText(mmu::MissKind kind) const
{
    switch (kind) {
    case mmu::MissKind::Compulsory:
        return tr("a compulsory miss: this TLB has never seen the page");
    case mmu::MissKind::Capacity:
        return tr("a capacity miss: the TLB is too small for the pages in use");
    case mmu::MissKind::Conflict:
        return tr("a conflict miss: too many pages map to this set");
    case mmu::MissKind::None:
        break;
    }
    return {};
}

QString StepNarrator::tlbLookup(const mmu::Step &s) const
{
    switch (s.outcome) {
    case mmu::Outcome::Miss: {
        const QString text = tr("%1 miss in set %2: no entry for VPN %3").arg(tlbName(s.unit)).arg(s.set).arg(hexAddress(s.vpn));
        const QString kind = missKindText(s.missKind);
        return kind.isEmpty() ? text : tr("%1 (%2)").arg(text, kind);
    }
    case mmu::Outcome::DirtyAssist:
        return tr("%1 hit in set %2, way %3, but the cached entry is clean and this is a write: the walker must "
                  "set the Dirty bit in memory.")
            .arg(tlbName(s.unit))
            .arg(s.set)
            .arg(s.way);
    default:
        return tr("%1 hit in set %2, way %3: VPN %4 is a %5 page at %6, so no page walk is needed.")
            .arg(tlbName(s.unit))
            .arg(s.set)
            .arg(s.way)
            .arg(hexAddress(s.vpn), byteSize(s.pageSize), hexAddress(s.physical));
    }
}

QString StepNarrator::validBit() const
{
    switch (m_format->style) {
    case mmu::EntryStyle::X86:
    case mmu::EntryStyle::X86Legacy:
        return QStringLiteral("P = 0");
    case mmu::EntryStyle::RiscV:
        return QStringLiteral("V = 0");
    case mmu::EntryStyle::AArch64:
        return QStringLiteral("bit 0 = 0");
    case mmu::EntryStyle::Ostep:
        return QStringLiteral("VALID = 0");
    }
    return {};
}

QString StepNarrator::largeLeafReason() const
{
    switch (m_format->style) {
    case mmu::EntryStyle::RiscV:
        return tr("R, W or X is set, so this PTE is a leaf");
    case mmu::EntryStyle::AArch64:
        return tr("A block descriptor (bits 1..0 = 01)");
    default:
        return tr("PS = 1");
    }
}

QString StepNarrator::entryRead(const mmu::Step &s) const
{
    const QString level = levelName(s.level);
    const mmu::DecodedEntry e = mmu::decodeEntry(*m_format, s.level, s.entryValue);
    const QString read = tr("Read %1[%2] at %3 + %2 × %4 = %5 (from %6, %Ln cycle(s)).", nullptr, static_cast<int>(s.cycles))
                             .arg(level)
                             .arg(s.index)
                             .arg(hexAddress(s.tableBase))
                             .arg(m_format->entryBytes)
                             .arg(hexAddress(s.entryAddress), servedByName(s.servedBy));
    QString what;
    if (s.outcome == mmu::Outcome::NotPresent && e.misaligned)
        what = tr("A leaf whose physical page number is not a multiple of the %1 it maps: a misaligned superpage "
                  "faults like an invalid entry, and the walk stops.")
                   .arg(byteSize(m_format->levels[static_cast<size_t>(s.level)].leafPageSize()));
    else if (s.outcome == mmu::Outcome::NotPresent && e.reserved)
        what = tr("The entry uses a reserved encoding: it faults like an invalid entry, and the walk stops.");
    else if (s.outcome == mmu::Outcome::NotPresent)
        what = tr("The entry is not valid (%1): the walk stops.").arg(validBit());
    else if (s.outcome == mmu::Outcome::Leaf && s.level < m_format->levelCount() - 1)
        what = tr("%1: it maps a %2 page at %3, so the walk ends early.")
                   .arg(largeLeafReason(), byteSize(s.pageSize), hexAddress(e.frame));
    else if (s.outcome == mmu::Outcome::Leaf)
        what = tr("It maps a %1 page at %2; the walk ends here.").arg(byteSize(s.pageSize), hexAddress(e.frame));
    else
        what = tr("It points to the %1 table at %2.").arg(levelName(s.level + 1), hexAddress(e.frame));
    return read + QLatin1Char(' ') + what;
}

QString StepNarrator::narrate(const std::vector<mmu::Step> &steps, size_t index) const
{
    if (index >= steps.size())
        return {};
    const mmu::Step &s = steps[index];
    const mmu::Step *next = index + 1 < steps.size() ? &steps[index + 1] : nullptr;
    const bool missThenWalk = next && next->stage == mmu::Stage::EntryRead
        && ((s.stage == mmu::Stage::TlbLookup && s.outcome != mmu::Outcome::Hit)
            || (s.stage == mmu::Stage::WalkCache && s.outcome == mmu::Outcome::Miss));
    if (missThenWalk && next->level == 0)
        return tr("%1; the walk starts at %2 = %3.")
            .arg(s.stage == mmu::Stage::TlbLookup ? tlbLookup(s) : narrate(s).chopped(1),
                 QString::fromStdString(m_format->rootRegister), hexAddress(next->tableBase));
    if (s.stage == mmu::Stage::TlbLookup && s.outcome == mmu::Outcome::Miss && next
        && next->stage == mmu::Stage::WalkCache)
        return tr("%1; the page-walk caches are asked next.").arg(tlbLookup(s));
    return narrate(s);
}

QString StepNarrator::narrate(const mmu::Step &s) const
{
    const QString level = levelName(s.level);
    switch (s.stage) {
    case mmu::Stage::Canonical:
        // 32-bit paging and OSTEP translate every address; AArch64's TTBR0 half has zeros above bit 47.
        if (m_format->vaBits >= m_format->addressBits)
            return tr("Every %1-bit address is translated: there are no upper bits to check.").arg(m_format->addressBits);
        if (!m_format->signExtended)
            return s.outcome == mmu::Outcome::Ok
                ? tr("Bits %1..%2 are 0: the address is in the lower half, translated from %3.")
                      .arg(m_format->addressBits - 1)
                      .arg(m_format->vaBits)
                      .arg(QString::fromStdString(m_format->rootRegister))
                : tr("Bits %1..%2 are not all 0: the address is not in the half %3 translates.")
                      .arg(m_format->addressBits - 1)
                      .arg(m_format->vaBits)
                      .arg(QString::fromStdString(m_format->rootRegister));
        if (s.outcome == mmu::Outcome::Ok)
            return tr("The address is canonical: bits %1..%2 repeat bit %3, so it can be translated.")
                .arg(m_format->addressBits - 1)
                .arg(m_format->vaBits)
                .arg(m_format->vaBits - 1);
        return tr("The address is not canonical: bits %1..%2 do not all equal bit %3.")
            .arg(m_format->addressBits - 1)
            .arg(m_format->vaBits)
            .arg(m_format->vaBits - 1);
    case mmu::Stage::EntryRead:
        return entryRead(s);
    case mmu::Stage::AccessedDirty: {
        const mmu::DecodedEntry e = mmu::decodeEntry(*m_format, s.level, s.entryValue);
        return e.dirty ? tr("The walker sets the Accessed and Dirty bits in the %1 entry (a write to %2, %Ln "
                            "cycle(s)).",
                            nullptr, static_cast<int>(s.cycles))
                             .arg(level, servedByName(s.servedBy))
                       : tr("The walker sets the Accessed bit in the %1 entry (a write to %2, %Ln cycle(s)).", nullptr,
                            static_cast<int>(s.cycles))
                             .arg(level, servedByName(s.servedBy));
    }
    case mmu::Stage::Fault:
        switch (s.fault) {
        case mmu::FaultKind::GeneralProtection:
            // Each architecture's own exception (the fault view names them the same way).
            if (m_format->style == mmu::EntryStyle::RiscV)
                return tr("Page fault: the upper address bits are not a sign extension, so the address is never "
                          "translated.");
            if (m_format->style == mmu::EntryStyle::AArch64)
                return tr("Translation fault at level 0: the address is outside the half TTBR0 translates, so it is "
                          "never translated.");
            return tr("General-protection fault (#GP): a non-canonical address is never translated.");
        case mmu::FaultKind::NotPresent:
            return tr("Page fault (#PF): the %1 entry is not present, so the address has no mapping yet.").arg(level);
        case mmu::FaultKind::Protection:
            return tr("Page fault (#PF, protection): %1.").arg(violations(s.violation));
        case mmu::FaultKind::None:
            break;
        }
        return {};
    case mmu::Stage::TlbLookup:
        return s.outcome == mmu::Outcome::Miss ? tlbLookup(s) + QLatin1Char('.') : tlbLookup(s);
    case mmu::Stage::TlbFill:
        return s.evicted ? tr("The translation is written into %1, set %2, way %3, evicting VPN %4 (the victim "
                              "the replacement policy chose).")
                               .arg(tlbName(s.unit))
                               .arg(s.set)
                               .arg(s.way)
                               .arg(hexAddress(s.victimVpn))
                         : tr("The translation is written into %1, set %2, way %3 (a free way).")
                               .arg(tlbName(s.unit))
                               .arg(s.set)
                               .arg(s.way);
    case mmu::Stage::WalkCache:
        return s.outcome == mmu::Outcome::Hit
            ? tr("The %1 walk cache holds this entry: the walk skips to the %2 table at %3.")
                  .arg(level, levelName(s.level + 1), hexAddress(s.tableBase))
            : tr("The %1 walk cache has no entry for this address.").arg(level);
    case mmu::Stage::Handler:
        return HandlerNarrator::narrate(s);
    case mmu::Stage::Physical:
        return tr("Physical address = page frame %1 + offset %2 = %3 (%4 page).")
            .arg(hexAddress(s.physical & ~(s.pageSize - 1)), hexAddress(s.physical & (s.pageSize - 1)),
                 hexAddress(s.physical), byteSize(s.pageSize));
    }
    return {};
}

QString StepNarrator::summarize(const mmu::Translation &t) const
{
    if (t.ok())
        return tr("%1 → %2 (%3 page), %Ln cycle(s)", nullptr, static_cast<int>(t.cycles))
            .arg(hexAddress(t.va), hexAddress(t.physical), byteSize(t.pageSize));
    switch (t.fault) {
    case mmu::FaultKind::GeneralProtection:
        if (m_format->style == mmu::EntryStyle::RiscV)
            return tr("%1: page fault, not a sign-extended address").arg(hexAddress(t.va));
        if (m_format->style == mmu::EntryStyle::AArch64)
            return tr("%1: translation fault at level 0, address outside TTBR0's half").arg(hexAddress(t.va));
        return tr("%1: general-protection fault").arg(hexAddress(t.va));
    case mmu::FaultKind::NotPresent:
        return tr("%1: page fault, %2 entry not present, %Ln cycle(s)", nullptr, static_cast<int>(t.cycles))
            .arg(hexAddress(t.va), levelName(t.faultLevel));
    case mmu::FaultKind::Protection:
        return tr("%1: protection fault (%2), %Ln cycle(s)", nullptr, static_cast<int>(t.cycles))
            .arg(hexAddress(t.va), violations(t.violation));
    case mmu::FaultKind::None:
        break;
    }
    return {};
}

} // namespace views
