// SPDX-License-Identifier: GPL-3.0-or-later
#include "randompolicy.h"

namespace mmu {

RandomPolicy::RandomPolicy(int frames, uint64_t seed)
    : ReplacementPolicy(frames)
    , m_random(seed)
{
}

void RandomPolicy::onLoaded(int, const PageUse &)
{
}

void RandomPolicy::onHit(int, const PageUse &)
{
}

void RandomPolicy::onFreed(int)
{
}

std::optional<int> RandomPolicy::pickVictim(const LockedSlots &locked)
{
    const auto n = static_cast<uint64_t>(frames());
    // Usually every frame is evictable and one draw picks a slot directly. Drawing again on
    // a miss is still uniform; after a few misses, counting the evictable slots is quicker.
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int s = static_cast<int>(m_random() % n);
        if (evictable(s, locked))
            return s;
    }
    uint64_t count = 0;
    for (int s = 0; s < frames(); ++s)
        count += evictable(s, locked) ? 1 : 0;
    if (count == 0)
        return std::nullopt;
    uint64_t k = m_random() % count;
    for (int s = 0; s < frames(); ++s) {
        if (evictable(s, locked) && k-- == 0)
            return s;
    }
    return std::nullopt;
}

} // namespace mmu
