// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replacementpolicy.h"

#include <vector>

namespace mmu {

/**
 * CLOCK: the frames form a circle with one reference bit each and a hand (FACTS.md). A load
 * or a use sets the page's bit. To find a victim the hand sweeps from where it stands: a set
 * bit is cleared and the hand advances; the first evictable slot with a clear bit is the
 * victim, and the hand stays on it. The page loaded there gets its bit set and the hand moves
 * past it; so while frames are free and filled in order from slot 0, the hand follows the
 * loads. Locked and empty slots are passed over and keep their bits.
 */
class ClockPolicy : public ReplacementPolicy {
public:
    explicit ClockPolicy(int frames);
    PolicyKind kind() const override { return PolicyKind::Clock; }

    std::optional<int> hand() const override { return m_hand; }
    bool referenceBit(int slot) const override;

protected:
    void onLoaded(int slot, const PageUse &use) override;
    void onHit(int slot, const PageUse &use) override;
    void onFreed(int slot) override;
    std::optional<int> pickVictim(const LockedSlots &locked) override;

private:
    std::vector<bool> m_referenced;
    int m_hand = 0;
};

} // namespace mmu
