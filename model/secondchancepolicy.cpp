// SPDX-License-Identifier: GPL-3.0-or-later
#include "secondchancepolicy.h"

namespace mmu {

SecondChancePolicy::SecondChancePolicy(int frames)
    : ReplacementPolicy(frames)
    , m_referenced(static_cast<size_t>(this->frames()), false)
    , m_dirty(static_cast<size_t>(this->frames()), false)
{
}

bool SecondChancePolicy::referenceBit(int slot) const
{
    return validSlot(slot) && m_referenced[static_cast<size_t>(slot)];
}

bool SecondChancePolicy::dirtyBit(int slot) const
{
    return validSlot(slot) && m_dirty[static_cast<size_t>(slot)];
}

void SecondChancePolicy::onLoaded(int slot, const PageUse &use)
{
    m_referenced[static_cast<size_t>(slot)] = true;
    m_dirty[static_cast<size_t>(slot)] = use.dirty;
    if (m_hand == slot)
        m_hand = (slot + 1) % frames();
}

void SecondChancePolicy::onHit(int slot, const PageUse &use)
{
    if (use.referenced)
        m_referenced[static_cast<size_t>(slot)] = true;
    m_dirty[static_cast<size_t>(slot)] = use.dirty;
}

void SecondChancePolicy::onFreed(int slot)
{
    m_referenced[static_cast<size_t>(slot)] = false;
    m_dirty[static_cast<size_t>(slot)] = false;
}

std::optional<int> SecondChancePolicy::pickVictim(const LockedSlots &locked)
{
    const int n = frames();
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < n; ++i) {
            const int s = (m_hand + i) % n;
            const auto u = static_cast<size_t>(s);
            if (evictable(s, locked) && !m_referenced[u] && !m_dirty[u]) {
                m_hand = s;
                return s;
            }
        }
        for (int i = 0; i < n; ++i) {
            const int s = (m_hand + i) % n;
            const auto u = static_cast<size_t>(s);
            if (!evictable(s, locked))
                continue;
            if (!m_referenced[u] && m_dirty[u]) {
                m_hand = s;
                return s;
            }
            m_referenced[u] = false;
        }
    }
    return std::nullopt;
}

} // namespace mmu
