// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replacementpolicy.h"
#include "slotlist.h"

namespace mmu {

/**
 * FIFO: evicts the page that arrived first; hits change nothing. The textbook example of
 * Belady's anomaly (more frames can mean more faults).
 */
class FifoPolicy : public ReplacementPolicy {
public:
    explicit FifoPolicy(int frames);
    PolicyKind kind() const override { return PolicyKind::Fifo; }

protected:
    void onLoaded(int slot, const PageUse &use) override;
    void onHit(int slot, const PageUse &use) override;
    void onFreed(int slot) override;
    std::optional<int> pickVictim(const LockedSlots &locked) override;

private:
    SlotList m_arrivals; ///< front = newest arrival
};

} // namespace mmu
