// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepnarrator.h"

#include "pageentry.h"
#include "pagingformat.h"

#include <QStringList>

namespace views {

StepNarrator::StepNarrator(const mmu::PagingFormat &format)
    : m_format(&format)
{
}

QString StepNarrator::hexAddress(uint64_t value)
{
    return QStringLiteral("0x%1").arg(value, 0, 16);
}

QString StepNarrator::byteSize(uint64_t bytes)
{
    if (bytes >= (uint64_t{1} << 30) && bytes % (uint64_t{1} << 30) == 0)
        return tr("%1 GiB").arg(bytes >> 30);
    if (bytes >= (uint64_t{1} << 20) && bytes % (uint64_t{1} << 20) == 0)
        return tr("%1 MiB").arg(bytes >> 20);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KiB").arg(bytes >> 10);
    return tr("%1 bytes").arg(bytes);
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

QString StepNarrator::violations(uint8_t violation) const
{
    QStringList why;
    if (violation & mmu::ViolationUser)
        why << tr("user mode may not touch a supervisor page (U/S = 0)");
    if (violation & mmu::ViolationWrite)
        why << tr("the page is read-only (R/W = 0)");
    if (violation & mmu::ViolationExecute)
        why << tr("the page is not executable (NX = 1)");
    return why.join(QStringLiteral("; "));
}

QString StepNarrator::narrate(const mmu::Step &s) const
{
    const QString level = levelName(s.level);
    switch (s.stage) {
    case mmu::Stage::Canonical:
        if (s.outcome == mmu::Outcome::Ok)
            return tr("The address is canonical: bits %1..%2 repeat bit %3.")
                .arg(m_format->addressBits - 1)
                .arg(m_format->vaBits)
                .arg(m_format->vaBits - 1);
        return tr("The address is not canonical: bits %1..%2 do not all equal bit %3.")
            .arg(m_format->addressBits - 1)
            .arg(m_format->vaBits)
            .arg(m_format->vaBits - 1);
    case mmu::Stage::EntryRead: {
        const mmu::DecodedEntry e = mmu::decodeEntry(*m_format, s.level, s.entryValue);
        const QString read = tr("Read %1[%2] at %3 + %2 × %4 = %5.")
                                 .arg(level)
                                 .arg(s.index)
                                 .arg(hexAddress(s.tableBase))
                                 .arg(m_format->entryBytes)
                                 .arg(hexAddress(s.entryAddress));
        if (s.outcome == mmu::Outcome::NotPresent)
            return read + QLatin1Char(' ') + tr("The entry is not present (P = 0): the walk stops.");
        if (s.outcome == mmu::Outcome::Leaf)
            return read + QLatin1Char(' ')
                + tr("It maps a %1 page at %2; the walk ends here.").arg(byteSize(s.pageSize), hexAddress(e.frame));
        return read + QLatin1Char(' ') + tr("It points to the next table at %1.").arg(hexAddress(e.frame));
    }
    case mmu::Stage::AccessedDirty: {
        const mmu::DecodedEntry e = mmu::decodeEntry(*m_format, s.level, s.entryValue);
        return e.dirty ? tr("The walker sets the Accessed and Dirty bits in the %1 entry.").arg(level)
                       : tr("The walker sets the Accessed bit in the %1 entry.").arg(level);
    }
    case mmu::Stage::Fault:
        switch (s.fault) {
        case mmu::FaultKind::GeneralProtection:
            return tr("General-protection fault (#GP): a non-canonical address is never translated.");
        case mmu::FaultKind::NotPresent:
            return tr("Page fault (#PF): the %1 entry is not present.").arg(level);
        case mmu::FaultKind::Protection:
            return tr("Page fault (#PF, protection): %1.").arg(violations(s.violation));
        case mmu::FaultKind::None:
            break;
        }
        return {};
    case mmu::Stage::TlbLookup:
        if (s.outcome == mmu::Outcome::Miss)
            return tr("TLB #%1, set %2: no entry for this page: miss.").arg(s.unit).arg(s.set);
        if (s.outcome == mmu::Outcome::DirtyAssist)
            return tr("TLB #%1, set %2: hit, but the entry is clean and this is a write: the walker must set D.")
                .arg(s.unit)
                .arg(s.set);
        return tr("TLB #%1, set %2, way %3: hit, %4 page at %5.")
            .arg(s.unit)
            .arg(s.set)
            .arg(s.way)
            .arg(byteSize(s.pageSize), hexAddress(s.physical));
    case mmu::Stage::TlbFill:
        return s.evicted ? tr("The translation is written into TLB #%1, set %2, way %3, replacing VPN %4.")
                               .arg(s.unit)
                               .arg(s.set)
                               .arg(s.way)
                               .arg(hexAddress(s.victimVpn))
                         : tr("The translation is written into TLB #%1, set %2, way %3 (a free way).")
                               .arg(s.unit)
                               .arg(s.set)
                               .arg(s.way);
    case mmu::Stage::WalkCache:
        return s.outcome == mmu::Outcome::Hit
            ? tr("The %1 walk cache holds this entry: the walk skips to the table at %2.")
                  .arg(level, hexAddress(s.tableBase))
            : tr("The %1 walk cache has no entry for this address.").arg(level);
    case mmu::Stage::Physical:
        return tr("Physical address = page frame + offset = %1 (%2 page).")
            .arg(hexAddress(s.physical), byteSize(s.pageSize));
    }
    return {};
}

QString StepNarrator::summarize(const mmu::Translation &t) const
{
    if (t.ok())
        return tr("%1 → %2 (%3 page), %4 cycles")
            .arg(hexAddress(t.va), hexAddress(t.physical), byteSize(t.pageSize))
            .arg(t.cycles);
    switch (t.fault) {
    case mmu::FaultKind::GeneralProtection:
        return tr("%1: general-protection fault").arg(hexAddress(t.va));
    case mmu::FaultKind::NotPresent:
        return tr("%1: page fault, %2 entry not present, %3 cycles")
            .arg(hexAddress(t.va), levelName(t.faultLevel))
            .arg(t.cycles);
    case mmu::FaultKind::Protection:
        return tr("%1: protection fault (%2), %3 cycles").arg(hexAddress(t.va), violations(t.violation)).arg(t.cycles);
    case mmu::FaultKind::None:
        break;
    }
    return {};
}

} // namespace views
