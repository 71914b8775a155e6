// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlernarrator.h"

#include "stepnarrator.h"

namespace views {

QString HandlerNarrator::faultName(mmu::OsFault fault)
{
    switch (fault) {
    case mmu::OsFault::None: return tr("no fault");
    case mmu::OsFault::Minor: return tr("minor fault");
    case mmu::OsFault::Major: return tr("major fault");
    case mmu::OsFault::Protection: return tr("protection fault (SIGSEGV)");
    case mmu::OsFault::Segv: return tr("segmentation fault (SIGSEGV)");
    case mmu::OsFault::GeneralProtection: return tr("general-protection fault");
    case mmu::OsFault::Bus: return tr("bus error (SIGBUS)");
    }
    return {};
}

QString HandlerNarrator::narrate(const mmu::Step &s)
{
    const auto hex = &StepNarrator::hexAddress;
    switch (s.action) {
    case mmu::HandlerAction::FindMapping:
        return s.outcome == mmu::Outcome::Ok
            ? tr("The kernel looks the address up in the process's mappings: it is mapped, so the fault can be served.")
            : tr("The kernel looks the address up in the process's mappings: no mapping allows this access.");
    case mmu::HandlerAction::ZeroFill:
        return tr("Minor fault: first touch of anonymous memory; the kernel hands out a zero-filled frame.");
    case mmu::HandlerAction::PageCacheHit:
        return tr("Minor fault: the file page is already in the page cache; no I/O is needed.");
    case mmu::HandlerAction::SwapIn:
        return tr("Major fault: the page was swapped out; the kernel reads it back from the swap device.");
    case mmu::HandlerAction::FileRead:
        return tr("Major fault: the kernel reads the page from its file on the storage device.");
    case mmu::HandlerAction::AllocateFrame:
        return tr("The kernel takes a free %1 frame at %2.").arg(StepNarrator::byteSize(s.pageSize), hex(s.physical));
    case mmu::HandlerAction::Evict:
        return tr("Memory is full: the replacement policy chooses the page at %1 (frame %2) as the victim.")
            .arg(hex(s.vpn << 12), hex(s.physical));
    case mmu::HandlerAction::WriteBack:
        return tr("The victim is dirty or has no copy on storage: it is written out before its frame is reused.");
    case mmu::HandlerAction::Drop:
        return tr("The victim is clean and has a copy on storage: it is dropped without I/O.");
    case mmu::HandlerAction::UpdatePte:
        return tr("The kernel writes the page-table entry at %1: %2.").arg(hex(s.entryAddress), hex(s.entryValue));
    case mmu::HandlerAction::Invalidate:
        return tr("INVLPG %1: the TLBs and walk caches forget the old translation.").arg(hex(s.vpn << 12));
    case mmu::HandlerAction::Signal:
        switch (s.osFault) {
        case mmu::OsFault::Bus:
            return tr("No memory can be found for the page: the process receives SIGBUS.");
        case mmu::OsFault::GeneralProtection:
            return tr("The kernel's handler for a non-canonical address sends SIGSEGV to the process.");
        default:
            return tr("The access is not allowed: the process receives SIGSEGV.");
        }
    case mmu::HandlerAction::Retry:
        return tr("The kernel returns from the fault and the instruction is executed again.");
    }
    return {};
}

} // namespace views
