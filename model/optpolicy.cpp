// SPDX-License-Identifier: GPL-3.0-or-later
#include "optpolicy.h"

namespace mmu {

OptPolicy::OptPolicy(int frames)
    : ReplacementPolicy(frames)
    , m_nextUse(static_cast<size_t>(this->frames()), PageUse::NeverUsed)
{
}

void OptPolicy::onLoaded(int slot, const PageUse &use)
{
    m_nextUse[static_cast<size_t>(slot)] = use.nextUse;
}

void OptPolicy::onHit(int slot, const PageUse &use)
{
    // A D-bit refresh (referenced false) is not a use, so the next use is unchanged.
    if (use.referenced)
        m_nextUse[static_cast<size_t>(slot)] = use.nextUse;
}

void OptPolicy::onFreed(int slot)
{
    m_nextUse[static_cast<size_t>(slot)] = PageUse::NeverUsed;
}

std::optional<int> OptPolicy::pickVictim(const LockedSlots &locked)
{
    std::optional<int> victim;
    for (int s = 0; s < frames(); ++s) {
        if (!evictable(s, locked))
            continue;
        // Strictly greater: on a tie the lower slot, found first, stays.
        if (!victim || m_nextUse[static_cast<size_t>(s)] > m_nextUse[static_cast<size_t>(*victim)])
            victim = s;
        if (m_nextUse[static_cast<size_t>(s)] == PageUse::NeverUsed)
            break;
    }
    return victim;
}

} // namespace mmu
