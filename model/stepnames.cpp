// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepnames.h"

namespace mmu {

std::string_view toId(Stage s)
{
    switch (s) {
    case Stage::Canonical: return "canonical-check";
    case Stage::TlbLookup: return "tlb-lookup";
    case Stage::TlbFill: return "tlb-fill";
    case Stage::WalkCache: return "walk-cache-lookup";
    case Stage::EntryRead: return "entry-read";
    case Stage::AccessedDirty: return "accessed-dirty-update";
    case Stage::Fault: return "fault";
    case Stage::Physical: return "physical-address";
    case Stage::Handler: return "fault-handler";
    }
    return "unknown";
}

std::string_view toId(HandlerAction a)
{
    switch (a) {
    case HandlerAction::FindMapping: return "find-mapping";
    case HandlerAction::ZeroFill: return "zero-fill";
    case HandlerAction::PageCacheHit: return "page-cache-hit";
    case HandlerAction::SwapIn: return "swap-in";
    case HandlerAction::FileRead: return "file-read";
    case HandlerAction::AllocateFrame: return "allocate-frame";
    case HandlerAction::Evict: return "evict";
    case HandlerAction::WriteBack: return "write-back";
    case HandlerAction::Drop: return "drop";
    case HandlerAction::UpdatePte: return "update-pte";
    case HandlerAction::Invalidate: return "invalidate";
    case HandlerAction::Signal: return "signal";
    case HandlerAction::Retry: return "retry";
    }
    return "unknown";
}

std::string_view toId(OsFault f)
{
    switch (f) {
    case OsFault::None: return "none";
    case OsFault::Minor: return "minor";
    case OsFault::Major: return "major";
    case OsFault::Protection: return "protection";
    case OsFault::Segv: return "segv";
    case OsFault::GeneralProtection: return "general-protection";
    case OsFault::Bus: return "bus";
    }
    return "unknown";
}

std::string_view nonCanonicalFaultName(const PagingFormat &format)
{
    switch (format.style) {
    case EntryStyle::RiscV: return "page fault: not a sign-extended address";
    case EntryStyle::AArch64: return "translation fault, level 0: address outside TTBR0's half";
    case EntryStyle::X86:
    case EntryStyle::X86Legacy:
    case EntryStyle::Ostep: break;
    }
    return {};
}

std::string_view toId(Outcome o)
{
    switch (o) {
    case Outcome::Ok: return "ok";
    case Outcome::Hit: return "hit";
    case Outcome::Miss: return "miss";
    case Outcome::DirtyAssist: return "hit-dirty-assist";
    case Outcome::NextTable: return "next-table";
    case Outcome::Leaf: return "leaf";
    case Outcome::NotPresent: return "not-present";
    case Outcome::Violation: return "violation";
    case Outcome::NonCanonical: return "non-canonical";
    }
    return "unknown";
}

std::string_view toId(FaultKind f)
{
    switch (f) {
    case FaultKind::None: return "none";
    case FaultKind::NotPresent: return "not-present";
    case FaultKind::Protection: return "protection";
    case FaultKind::GeneralProtection: return "general-protection";
    }
    return "unknown";
}

std::string_view toId(MissKind m)
{
    switch (m) {
    case MissKind::None: return "none";
    case MissKind::Compulsory: return "compulsory";
    case MissKind::Capacity: return "capacity";
    case MissKind::Conflict: return "conflict";
    }
    return "unknown";
}

std::string_view toId(AccessType a)
{
    switch (a) {
    case AccessType::Read: return "read";
    case AccessType::Write: return "write";
    case AccessType::Execute: return "execute";
    }
    return "unknown";
}

std::string_view toId(Privilege p)
{
    return p == Privilege::User ? "user" : "supervisor";
}

std::vector<std::string_view> violationIds(uint8_t violation)
{
    std::vector<std::string_view> ids;
    if (violation & ViolationWrite)
        ids.push_back("write");
    if (violation & ViolationUser)
        ids.push_back("user");
    if (violation & ViolationExecute)
        ids.push_back("execute");
    return ids;
}

std::vector<std::string_view> flagNames(const DecodedEntry &e)
{
    std::vector<std::string_view> names;
    const std::pair<bool, std::string_view> flags[] = {
        {e.present, "P"},  {e.writable, "RW"}, {e.user, "US"},     {e.writeThrough, "PWT"}, {e.cacheDisable, "PCD"},
        {e.accessed, "A"}, {e.dirty, "D"},     {e.pageSize, "PS"}, {e.global, "G"},         {e.noExecute, "NX"},
    };
    for (const auto &[set, name] : flags)
        if (set)
            names.push_back(name);
    return names;
}

std::vector<std::string_view> flagNames(const PagingFormat &format, int level, uint64_t value)
{
    if (format.style == EntryStyle::X86)
        return flagNames(decodeEntry(format, level, value));
    std::vector<std::string_view> names;
    for (const EntryFlag &flag : entryFlags(format, level, value))
        if (flag.set)
            names.push_back(flag.name);
    return names;
}

} // namespace mmu
