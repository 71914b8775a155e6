// SPDX-License-Identifier: GPL-3.0-or-later
#include "twolistpolicy.h"

namespace mmu {

TwoListPolicy::TwoListPolicy(int frames)
    : ReplacementPolicy(frames)
    , m_active(this->frames())
    , m_inactive(this->frames())
    , m_referenced(static_cast<size_t>(this->frames()), false)
{
}

bool TwoListPolicy::referenceBit(int slot) const
{
    return validSlot(slot) && m_referenced[static_cast<size_t>(slot)];
}

bool TwoListPolicy::isActive(int slot) const
{
    return validSlot(slot) && m_active.contains(slot);
}

void TwoListPolicy::onLoaded(int slot, const PageUse &use)
{
    m_inactive.pushFront(slot);
    // Unused on load (MADV_SEQUENTIAL, MAP_POPULATE): one later use will not activate it.
    m_referenced[static_cast<size_t>(slot)] = use.referenced;
}

void TwoListPolicy::onHit(int slot, const PageUse &use)
{
    if (!use.referenced)
        return;
    const auto s = static_cast<size_t>(slot);
    if (m_inactive.contains(slot) && m_referenced[s]) {
        m_inactive.remove(slot);
        m_active.pushFront(slot);
        m_referenced[s] = false;
    } else {
        m_referenced[s] = true;
    }
}

void TwoListPolicy::onFreed(int slot)
{
    m_active.remove(slot);
    m_inactive.remove(slot);
    m_referenced[static_cast<size_t>(slot)] = false;
}

std::optional<int> TwoListPolicy::inactiveVictim(const LockedSlots &locked) const
{
    for (int s = m_inactive.back(); s != SlotList::None; s = m_inactive.previous(s)) {
        if (evictable(s, locked))
            return s;
    }
    return std::nullopt;
}

void TwoListPolicy::refillInactive(const LockedSlots &locked)
{
    const int target = (residentCount() + 1) / 2;
    bool movedEvictable = false;
    // Each active page is looked at most twice: once to clear its flag, once to move it.
    for (int budget = 2 * m_active.size(); budget > 0 && !m_active.empty(); --budget) {
        if (m_inactive.size() >= target && movedEvictable)
            break;
        const int s = m_active.back();
        const auto u = static_cast<size_t>(s);
        m_active.remove(s);
        if (m_referenced[u]) {
            m_referenced[u] = false;
            m_active.pushFront(s);
        } else {
            m_inactive.pushFront(s);
            movedEvictable = movedEvictable || evictable(s, locked);
        }
    }
}

std::optional<int> TwoListPolicy::pickVictim(const LockedSlots &locked)
{
    if (std::optional<int> victim = inactiveVictim(locked))
        return victim;
    refillInactive(locked);
    return inactiveVictim(locked);
}

} // namespace mmu
