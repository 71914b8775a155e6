// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replacementpolicy.h"
#include "slotlist.h"

namespace mmu {

/**
 * LRU and MRU: pages ordered by their last use (a load counts as a use). LRU evicts the least
 * recently used page, MRU the most recently used one (which suits a loop over more pages than
 * there are frames). A hit with `referenced` false is not a use and changes nothing.
 */
class RecencyPolicy : public ReplacementPolicy {
public:
    enum class Evict { LeastRecent, MostRecent };

    RecencyPolicy(int frames, Evict evict);
    PolicyKind kind() const override;

protected:
    void onLoaded(int slot, const PageUse &use) override;
    void onHit(int slot, const PageUse &use) override;
    void onFreed(int slot) override;
    std::optional<int> pickVictim(const LockedSlots &locked) override;

private:
    Evict m_evict;
    SlotList m_uses; ///< front = most recently used
};

} // namespace mmu
