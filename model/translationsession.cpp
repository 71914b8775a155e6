// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationsession.h"

#include "pageentry.h"
#include "retargetmachine.h"

#include <algorithm>
#include <stdexcept>

namespace mmu {

namespace {

/** The machine as the System fits it to its format, so that TLB indices in steps match it. */
MachineConfig fitted(MachineConfig machine)
{
    const PagingFormat *format = findFormat(machine.paging);
    return format ? retargetMachine(machine, *format) : machine; // System refuses an unknown one
}

/** How a program on an exercise's memory, with no OS to page anything in, sees a walk's fault. */
OsFault imageFault(FaultKind fault)
{
    switch (fault) {
    case FaultKind::None:
        return OsFault::None;
    case FaultKind::NotPresent:
        return OsFault::Segv;
    case FaultKind::Protection:
        return OsFault::Protection;
    case FaultKind::GeneralProtection:
        return OsFault::GeneralProtection;
    }
    return OsFault::None;
}

} // namespace

TranslationSession::TranslationSession(MachineConfig machine, std::vector<Mapping> layout, std::vector<EntryPatch> patches)
    : m_machine(fitted(std::move(machine)))
    , m_layout(std::move(layout))
    , m_patches(std::move(patches))
{
    rebuild();
}

TranslationSession::TranslationSession(MachineConfig machine, Start start)
    : m_machine(fitted(std::move(machine)))
    , m_start(std::move(start))
{
    rebuild();
}

TranslationSession::TranslationSession(MachineConfig machine, MemoryImage image)
    : m_machine(fitted(std::move(machine)))
    , m_image(std::move(image))
{
    rebuild();
}

TranslationSession::~TranslationSession() = default;

void TranslationSession::rebuild()
{
    m_layoutError.reset();
    if (m_start) {
        m_system = m_start();
        if (!m_system)
            m_system = std::make_unique<System>(m_machine);
        m_root = m_system->pageTable().root();
        m_tlbsBefore = m_system->mmu().tlbs();
        return;
    }
    m_system = std::make_unique<System>(m_machine);
    if (m_image) {
        for (size_t i = 0; i < m_image->bytes.size(); ++i)
            m_system->memory().write(i, 1, m_image->bytes[i]);
        m_system->mmu().setRoot(m_image->root);
        m_root = m_image->root;
        m_tlbsBefore = m_system->mmu().tlbs();
        return;
    }
    const PagingFormat &f = m_system->format();
    // As System::addDefaultLayout: what the format cannot hold is widened or left out, and a
    // layout of which nothing fits (the x86 layout in OSTEP's 32 KiB) becomes the tiny one.
    for (const Mapping &m : fitLayoutOrTiny(m_layout, f)) {
        if (auto r = m_system->addMapping(m); !r) {
            m_layoutError = r.error();
            break;
        }
    }
    m_root = m_system->pageTable().root();
    m_patchError = -1;
    for (size_t i = 0; i < m_patches.size(); ++i)
        if (!applyEntryPatch(f, m_system->memory(), m_root, m_patches[i]) && m_patchError < 0)
            m_patchError = static_cast<int>(i);
    m_tlbsBefore = m_system->mmu().tlbs();
}

void TranslationSession::record(const SessionAccess &a)
{
    m_tlbsBefore = m_system->mmu().tlbs();
    m_steps.clear();
    if (m_image) {
        // The exercise's tables are all there is: no handler runs, the walk's fault is final.
        m_translation = m_system->translate(a.va, a.type, a.privilege, &m_steps);
        m_result = {m_translation, imageFault(m_translation.fault), m_translation.cycles};
        return;
    }
    // As a program sees it: a page fault runs the kernel's handler and the access is retried.
    m_result = m_system->access(a.va, a.type, a.privilege, &m_steps);
    m_translation = m_result.translation;
}

int TranslationSession::translate(const SessionAccess &access)
{
    // The live system already stands after the current translation: keep going from there.
    m_accesses.resize(static_cast<size_t>(m_current + 1));
    m_accesses.push_back(access);
    m_current = count() - 1;
    record(access);
    return m_current;
}

void TranslationSession::goTo(int index)
{
    if (index < 0 || index >= count())
        throw std::out_of_range("TranslationSession::goTo: no such translation");
    if (index == m_current)
        return;
    if (index != m_current + 1) {
        // DESIGN §1: the state before access k is a replay of accesses 0..k-1 on a fresh machine.
        rebuild();
        for (int i = 0; i < index; ++i) {
            const SessionAccess &a = m_accesses[static_cast<size_t>(i)];
            m_system->access(a.va, a.type, a.privilege);
        }
    }
    m_current = index;
    record(m_accesses[static_cast<size_t>(index)]);
}

const Tlb &TranslationSession::tlbAfter(int unit) const
{
    return m_system->mmu().tlbs()[static_cast<size_t>(unit)];
}

const Tlb &TranslationSession::tlbAtStep(int unit, int step) const
{
    // A TLB array changes when it is filled, when a hit updates its replacement order, or
    // when a fault invalidates the address. Before the first such step it shows its old state.
    const int last = std::min(step, static_cast<int>(m_steps.size()) - 1);
    for (int i = 0; i <= last; ++i) {
        const Step &s = m_steps[static_cast<size_t>(i)];
        const bool touches = (s.stage == Stage::TlbFill && s.unit == unit)
            || (s.stage == Stage::TlbLookup && s.unit == unit && s.outcome != Outcome::Miss)
            || (s.stage == Stage::Fault && s.fault == FaultKind::Protection);
        if (touches)
            return tlbAfter(unit);
    }
    return tlbBefore(unit);
}

std::vector<FrameExtent> TranslationSession::frameMap() const
{
    const PagingFormat &f = m_system->format();
    const PhysicalMemory &mem = m_system->memory();
    const int shift = f.pageShift;
    std::vector<FrameExtent> used;

    // Depth-first over the present entries: tables are frames of PageTable use, leaves
    // cover their whole page (a 2 MiB leaf is 512 data frames).
    struct Pending {
        uint64_t table;
        int level;
    };
    std::vector<Pending> todo{{m_root, 0}};
    while (!todo.empty()) {
        const Pending t = todo.back();
        todo.pop_back();
        used.push_back({t.table >> shift, std::max<uint64_t>(1, f.tableBytes(t.level) >> shift), FrameUse::PageTable});
        const uint64_t entries = f.levels[static_cast<size_t>(t.level)].entryCount();
        for (uint64_t i = 0; i < entries; ++i) {
            const uint64_t raw = mem.read(t.table + i * static_cast<uint64_t>(f.entryBytes), f.entryBytes);
            const DecodedEntry e = decodeEntry(f, t.level, raw);
            if (!e.present)
                continue;
            if (e.leaf)
                used.push_back({e.frame >> shift, f.levels[static_cast<size_t>(t.level)].leafPageSize() >> shift,
                                FrameUse::Data});
            else
                todo.push_back({e.frame, t.level + 1});
        }
    }
    std::sort(used.begin(), used.end(), [](const FrameExtent &a, const FrameExtent &b) { return a.first < b.first; });

    std::vector<FrameExtent> map;
    for (const FrameExtent &e : used) {
        if (!map.empty()) {
            FrameExtent &back = map.back();
            const uint64_t end = back.first + back.count;
            if (e.first > end)
                map.push_back({end, e.first - end, FrameUse::Free});
            else if (e.first < end)
                continue; // shared frame (never with one process); keep the first use
        }
        if (!map.empty() && map.back().use == e.use && map.back().first + map.back().count == e.first)
            map.back().count += e.count;
        else
            map.push_back(e);
    }
    return map;
}


int64_t TranslationSession::frameTouchedBy(int step) const
{
    if (step < 0 || step >= static_cast<int>(m_steps.size()))
        return -1;
    const Step &s = m_steps[static_cast<size_t>(step)];
    const int shift = format().pageShift;
    if (s.stage == Stage::EntryRead)
        return static_cast<int64_t>(s.tableBase >> shift);
    if (s.stage == Stage::Physical)
        return static_cast<int64_t>(s.physical >> shift);
    return -1;
}

std::vector<uint64_t> TranslationSession::framesTouched(int step) const
{
    std::vector<uint64_t> frames;
    for (int i = 0; i <= step && i < static_cast<int>(m_steps.size()); ++i)
        if (const int64_t f = frameTouchedBy(i); f >= 0)
            frames.push_back(static_cast<uint64_t>(f));
    return frames;
}

int TranslationSession::leafLevelKnownAt(int step) const
{
    int level = -1;
    for (int i = 0; i <= step && i < static_cast<int>(m_steps.size()); ++i) {
        const Step &s = m_steps[static_cast<size_t>(i)];
        if (s.stage == Stage::EntryRead && s.outcome == Outcome::Leaf)
            level = s.level;
        else if ((s.stage == Stage::TlbLookup && s.outcome != Outcome::Miss) || s.stage == Stage::Physical)
            level = format().leafLevelFor(s.pageSize);
    }
    return level;
}

} // namespace mmu
