// SPDX-License-Identifier: GPL-3.0-or-later
#include "recencypolicy.h"

namespace mmu {

RecencyPolicy::RecencyPolicy(int frames, Evict evict)
    : ReplacementPolicy(frames)
    , m_evict(evict)
    , m_uses(this->frames())
{
}

PolicyKind RecencyPolicy::kind() const
{
    return m_evict == Evict::LeastRecent ? PolicyKind::Lru : PolicyKind::Mru;
}

void RecencyPolicy::onLoaded(int slot, const PageUse &use)
{
    // A page loaded without being used (MADV_SEQUENTIAL, MAP_POPULATE) starts as the oldest.
    if (use.referenced)
        m_uses.pushFront(slot);
    else
        m_uses.pushBack(slot);
}

void RecencyPolicy::onHit(int slot, const PageUse &use)
{
    if (use.referenced)
        m_uses.moveToFront(slot);
}

void RecencyPolicy::onFreed(int slot)
{
    m_uses.remove(slot);
}

std::optional<int> RecencyPolicy::pickVictim(const LockedSlots &locked)
{
    if (m_evict == Evict::LeastRecent) {
        for (int s = m_uses.back(); s != SlotList::None; s = m_uses.previous(s)) {
            if (evictable(s, locked))
                return s;
        }
    } else {
        for (int s = m_uses.front(); s != SlotList::None; s = m_uses.next(s)) {
            if (evictable(s, locked))
                return s;
        }
    }
    return std::nullopt;
}

} // namespace mmu
