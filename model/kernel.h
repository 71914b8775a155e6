// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameallocator.h"
#include "machineconfig.h"
#include "mapping.h"
#include "mmu.h"
#include "pagetable.h"
#include "replacementpolicy.h"
#include "result.h"
#include "step.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mmu {

/** Why a mapping could not be established or changed: which mapping, at which address, and why. */
struct MappingError {
    std::string mapping;
    uint64_t address = 0;
    MapError reason = MapError::OutOfMemory;
    std::string message() const;
};

/** What the operating system has counted so far. Bytes are of resident data pages. */
struct OsCounters {
    uint64_t minor = 0;
    uint64_t major = 0;
    uint64_t protection = 0;
    uint64_t segv = 0;
    uint64_t generalProtection = 0;
    uint64_t bus = 0;
    uint64_t prefaulted = 0; ///< pages mapped by MAP_POPULATE, outside any access
    uint64_t evictions = 0;
    uint64_t writeBacks = 0;
    uint64_t residentBytes = 0;
    uint64_t peakResidentBytes = 0;
    uint64_t swapBytes = 0;
    uint64_t handlerCycles = 0;
};

/** What a replay keeps of an access (Kernel::replayAccess). */
struct AccessBrief {
    uint64_t cycles = 0;  ///< as AccessResult::cycles
    int tlbHitLevel = 0;  ///< of the last attempt, as Translation::tlbHitLevel
    OsFault fault = OsFault::None;
};

/** One access as the program experiences it: translation, maybe a fault and its handling, and the retry. */
struct AccessResult {
    Translation translation; ///< of the last attempt
    OsFault fault = OsFault::None;
    uint64_t cycles = 0; ///< every attempt plus the handler: exactly the sum of all steps
    bool ok() const { return translation.ok(); }
};

/**
 * The operating system's memory manager for one process (DESIGN §2.4): its mappings (VMAs),
 * demand paging with minor and major faults, protection and segmentation faults, a finite
 * frame pool with a replacement policy, swap, transparent and hugetlb hugepages, mlock,
 * MAP_POPULATE and MADV_SEQUENTIAL. Evicting or unmapping a page clears its entry and issues
 * INVLPG, so the MMU never returns a stale translation. The handler's work is recorded as
 * Stage::Handler steps with their cycles (fault costs from the machine file).
 */
class Kernel {
public:
    Kernel(const MachineConfig &machine, const PagingFormat &format, PhysicalMemory &memory, FrameAllocator &frames,
           PageTable &pageTable, Mmu &mmu);
    ~Kernel();
    Kernel(const Kernel &) = delete;
    Kernel &operator=(const Kernel &) = delete;

    /** Adds a mapping; a populated one is faulted in page by page right away. */
    Result<bool, MappingError> mmap(const Mapping &mapping);
    /** Removes [start, start+length): frames and swap are freed and translations invalidated. */
    Result<bool, MappingError> munmap(uint64_t start, uint64_t length);
    /** Changes the permissions of [start, start+length) and of every resident page in it. */
    Result<bool, MappingError> mprotect(uint64_t start, uint64_t length, Permissions perms);

    /** One access by the program: translate; on a page fault run the handler and retry once. */
    AccessResult access(uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps = nullptr,
                        uint64_t nextUse = PageUse::NeverUsed);
    /**
     * access() by user code with no steps, for a replay's millions of accesses: the same work,
     * but the result stays in the kernel and only its brief is returned. Inline for the common
     * case, a translation that leaves the kernel nothing to do (no fault, no replacement policy
     * to tell); everything else goes on in access()'s own code.
     */
    AccessBrief replayAccess(uint64_t va, AccessType type, uint64_t nextUse = PageUse::NeverUsed)
    {
        AccessResult &r = m_replayResult;
        m_mmu->translate(r.translation, va, type, Privilege::User);
        if (r.translation.ok() && !m_policy) [[likely]]
            return {r.translation.cycles, r.translation.tlbHitLevel, OsFault::None};
        complete(r, va, type, Privilege::User, nullptr, nextUse);
        return {r.cycles, r.translation.tlbHitLevel, r.fault};
    }

    const Mapping *find(uint64_t va) const;
    const std::vector<Mapping> &mappings() const { return m_vmas; }
    const OsCounters &counters() const { return m_counters; }
    /** The replacement policy, or nullptr when memory is unlimited. */
    const ReplacementPolicy *policy() const { return m_policy.get(); }
    /** The page held in a policy slot (its virtual address), or nullopt when the slot is free. */
    std::optional<uint64_t> pageInSlot(int slot) const;

    /**
     * Software bits of a not-present PTE (hardware ignores them when the entry is not valid):
     * a swapped-out page's swap slot, or the mark of an evicted file page. On x86-64 bit 62,
     * bit 61 and the slot + 1 from bit 12; narrower entries use their own top bits.
     */
    struct SwapEntry {
        uint64_t swapped = 0;
        uint64_t fileEvicted = 0;
        int slotShift = 12;
        int64_t maxSlots = 0; ///< slots that fit below the marks
        uint64_t entryFor(int64_t slot) const { return swapped | (static_cast<uint64_t>(slot + 1) << slotShift); }
        int64_t slotOf(uint64_t entry) const
        {
            return static_cast<int64_t>(((entry & ~swapped & ~fileEvicted) >> slotShift)) - 1;
        }
        static SwapEntry forFormat(const PagingFormat &format);
    };
    const SwapEntry &swapEntry() const { return m_swap; }

private:
    struct Slot {
        uint64_t va = 0;
        uint64_t frame = 0; ///< frame number
        int64_t swapSlot = -1;
        bool used = false;
        bool dirty = false;
    };
    enum class Prefault { No, Yes };

    /** The rest of access() once `r.translation` holds the first attempt: the use, or the fault and the retry. */
    void complete(AccessResult &r, uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps,
                  uint64_t nextUse);

    /** Address of the last-level entry for `va` when every upper level is a present table. */
    std::optional<uint64_t> lastLevelEntry(uint64_t va) const;
    /** How many page tables mapping a 4 KiB page at `va` would still have to allocate. */
    uint64_t missingTables(uint64_t va) const;
    OsFault handleNotPresent(const Mapping &vma, uint64_t va, uint64_t pte, AccessType type,
                             std::vector<Step> *steps, uint64_t &cycles, uint64_t nextUse, Prefault prefault);
    bool mapHugePage(const Mapping &vma, uint64_t base, uint64_t size, std::vector<Step> *steps);
    std::optional<uint64_t> takeFrame(int &slot, std::vector<Step> *steps, uint64_t &cycles);
    bool ensureFreeFrames(uint64_t count, std::vector<Step> *steps, uint64_t &cycles);
    std::optional<int> evictOne(std::vector<Step> *steps, uint64_t &cycles);
    void releaseResident(uint64_t va, const LeafLocation &leaf);
    void noteUse(const Translation &t, AccessType type, uint64_t nextUse);
    void addResident(uint64_t bytes);
    void removeResident(uint64_t bytes);
    int64_t allocateSwapSlot();
    void freeSwapSlot(int64_t slot);
    uint64_t deviceNs() const;
    Result<bool, MappingError> splitAt(uint64_t address);
    void emitHandler(std::vector<Step> *steps, HandlerAction action, OsFault fault, uint64_t cycles,
                     uint64_t vpn = 0, uint64_t physical = 0, uint64_t pageSize = 0);

    MachineConfig m_machine;
    const PagingFormat *m_format;
    PhysicalMemory *m_memory;
    FrameAllocator *m_frames;
    PageTable *m_pageTable;
    Mmu *m_mmu;
    SwapEntry m_swap;
    std::vector<Mapping> m_vmas; ///< sorted by start, never overlapping
    std::unique_ptr<ReplacementPolicy> m_policy;
    std::vector<Slot> m_slots;
    std::vector<int> m_freeSlots;
    std::vector<int32_t> m_slotOfFrame;
    LockedSlots m_locked;
    std::vector<int64_t> m_freeSwap;
    int64_t m_swapTop = 0;
    OsCounters m_counters;
    AccessResult m_replayResult; ///< replayAccess() fills it in place: no result copied per access
};

} // namespace mmu
