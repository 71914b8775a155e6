// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "missclassifier.h"

#include <cstdint>

namespace mmu {

enum class AccessType : uint8_t { Read, Write, Execute };
enum class Privilege : uint8_t { User, Supervisor };

/** Why a translation did not produce a physical address. */
enum class FaultKind : uint8_t {
    None,
    NotPresent,        ///< #PF with P=0: an entry on the walk was not present
    Protection,        ///< #PF with P=1: the page exists but forbids this access
    GeneralProtection, ///< #GP: the address is not canonical; no walk happens
};

/** Which permission a protection fault broke (a bit set). */
enum Violation : uint8_t {
    ViolationNone = 0,
    ViolationWrite = 1,   ///< write to a page whose walk has R/W=0 somewhere
    ViolationUser = 2,    ///< user-mode access to a page whose walk has U/S=0 somewhere
    ViolationExecute = 4, ///< instruction fetch from a page with XD=1 somewhere
};

/** The part of the translation a step belongs to. */
enum class Stage : uint8_t {
    Canonical,     ///< the canonical-address check
    TlbLookup,     ///< one TLB array probed (all arrays of a level are probed in parallel)
    TlbFill,       ///< a translation written into a TLB array, maybe evicting another
    WalkCache,     ///< one paging-structure cache probed before the walk
    EntryRead,     ///< one page-table entry read from memory
    AccessedDirty, ///< the walker writes A (and D) back into an entry
    Fault,         ///< the translation ends with a fault
    Physical,      ///< the physical address is composed
    Handler,       ///< one step of the operating system's fault handler (see HandlerAction)
};

/** What the kernel's page-fault handler does, step by step (DESIGN §2.4). */
enum class HandlerAction : uint8_t {
    FindMapping,   ///< look up the VMA of the address; outcome Ok, or Violation when none/forbidden
    ZeroFill,      ///< minor fault: a zeroed frame for anonymous memory
    PageCacheHit,  ///< minor fault: the file page is already in the page cache
    SwapIn,        ///< major fault: read the page back from swap
    FileRead,      ///< major fault: read the page from its file
    AllocateFrame, ///< a free frame is taken (physical = frame address, pageSize = size)
    Evict,         ///< memory is full: the policy chose a victim (vpn, physical)
    WriteBack,     ///< the dirty victim is written to swap or its file
    Drop,          ///< the clean victim is dropped without I/O
    UpdatePte,     ///< the page-table entry is written (entryAddress, entryValue)
    Invalidate,    ///< INVLPG for the victim's address: no stale translation survives
    Signal,        ///< the access cannot be satisfied: SIGSEGV, SIGBUS or #GP to the process
    Retry,         ///< the faulting instruction is restarted
};

/** How the operating system saw an access (Linux's classification). */
enum class OsFault : uint8_t {
    None,
    Minor,             ///< page fault served from memory (zero fill, page cache)
    Major,             ///< page fault that needed I/O (swap-in, file read)
    Protection,        ///< the mapping forbids the access: SIGSEGV (SEGV_ACCERR)
    Segv,              ///< no mapping at the address: SIGSEGV (SEGV_MAPERR)
    GeneralProtection, ///< non-canonical address: #GP, SIGSEGV
    Bus,               ///< no memory for a hugetlb page, or nothing evictable: SIGBUS
};

enum class Outcome : uint8_t {
    Ok,
    Hit,
    Miss,
    DirtyAssist, ///< TLB hit for a write, but the cached entry is clean: the walker must set D
    NextTable,  ///< entry present, points to the next table
    Leaf,       ///< entry present and maps the page
    NotPresent, ///< entry not present: the walk stops here
    Violation,  ///< permission check failed
    NonCanonical,
};

/**
 * One step of a translation as a plain record. The model never writes prose: views and the
 * command line turn these fields into sentences. Fields that a stage does not use stay zero.
 */
struct Step {
    Stage stage = Stage::Canonical;
    Outcome outcome = Outcome::Ok;
    int8_t level = -1;        ///< paging level (0 = root) for walk stages
    FaultKind fault = FaultKind::None;
    uint8_t violation = ViolationNone;
    uint64_t cycles = 0;
    uint64_t tableBase = 0;    ///< EntryRead: physical address of the table
    uint64_t index = 0;        ///< EntryRead: index into the table
    uint64_t entryAddress = 0; ///< tableBase + index × entry size
    uint64_t entryValue = 0;   ///< EntryRead: value read; AccessedDirty: value written
    uint64_t physical = 0;     ///< Physical: the result; TlbLookup hit / TlbFill: the frame
    uint64_t pageSize = 0;     ///< Leaf / Physical / TLB hit and fill: size of the page
    int16_t unit = -1;         ///< TlbLookup/TlbFill: TLB array index; WalkCache: walk-cache index
    int8_t servedBy = -1;      ///< EntryRead/AccessedDirty: data-cache level, == number of caches for DRAM
    MissKind missKind = MissKind::None; ///< TlbLookup miss: compulsory, capacity or conflict
    uint32_t set = 0;          ///< TlbLookup/TlbFill: the set indexed
    int16_t way = -1;          ///< TlbLookup hit / TlbFill: the way
    uint64_t vpn = 0;          ///< TlbLookup/TlbFill: virtual page number at the TLB's first page size
    bool evicted = false;      ///< TlbFill: a valid entry was replaced
    uint64_t victimVpn = 0;    ///< TlbFill: its virtual page number
    uint64_t victimPageSize = 0;
    HandlerAction action = HandlerAction::FindMapping; ///< Handler steps
    OsFault osFault = OsFault::None;                   ///< Handler: the classification so far
};

/** The outcome of one translation; its steps go to a separate list when recording. */
struct Translation {
    uint64_t va = 0;
    AccessType type = AccessType::Read;
    Privilege privilege = Privilege::User;
    bool canonical = true;
    FaultKind fault = FaultKind::None;
    uint8_t violation = ViolationNone;
    int faultLevel = -1; ///< level whose entry was not present or forbade the access
    uint64_t physical = 0;
    uint64_t pageSize = 0;
    int leafLevel = -1;
    uint64_t cycles = 0; ///< exactly the sum of the steps' cycles
    int tlbHitLevel = 0; ///< TLB level that hit (1, 2, …), 0 when none did
    bool walked = false;
    int walkStartLevel = -1; ///< first level read from memory (after walk-cache skips)
    uint64_t walkCycles = 0; ///< cycles from the walk-cache lookup to the last entry access

    bool ok() const { return fault == FaultKind::None; }
};

} // namespace mmu
