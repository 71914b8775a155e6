// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replacementpolicy.h"

#include <vector>

namespace mmu {

/**
 * OPT (Belady's MIN): evicts the page whose next use lies farthest in the future, which gives
 * the fewest possible faults. It needs the future, so the caller passes each page's next-use
 * position in PageUse::nextUse with every load and hit (a replay of a whole trace or reference
 * string knows it). A page never used again (PageUse::NeverUsed) is the farthest of all; ties
 * go to the lowest slot. Choosing a victim scans the slots, so it costs O(frames).
 */
class OptPolicy : public ReplacementPolicy {
public:
    explicit OptPolicy(int frames);
    PolicyKind kind() const override { return PolicyKind::Opt; }

    /** The next-use position last given for `slot`. */
    uint64_t nextUse(int slot) const { return m_nextUse[static_cast<size_t>(slot)]; }

protected:
    void onLoaded(int slot, const PageUse &use) override;
    void onHit(int slot, const PageUse &use) override;
    void onFreed(int slot) override;
    std::optional<int> pickVictim(const LockedSlots &locked) override;

private:
    std::vector<uint64_t> m_nextUse;
};

} // namespace mmu
