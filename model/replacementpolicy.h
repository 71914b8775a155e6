// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace mmu {

/** The page-replacement policies of DESIGN §2.4. */
enum class PolicyKind { Fifo, Lru, Mru, Opt, Clock, SecondChance, TwoList, Random };

/** Marks slots holding mlocked pages: `locked[slot]` true. Slots past its end are unlocked. */
using LockedSlots = std::vector<bool>;

/** What the OS knows about one use of a resident page. */
struct PageUse {
    /** Position in the access sequence where this page will be used next (OPT only). */
    static constexpr uint64_t NeverUsed = ~uint64_t{0};

    /** The accessed (A) bit: true for a use; false only refreshes `dirty` (e.g. after write-back). */
    bool referenced = true;
    /** The dirty (D) bit as it stands now; it is state, not "this access wrote". */
    bool dirty = false;
    /** The position of the page's next use; NeverUsed when it is not used again or unknown. */
    uint64_t nextUse = NeverUsed;
};

/**
 * Decides which resident page to evict. A policy knows frame slots 0..frames-1, not page
 * numbers: the caller (the OS model, or ReferenceString's replay) keeps the page in each slot
 * and tells the policy what happens there. Protocol: loaded() when a page enters a slot (a
 * free one, or the slot chooseVictim() returned: loading an occupied slot replaces its page),
 * hit() when a resident page is used, freed() when a page leaves without a replacement, and
 * chooseVictim() when every frame is full. chooseVictim() may clear reference bits and move a
 * clock hand; it never returns a locked or empty slot, and returns nullopt when no slot can be
 * evicted. Every container is sized at construction, so no call allocates.
 */
class ReplacementPolicy {
public:
    explicit ReplacementPolicy(int frames);
    virtual ~ReplacementPolicy() = default;
    ReplacementPolicy(const ReplacementPolicy &) = delete;
    ReplacementPolicy &operator=(const ReplacementPolicy &) = delete;

    virtual PolicyKind kind() const = 0;
    int frames() const { return m_frames; }
    int residentCount() const { return m_resident; }
    bool occupied(int slot) const { return validSlot(slot) && m_occupied[static_cast<size_t>(slot)]; }

    /** A page entered `slot`; if the slot held a page, that page left first. */
    void loaded(int slot, const PageUse &use = {});
    /** The page in `slot` was used (or, with use.referenced false, only its D bit changed). */
    void hit(int slot, const PageUse &use = {});
    /** The page in `slot` left (unmapped or evicted elsewhere); the slot is free. */
    void freed(int slot);
    /** The slot whose page should be evicted, or nullopt when every resident page is locked. */
    std::optional<int> chooseVictim(const LockedSlots &locked = {});

    /** The clock hand's slot, for policies that have one (CLOCK, second chance). */
    virtual std::optional<int> hand() const { return std::nullopt; }
    /** The policy's reference bit of `slot` (false for policies that keep none). */
    virtual bool referenceBit(int slot) const;

protected:
    virtual void onLoaded(int slot, const PageUse &use) = 0;
    virtual void onHit(int slot, const PageUse &use) = 0;
    virtual void onFreed(int slot) = 0;
    /** Called only when at least one slot is occupied. */
    virtual std::optional<int> pickVictim(const LockedSlots &locked) = 0;

    bool validSlot(int slot) const { return slot >= 0 && slot < m_frames; }
    /** Occupied and not locked. */
    bool evictable(int slot, const LockedSlots &locked) const
    {
        const auto s = static_cast<size_t>(slot);
        return m_occupied[s] && !(s < locked.size() && locked[s]);
    }

private:
    int m_frames;
    int m_resident = 0;
    std::vector<bool> m_occupied;
};

/** Every policy, in the order the command line lists them. */
std::span<const PolicyKind> allPolicies();
/** The command-line name: fifo, lru, mru, opt, clock, second-chance, two-list, rand. */
std::string_view policyName(PolicyKind kind);
/** The policy with that command-line name, or nullopt. */
std::optional<PolicyKind> policyFromName(std::string_view name);
/** A new policy over `frames` slots (frames >= 1); `seed` is used by RAND only. */
std::unique_ptr<ReplacementPolicy> makePolicy(PolicyKind kind, int frames, uint64_t seed = 0);

} // namespace mmu
