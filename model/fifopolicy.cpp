// SPDX-License-Identifier: GPL-3.0-or-later
#include "fifopolicy.h"

namespace mmu {

FifoPolicy::FifoPolicy(int frames)
    : ReplacementPolicy(frames)
    , m_arrivals(this->frames())
{
}

void FifoPolicy::onLoaded(int slot, const PageUse &)
{
    m_arrivals.pushFront(slot);
}

void FifoPolicy::onHit(int, const PageUse &)
{
}

void FifoPolicy::onFreed(int slot)
{
    m_arrivals.remove(slot);
}

std::optional<int> FifoPolicy::pickVictim(const LockedSlots &locked)
{
    for (int s = m_arrivals.back(); s != SlotList::None; s = m_arrivals.previous(s)) {
        if (evictable(s, locked))
            return s;
    }
    return std::nullopt;
}

} // namespace mmu
