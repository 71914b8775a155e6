// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replacementpolicy.h"

#include <vector>

namespace mmu {

/**
 * Enhanced second chance: CLOCK with the dirty bit, so a clean page is preferred over a dirty
 * one that would have to be written back. Pages fall into classes by (reference, dirty): (0,0)
 * then (0,1) then (1,0) then (1,1). The hand looks for a victim in up to four laps from where
 * it stands (the standard algorithm, as in Stallings' "Operating Systems"):
 *   1. a lap looking for (0,0), changing nothing;
 *   2. a lap looking for (0,1), clearing the reference bit of every slot it passes;
 *   3. and 4. laps 1 and 2 again (now every reference bit is clear).
 * The hand stays on the victim; the page loaded there gets its reference bit set, its dirty
 * bit from PageUse::dirty, and the hand moves past it. Locked and empty slots are passed over.
 */
class SecondChancePolicy : public ReplacementPolicy {
public:
    explicit SecondChancePolicy(int frames);
    PolicyKind kind() const override { return PolicyKind::SecondChance; }

    std::optional<int> hand() const override { return m_hand; }
    bool referenceBit(int slot) const override;
    bool dirtyBit(int slot) const;

protected:
    void onLoaded(int slot, const PageUse &use) override;
    void onHit(int slot, const PageUse &use) override;
    void onFreed(int slot) override;
    std::optional<int> pickVictim(const LockedSlots &locked) override;

private:
    std::vector<bool> m_referenced;
    std::vector<bool> m_dirty;
    int m_hand = 0;
};

} // namespace mmu
