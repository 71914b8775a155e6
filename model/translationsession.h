// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entrypatch.h"
#include "machineconfig.h"
#include "mapping.h"
#include "memoryimage.h"
#include "step.h"
#include "system.h"
#include "tlb.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace mmu {

/** One access the user asked for: an address, what the access does and in which mode. */
struct SessionAccess {
    uint64_t va = 0;
    AccessType type = AccessType::Read;
    Privilege privilege = Privilege::User;

    friend bool operator==(const SessionAccess &, const SessionAccess &) = default;
};

/** What a physical frame holds, as the memory map shows it. */
enum class FrameUse : uint8_t { Free, PageTable, Data };

/** A run of consecutive frames with the same use; `first` and `count` in frames. */
struct FrameExtent {
    uint64_t first = 0;
    uint64_t count = 0;
    FrameUse use = FrameUse::Free;
};

/**
 * The interactive side of the model (DESIGN §1): one machine, one process layout and the
 * list of accesses the user translated, in order. It records the steps of one translation,
 * the current one. Going to an earlier translation replays accesses 0..k on a fresh System
 * (no undo logs), so the picture after stepping back is exactly the one seen before.
 * Translating a new address after stepping back drops the later accesses, like a browser's
 * history. Deterministic: same machine, layout and accesses give the same steps.
 */
class TranslationSession {
public:
    /** `patches` are written into the tables once the layout is mapped (a lesson's hand-made entries). */
    explicit TranslationSession(MachineConfig machine, std::vector<Mapping> layout = defaultProcessLayout(),
                                std::vector<EntryPatch> patches = {});
    /**
     * A session on an exercise's memory (an imported OSTEP problem): the image is physical
     * memory, its root the walk's, no process layout and no fault handler, so a translation
     * ends at its walk and a missing entry is a segmentation fault to the program.
     */
    TranslationSession(MachineConfig machine, MemoryImage image);
    /** Makes the machine a session starts from; called again whenever the session replays from its start. */
    using Start = std::function<std::unique_ptr<System>()>;
    /**
     * A session whose machine starts as `start` makes it — a replay's machine just before one
     * of its accesses (the charts' timeline cursor) — instead of a fresh one with a layout
     * mapped; layout() is empty. When `start` gives nothing (a trace file gone), a fresh
     * machine stands in.
     */
    TranslationSession(MachineConfig machine, Start start);
    ~TranslationSession();
    TranslationSession(const TranslationSession &) = delete;
    TranslationSession &operator=(const TranslationSession &) = delete;

    const MachineConfig &machine() const { return m_machine; }
    const PagingFormat &format() const { return m_system->format(); }
    const std::vector<Mapping> &layout() const { return m_layout; }
    /** Set when a mapping of the layout could not be established (finite memory). */
    const std::optional<MappingError> &layoutError() const { return m_layoutError; }
    const std::vector<EntryPatch> &patches() const { return m_patches; }
    /** Index of a patch whose table the layout does not reach (so it was not written), or -1. */
    int patchError() const { return m_patchError; }
    /** The exercise's memory when the session was made from one. */
    const std::optional<MemoryImage> &image() const { return m_image; }

    /** The machine as it is after the current translation. */
    const System &system() const { return *m_system; }
    uint64_t root() const { return m_root; }

    const std::vector<SessionAccess> &accesses() const { return m_accesses; }
    int count() const { return static_cast<int>(m_accesses.size()); }
    /** Index of the current translation, -1 before the first. */
    int current() const { return m_current; }

    /** Drops the accesses after the current one, appends `access` and translates it. Returns its index. */
    int translate(const SessionAccess &access);
    /** Makes translation `index` current (0 <= index < count()); earlier ones are replayed. */
    void goTo(int index);

    const Translation &translation() const { return m_translation; }
    /** The whole access: the OS's view of a fault and the cycles of every attempt and the handler. */
    const AccessResult &accessResult() const { return m_result; }
    const std::vector<Step> &steps() const { return m_steps; }

    /** TLB array `unit` as it was before the current translation started. */
    const Tlb &tlbBefore(int unit) const { return m_tlbsBefore[static_cast<size_t>(unit)]; }
    const Tlb &tlbAfter(int unit) const;
    /** TLB array `unit` as it stands once steps 0..step of the current translation have happened. */
    const Tlb &tlbAtStep(int unit, int step) const;

    /** Frames by use, found by walking the page tables from CR3; sorted, gaps are Free. */
    std::vector<FrameExtent> frameMap() const;
    /** Frame numbers steps 0..step touched: the tables read and the data page reached, in order. */
    std::vector<uint64_t> framesTouched(int step) const;
    /** The frame step `step` itself touches, or -1. */
    int64_t frameTouchedBy(int step) const;
    /** Level of the leaf once steps 0..step have shown it (leaf read, TLB hit), else -1. */
    int leafLevelKnownAt(int step) const;

private:
    void rebuild();
    void record(const SessionAccess &access);

    MachineConfig m_machine;
    Start m_start;
    std::vector<Mapping> m_layout;
    std::optional<MappingError> m_layoutError;
    std::optional<MemoryImage> m_image;
    std::vector<EntryPatch> m_patches;
    int m_patchError = -1;
    std::unique_ptr<System> m_system;
    uint64_t m_root = 0;
    std::vector<SessionAccess> m_accesses;
    int m_current = -1;
    Translation m_translation;
    AccessResult m_result;
    std::vector<Step> m_steps;
    std::vector<Tlb> m_tlbsBefore;
};

} // namespace mmu
