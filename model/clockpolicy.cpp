// SPDX-License-Identifier: GPL-3.0-or-later
#include "clockpolicy.h"

namespace mmu {

ClockPolicy::ClockPolicy(int frames)
    : ReplacementPolicy(frames)
    , m_referenced(static_cast<size_t>(this->frames()), false)
{
}

bool ClockPolicy::referenceBit(int slot) const
{
    return validSlot(slot) && m_referenced[static_cast<size_t>(slot)];
}

void ClockPolicy::onLoaded(int slot, const PageUse &)
{
    m_referenced[static_cast<size_t>(slot)] = true;
    if (m_hand == slot)
        m_hand = (slot + 1) % frames();
}

void ClockPolicy::onHit(int slot, const PageUse &use)
{
    if (use.referenced)
        m_referenced[static_cast<size_t>(slot)] = true;
}

void ClockPolicy::onFreed(int slot)
{
    m_referenced[static_cast<size_t>(slot)] = false;
}

std::optional<int> ClockPolicy::pickVictim(const LockedSlots &locked)
{
    // The first lap clears every set bit it passes, so an evictable slot, if any, is found
    // within two laps; after two empty laps the hand is back where it started.
    for (int step = 0; step < 2 * frames(); ++step) {
        const auto s = static_cast<size_t>(m_hand);
        if (evictable(m_hand, locked)) {
            if (!m_referenced[s])
                return m_hand;
            m_referenced[s] = false;
        }
        m_hand = (m_hand + 1) % frames();
    }
    return std::nullopt;
}

} // namespace mmu
