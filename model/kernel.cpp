// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel.h"

#include "address.h"
#include "pageentry.h"

#include <algorithm>
#include <bit>

namespace mmu {

std::string MappingError::message() const
{
    return "mapping '" + mapping + "' at " + hex(address) + ": " + toString(reason);
}

namespace {

uint64_t pageBytes(const PagingFormat &f)
{
    return f.pageSize();
}

} // namespace

Kernel::SwapEntry Kernel::SwapEntry::forFormat(const PagingFormat &f)
{
    // The two highest bits of the entry mark it; the slot + 1 sits below them, from bit 12
    // as in a Linux x86 swap entry, or from bit 0 where the valid bit is the top bit (OSTEP).
    const int bits = f.entryBytes * 8;
    SwapEntry e;
    e.swapped = uint64_t{1} << (bits - 2);
    e.fileEvicted = uint64_t{1} << (bits - 3);
    e.slotShift = f.entry.present == bits - 1 ? 0 : 12;
    const int slotBits = bits - 3 - e.slotShift;
    e.maxSlots = (int64_t{1} << slotBits) - 1;
    return e;
}

Kernel::Kernel(const MachineConfig &machine, const PagingFormat &format, PhysicalMemory &memory,
               FrameAllocator &frames, PageTable &pageTable, Mmu &mmu)
    : m_machine(machine)
    , m_format(&format)
    , m_memory(&memory)
    , m_frames(&frames)
    , m_pageTable(&pageTable)
    , m_mmu(&mmu)
    , m_swap(SwapEntry::forFormat(format))
{
    if (const auto capacity = frames.capacity()) {
        const auto slots = static_cast<int>(std::min<uint64_t>(*capacity, 1u << 30));
        const auto kind = policyFromName(machine.memory.policy).value_or(PolicyKind::Lru);
        m_policy = makePolicy(kind, slots, 1);
        m_slots.resize(static_cast<size_t>(slots));
        m_locked.assign(static_cast<size_t>(slots), false);
        for (int s = slots - 1; s >= 0; --s)
            m_freeSlots.push_back(s);
    }
}

Kernel::~Kernel() = default;

void Kernel::emitHandler(std::vector<Step> *steps, HandlerAction action, OsFault fault, uint64_t cycles,
                         uint64_t vpn, uint64_t physical, uint64_t pageSize)
{
    m_counters.handlerCycles += cycles;
    if (!steps)
        return;
    Step &s = steps->emplace_back();
    s.stage = Stage::Handler;
    s.action = action;
    s.osFault = fault;
    s.cycles = cycles;
    s.vpn = vpn;
    s.physical = physical;
    s.pageSize = pageSize;
}

const Mapping *Kernel::find(uint64_t va) const
{
    auto it = std::upper_bound(m_vmas.begin(), m_vmas.end(), va,
                               [](uint64_t a, const Mapping &m) { return a < m.start; });
    if (it == m_vmas.begin())
        return nullptr;
    --it;
    return it->contains(va) ? &*it : nullptr;
}

std::optional<uint64_t> Kernel::pageInSlot(int slot) const
{
    if (slot < 0 || static_cast<size_t>(slot) >= m_slots.size() || !m_slots[static_cast<size_t>(slot)].used)
        return std::nullopt;
    return m_slots[static_cast<size_t>(slot)].va;
}

uint64_t Kernel::deviceNs() const
{
    switch (m_machine.memory.swap) {
    case StorageDevice::Nvme: return m_machine.faultCosts.nvmeNs;
    case StorageDevice::SataSsd: return m_machine.faultCosts.sataSsdNs;
    case StorageDevice::Hdd: return m_machine.faultCosts.hddNs;
    }
    return m_machine.faultCosts.nvmeNs;
}

void Kernel::addResident(uint64_t bytes)
{
    m_counters.residentBytes += bytes;
    m_counters.peakResidentBytes = std::max(m_counters.peakResidentBytes, m_counters.residentBytes);
}

void Kernel::removeResident(uint64_t bytes)
{
    m_counters.residentBytes -= bytes;
}

int64_t Kernel::allocateSwapSlot()
{
    m_counters.swapBytes += pageBytes(*m_format);
    if (!m_freeSwap.empty()) {
        const int64_t s = m_freeSwap.back();
        m_freeSwap.pop_back();
        return s;
    }
    return m_swapTop++;
}

void Kernel::freeSwapSlot(int64_t slot)
{
    m_counters.swapBytes -= pageBytes(*m_format);
    m_freeSwap.push_back(slot);
}

std::optional<uint64_t> Kernel::lastLevelEntry(uint64_t va) const
{
    uint64_t table = m_pageTable->root();
    const int last = m_format->levelCount() - 1;
    for (int l = 0; l < last; ++l) {
        const uint64_t at = table + m_format->index(va, l) * static_cast<uint64_t>(m_format->entryBytes);
        const DecodedEntry e = decodeEntry(*m_format, l, m_memory->read(at, m_format->entryBytes));
        if (!e.present || e.leaf)
            return std::nullopt;
        table = e.frame;
    }
    return table + m_format->index(va, last) * static_cast<uint64_t>(m_format->entryBytes);
}

uint64_t Kernel::missingTables(uint64_t va) const
{
    uint64_t table = m_pageTable->root();
    const int last = m_format->levelCount() - 1;
    for (int l = 0; l < last; ++l) {
        const uint64_t at = table + m_format->index(va, l) * static_cast<uint64_t>(m_format->entryBytes);
        const DecodedEntry e = decodeEntry(*m_format, l, m_memory->read(at, m_format->entryBytes));
        if (!e.present)
            return static_cast<uint64_t>(last - l);
        table = e.frame;
    }
    return 0;
}

// --- Mappings -------------------------------------------------------------------------------

Result<bool, MappingError> Kernel::mmap(const Mapping &m)
{
    const uint64_t page = pageBytes(*m_format);
    const int leafLevel = m_format->leafLevelFor(m.pageSize);
    if (leafLevel < 0)
        return MappingError{m.name, m.start, MapError::UnsupportedPageSize};
    if (m.length == 0 || m.end() < m.start)
        return MappingError{m.name, m.start, MapError::EmptyRange};
    if ((m.start | m.length) & (m.pageSize - 1) || (m.start & (page - 1)))
        return MappingError{m.name, m.start, MapError::Misaligned};
    if (!m_format->isCanonical(m.start) || !m_format->isCanonical(m.end() - 1))
        return MappingError{m.name, m.start, MapError::NonCanonical};
    for (const Mapping &other : m_vmas)
        if (m.start < other.end() && other.start < m.end())
            return MappingError{m.name, std::max(m.start, other.start), MapError::Overlap};

    auto it = std::upper_bound(m_vmas.begin(), m_vmas.end(), m.start,
                               [](uint64_t a, const Mapping &v) { return a < v.start; });
    const auto index = static_cast<size_t>(it - m_vmas.begin());
    m_vmas.insert(it, m);
    if (!m.populated)
        return true;
    // MAP_POPULATE: fault every page in now, in address order.
    for (uint64_t va = m.start; va < m.end(); va += m.pageSize) {
        uint64_t cycles = 0;
        const Mapping vma = m_vmas[index]; // copy: the vector may not change, but be safe
        const OsFault f = handleNotPresent(vma, va, 0, AccessType::Read, nullptr, cycles, PageUse::NeverUsed,
                                           Prefault::Yes);
        if (f == OsFault::Bus) {
            munmap(m.start, m.length);
            return MappingError{m.name, va, MapError::OutOfMemory};
        }
    }
    return true;
}

Result<bool, MappingError> Kernel::splitAt(uint64_t address)
{
    for (size_t i = 0; i < m_vmas.size(); ++i) {
        Mapping &v = m_vmas[i];
        if (address <= v.start || address >= v.end())
            continue;
        if (address & (v.pageSize - 1))
            return MappingError{v.name, address, MapError::SplitsHugePage};
        Mapping upper = v;
        upper.start = address;
        upper.length = v.end() - address;
        v.length = address - v.start;
        m_vmas.insert(m_vmas.begin() + static_cast<long>(i) + 1, upper);
        return true;
    }
    return true;
}

void Kernel::releaseResident(uint64_t va, const LeafLocation &leaf)
{
    const PagingLevel &level = m_format->levels[leaf.level];
    const uint64_t size = level.leafPageSize();
    const DecodedEntry e = decodeEntry(*m_format, leaf.level, leaf.entry);
    const uint64_t frame = e.frame >> m_format->pageShift;
    if (size == pageBytes(*m_format) && m_policy) {
        const int slot = m_slotOfFrame[frame];
        if (slot >= 0) {
            if (m_slots[static_cast<size_t>(slot)].swapSlot >= 0)
                freeSwapSlot(m_slots[static_cast<size_t>(slot)].swapSlot);
            m_slots[static_cast<size_t>(slot)] = Slot{};
            m_locked[static_cast<size_t>(slot)] = false;
            m_policy->freed(slot);
            m_freeSlots.push_back(slot);
            m_slotOfFrame[frame] = -1;
        }
    }
    m_pageTable->writeEntry(leaf.entryAddress, 0);
    m_mmu->invlpg(va);
    m_frames->release(frame, orderFor(size, m_format->pageShift));
    removeResident(size);
}

Result<bool, MappingError> Kernel::munmap(uint64_t start, uint64_t length)
{
    const uint64_t page = pageBytes(*m_format);
    if (length == 0 || start + length < start)
        return MappingError{"munmap", start, MapError::EmptyRange};
    if ((start | length) & (page - 1))
        return MappingError{"munmap", start, MapError::Misaligned};
    const uint64_t end = start + length;
    if (auto r = splitAt(start); !r)
        return r;
    if (auto r = splitAt(end); !r)
        return r;
    for (size_t i = 0; i < m_vmas.size();) {
        const Mapping v = m_vmas[i];
        if (v.end() <= start || v.start >= end) {
            ++i;
            continue;
        }
        for (uint64_t va = v.start; va < v.end();) {
            uint64_t step = page;
            if (auto leaf = m_pageTable->findLeaf(va)) {
                step = m_format->levels[leaf->level].leafPageSize();
                releaseResident(va, *leaf);
            } else if (const auto pteAddress = lastLevelEntry(va)) {
                // A swapped-out page keeps its swap slot in the not-present PTE: free it.
                const uint64_t raw = m_memory->read(*pteAddress, m_format->entryBytes);
                if (raw & m_swap.swapped)
                    freeSwapSlot(m_swap.slotOf(raw));
                if (raw)
                    m_pageTable->writeEntry(*pteAddress, 0);
            }
            va += step;
        }
        m_vmas.erase(m_vmas.begin() + static_cast<long>(i));
    }
    return true;
}

Result<bool, MappingError> Kernel::mprotect(uint64_t start, uint64_t length, Permissions perms)
{
    const uint64_t page = pageBytes(*m_format);
    if (length == 0 || start + length < start)
        return MappingError{"mprotect", start, MapError::EmptyRange};
    if ((start | length) & (page - 1))
        return MappingError{"mprotect", start, MapError::Misaligned};
    const uint64_t end = start + length;
    // Linux refuses (ENOMEM) when part of the range is unmapped.
    for (uint64_t at = start; at < end;) {
        const Mapping *v = find(at);
        if (!v)
            return MappingError{"mprotect", at, MapError::NotMapped};
        at = v->end();
    }
    if (auto r = splitAt(start); !r)
        return r;
    if (auto r = splitAt(end); !r)
        return r;
    for (Mapping &v : m_vmas) {
        if (v.end() <= start || v.start >= end)
            continue;
        v.perms = perms;
        for (uint64_t va = v.start; va < v.end();) {
            uint64_t step = page;
            if (auto leaf = m_pageTable->findLeaf(va)) {
                step = m_format->levels[leaf->level].leafPageSize();
                const DecodedEntry e = decodeEntry(*m_format, leaf->level, leaf->entry);
                uint64_t value = makeLeafEntry(*m_format, leaf->level, e.frame, perms, e.global);
                if (e.accessed)
                    value = markAccessed(*m_format, leaf->level, value);
                if (e.dirty)
                    value = markDirty(*m_format, leaf->level, value);
                m_pageTable->writeEntry(leaf->entryAddress, value);
                m_mmu->invlpg(va);
            }
            va += step;
        }
    }
    return true;
}

// --- Frames and eviction --------------------------------------------------------------------

std::optional<int> Kernel::evictOne(std::vector<Step> *steps, uint64_t &cycles)
{
    const std::optional<int> victim = m_policy ? m_policy->chooseVictim(m_locked) : std::nullopt;
    if (!victim)
        return std::nullopt;
    Slot &slot = m_slots[static_cast<size_t>(*victim)];
    const uint64_t page = pageBytes(*m_format);
    const auto leaf = m_pageTable->findLeaf(slot.va);
    const Mapping *vma = find(slot.va);
    const bool dirty = leaf && (decodeEntry(*m_format, leaf->level, leaf->entry).dirty || slot.dirty);
    const bool file = vma && vma->fileBacked;
    if (!file && slot.swapSlot < 0 && m_freeSwap.empty() && m_swapTop >= m_swap.maxSlots)
        return std::nullopt; // no swap slot fits in a not-present entry (OSTEP's one-byte PTEs)
    ++m_counters.evictions;
    emitHandler(steps, HandlerAction::Evict, OsFault::None, 0, slot.va >> m_format->pageShift,
                slot.frame << m_format->pageShift, page);

    uint64_t newPte = m_swap.fileEvicted;
    // An anonymous page needs a copy in swap unless it has a clean one already (swap cache).
    const bool needsWrite = file ? dirty : (dirty || slot.swapSlot < 0);
    if (!file) {
        if (slot.swapSlot < 0)
            slot.swapSlot = allocateSwapSlot();
        newPte = m_swap.entryFor(slot.swapSlot);
    }
    if (needsWrite) {
        const uint64_t c = m_machine.cyclesFromNs(deviceNs());
        cycles += c;
        ++m_counters.writeBacks;
        emitHandler(steps, HandlerAction::WriteBack, OsFault::None, c, slot.va >> m_format->pageShift);
    } else {
        emitHandler(steps, HandlerAction::Drop, OsFault::None, 0, slot.va >> m_format->pageShift);
    }
    if (leaf) {
        m_pageTable->writeEntry(leaf->entryAddress, newPte);
        if (steps) {
            Step &s = steps->emplace_back();
            s.stage = Stage::Handler;
            s.action = HandlerAction::UpdatePte;
            s.entryAddress = leaf->entryAddress;
            s.entryValue = newPte;
            s.vpn = slot.va >> m_format->pageShift;
        }
    }
    m_mmu->invlpg(slot.va);
    emitHandler(steps, HandlerAction::Invalidate, OsFault::None, 0, slot.va >> m_format->pageShift);
    m_frames->release(slot.frame, 0);
    m_slotOfFrame[slot.frame] = -1;
    removeResident(page);
    // The swap copy now belongs to the not-present PTE; the slot is empty but stays with the policy
    // until the caller loads the incoming page into it (or frees it).
    slot = Slot{};
    m_locked[static_cast<size_t>(*victim)] = false;
    return victim;
}

bool Kernel::ensureFreeFrames(uint64_t count, std::vector<Step> *steps, uint64_t &cycles)
{
    while (m_frames->freeFrames() && *m_frames->freeFrames() < count) {
        const auto victim = evictOne(steps, cycles);
        if (!victim)
            return false;
        m_policy->freed(*victim);
        m_freeSlots.push_back(*victim);
    }
    return true;
}

std::optional<uint64_t> Kernel::takeFrame(int &slot, std::vector<Step> *steps, uint64_t &cycles)
{
    slot = -1;
    for (;;) {
        if (auto frame = m_frames->allocate(0)) {
            if (m_policy && slot < 0) {
                slot = m_freeSlots.back();
                m_freeSlots.pop_back();
            }
            return frame;
        }
        const auto victim = evictOne(steps, cycles);
        if (!victim)
            return std::nullopt;
        if (slot < 0) {
            slot = *victim; // the incoming page replaces the victim in the policy
        } else {
            m_policy->freed(*victim);
            m_freeSlots.push_back(*victim);
        }
    }
}

bool Kernel::mapHugePage(const Mapping &vma, uint64_t base, uint64_t size, std::vector<Step> *steps)
{
    const auto frame = m_frames->allocate(orderFor(size, m_format->pageShift));
    if (!frame)
        return false;
    const uint64_t phys = *frame << m_format->pageShift;
    if (!m_pageTable->map(base, size, phys, vma.perms, vma.global)) {
        m_frames->release(*frame, orderFor(size, m_format->pageShift));
        return false;
    }
    emitHandler(steps, HandlerAction::AllocateFrame, OsFault::None, 0, 0, phys, size);
    addResident(size);
    return true;
}

OsFault Kernel::handleNotPresent(const Mapping &vma, uint64_t va, uint64_t pte, AccessType type,
                                 std::vector<Step> *steps, uint64_t &cycles, uint64_t nextUse, Prefault prefault)
{
    const uint64_t page = pageBytes(*m_format);
    const bool swapped = (pte & m_swap.swapped) && !vma.fileBacked;
    const bool fileEvicted = (pte & m_swap.fileEvicted) != 0;
    const bool major = swapped || (vma.fileBacked && (fileEvicted || !vma.pageCacheWarm));
    const OsFault kind = major ? OsFault::Major : OsFault::Minor;
    const HandlerAction how = swapped            ? HandlerAction::SwapIn
                              : vma.fileBacked   ? (major ? HandlerAction::FileRead : HandlerAction::PageCacheHit)
                                                 : HandlerAction::ZeroFill;

    // Hugetlb mappings and THP get a whole huge page; no eviction makes room for them.
    if (vma.pageSize > page) {
        const uint64_t base = va & ~(vma.pageSize - 1);
        const uint64_t c = m_machine.cyclesFromNs(m_machine.faultCosts.minorNs);
        cycles += c;
        emitHandler(steps, HandlerAction::ZeroFill, OsFault::Minor, c);
        if (!mapHugePage(vma, base, vma.pageSize, steps))
            return OsFault::Bus;
        return OsFault::Minor;
    }
    if (vma.thp && !vma.fileBacked && !swapped) {
        const uint64_t hugeSize = m_format->hugePageSize(); // 2 MiB on x86-64, 4 MiB on x86-32, 32 MiB with 16K granules
        const uint64_t base = va & ~(hugeSize - 1);
        if (hugeSize && base >= vma.start && base + hugeSize <= vma.end()) {
            const uint64_t c = m_machine.cyclesFromNs(m_machine.faultCosts.minorNs);
            if (mapHugePage(vma, base, hugeSize, steps)) {
                cycles += c;
                emitHandler(steps, HandlerAction::ZeroFill, OsFault::Minor, c, 0, 0, hugeSize);
                return OsFault::Minor;
            }
            // No free aligned 2 MiB block (or a page table is in the way): fall back to 4 KiB.
        }
    }

    int slot = -1;
    const auto frame = takeFrame(slot, steps, cycles);
    if (!frame)
        return OsFault::Bus;
    // Gives the frame and the slot back when the page cannot be mapped after all.
    const auto giveBack = [&] {
        m_frames->release(*frame, 0);
        if (slot >= 0) {
            m_policy->freed(slot);
            m_freeSlots.push_back(slot);
        }
    };
    // Room for the page tables the mapping still needs (they are never evicted). A slot whose
    // page takeFrame() just evicted is empty but still known to the policy until loaded() below,
    // so the policy could choose it again (CLOCK's hand stays on its victim, LRU's oldest is
    // still the oldest): evicting the empty slot would release frame 0 and count its page out
    // twice. It is the incoming page's slot: keep it out of reach while room is made.
    if (slot >= 0)
        m_locked[static_cast<size_t>(slot)] = true;
    const bool tablesFit = ensureFreeFrames(missingTables(va), steps, cycles);
    if (slot >= 0)
        m_locked[static_cast<size_t>(slot)] = false;
    if (!tablesFit) {
        giveBack();
        return OsFault::Bus;
    }
    const uint64_t phys = *frame << m_format->pageShift;
    emitHandler(steps, HandlerAction::AllocateFrame, OsFault::None, 0, 0, phys, page);

    uint64_t c = m_machine.cyclesFromNs(m_machine.faultCosts.minorNs);
    if (major)
        c += m_machine.cyclesFromNs(deviceNs());
    cycles += c;
    emitHandler(steps, how, kind, c, va >> m_format->pageShift, phys, page);

    const uint64_t pageVa = va & ~(page - 1);
    if (const auto pteAddress = lastLevelEntry(pageVa))
        // The PT exists; its entry may hold a swap marker, which is not "mapped": overwrite it.
        m_pageTable->writeEntry(*pteAddress, makeLeafEntry(*m_format, m_format->levelCount() - 1, phys, vma.perms,
                                                           vma.global));
    else if (!m_pageTable->map(pageVa, page, phys, vma.perms, vma.global)) {
        giveBack(); // cannot happen: the tables' frames were made free above
        return OsFault::Bus;
    }
    const auto leaf = m_pageTable->findLeaf(pageVa);
    if (steps && leaf) {
        Step &s = steps->emplace_back();
        s.stage = Stage::Handler;
        s.action = HandlerAction::UpdatePte;
        s.entryAddress = leaf->entryAddress;
        s.entryValue = leaf->entry;
        s.vpn = pageVa >> m_format->pageShift;
    }
    addResident(page);

    if (m_policy) {
        if (static_cast<size_t>(*frame) >= m_slotOfFrame.size())
            m_slotOfFrame.resize(static_cast<size_t>(*frame) + 1, -1);
        m_slotOfFrame[*frame] = slot;
        Slot &sl = m_slots[static_cast<size_t>(slot)];
        sl = Slot{pageVa, *frame, -1, true, type == AccessType::Write};
        if (swapped) // the swap copy stays valid while the page is clean (swap cache)
            sl.swapSlot = m_swap.slotOf(pte);
        m_locked[static_cast<size_t>(slot)] = vma.locked;
        m_policy->loaded(slot, PageUse{prefault == Prefault::No && !vma.sequential, sl.dirty, nextUse});
    } else if (swapped) {
        freeSwapSlot(m_swap.slotOf(pte));
    }
    if (prefault == Prefault::Yes)
        ++m_counters.prefaulted;
    return kind;
}

// --- Accesses -------------------------------------------------------------------------------

void Kernel::noteUse(const Translation &t, AccessType type, uint64_t nextUse)
{
    if (!m_policy || t.pageSize != pageBytes(*m_format))
        return;
    const uint64_t frame = t.physical >> m_format->pageShift;
    if (frame >= m_slotOfFrame.size() || m_slotOfFrame[frame] < 0)
        return;
    const int slot = m_slotOfFrame[frame];
    Slot &s = m_slots[static_cast<size_t>(slot)];
    if (type == AccessType::Write) {
        s.dirty = true;
        if (s.swapSlot >= 0) { // the swap copy is stale now
            freeSwapSlot(s.swapSlot);
            s.swapSlot = -1;
        }
    }
    const Mapping *vma = find(s.va);
    m_policy->hit(slot, PageUse{!(vma && vma->sequential), s.dirty, nextUse});
}

AccessResult Kernel::access(uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps,
                            uint64_t nextUse)
{
    AccessResult r;
    m_mmu->translate(r.translation, va, type, privilege, steps);
    complete(r, va, type, privilege, steps, nextUse);
    return r;
}

void Kernel::complete(AccessResult &r, uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps,
                      uint64_t nextUse)
{
    r.fault = OsFault::None;
    r.cycles = 0;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (attempt > 0)
            m_mmu->translate(r.translation, va, type, privilege, steps);
        r.cycles += r.translation.cycles;
        const Translation &t = r.translation;
        if (t.ok()) {
            // After a fault the load itself was the use: the retry must not count twice
            // (it would promote every new page to the active list at once).
            if (attempt == 0)
                noteUse(t, type, nextUse);
            return;
        }
        if (t.fault == FaultKind::GeneralProtection) {
            r.fault = OsFault::GeneralProtection;
            ++m_counters.generalProtection;
            emitHandler(steps, HandlerAction::Signal, r.fault, 0);
            return;
        }
        const Mapping *vma = find(va);
        const bool allowed = vma && !(type == AccessType::Write && !vma->perms.write)
            && !(type == AccessType::Execute && !vma->perms.execute)
            && !(privilege == Privilege::User && !vma->perms.user);
        if (!vma || !allowed || t.fault == FaultKind::Protection) {
            r.fault = vma ? OsFault::Protection : OsFault::Segv;
            ++(vma ? m_counters.protection : m_counters.segv);
            if (steps) {
                Step &s = steps->emplace_back();
                s.stage = Stage::Handler;
                s.action = HandlerAction::FindMapping;
                s.outcome = Outcome::Violation;
                s.osFault = r.fault;
            }
            emitHandler(steps, HandlerAction::Signal, r.fault, 0);
            return;
        }
        emitHandler(steps, HandlerAction::FindMapping, OsFault::None, 0);
        // The not-present entry the walk stopped at may hold a swap slot.
        uint64_t pte = 0;
        if (t.faultLevel == m_format->levelCount() - 1)
            if (const auto at = lastLevelEntry(va))
                pte = m_memory->read(*at, m_format->entryBytes);
        uint64_t handlerCycles = 0;
        const Mapping vmaCopy = *vma; // eviction may not change VMAs, but keep the handler independent
        r.fault = handleNotPresent(vmaCopy, va, pte, type, steps, handlerCycles, nextUse, Prefault::No);
        r.cycles += handlerCycles;
        if (r.fault == OsFault::Bus) {
            ++m_counters.bus;
            emitHandler(steps, HandlerAction::Signal, r.fault, 0);
            return;
        }
        ++(r.fault == OsFault::Major ? m_counters.major : m_counters.minor);
        emitHandler(steps, HandlerAction::Retry, r.fault, 0);
    }
}

} // namespace mmu
