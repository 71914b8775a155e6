// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replacementpolicy.h"

#include <random>

namespace mmu {

/**
 * RAND: evicts a page chosen uniformly among the evictable ones by a std::mt19937_64 with a
 * given seed, so a run is repeatable. The draw is reduced with plain arithmetic rather than
 * a std:: distribution, whose results differ between standard libraries.
 */
class RandomPolicy : public ReplacementPolicy {
public:
    RandomPolicy(int frames, uint64_t seed);
    PolicyKind kind() const override { return PolicyKind::Random; }

protected:
    void onLoaded(int slot, const PageUse &use) override;
    void onHit(int slot, const PageUse &use) override;
    void onFreed(int slot) override;
    std::optional<int> pickVictim(const LockedSlots &locked) override;

private:
    std::mt19937_64 m_random;
};

} // namespace mmu
