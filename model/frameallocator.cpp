// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameallocator.h"

#include <algorithm>
#include <bit>

namespace mmu {

int orderFor(uint64_t bytes, int frameShift)
{
    const uint64_t frames = bytes >> frameShift;
    return frames <= 1 ? 0 : std::bit_width(frames - 1);
}

FrameAllocator::FrameAllocator(std::optional<uint64_t> capacity, uint64_t firstFrame, uint64_t endFrame)
    : m_capacity(capacity)
    , m_first(firstFrame)
    , m_end(endFrame)
    , m_top(firstFrame)
{
}

std::optional<uint64_t> FrameAllocator::freeFrames() const
{
    if (!m_capacity)
        return std::nullopt;
    return *m_capacity - m_used;
}

void FrameAllocator::addFree(uint64_t base, int order)
{
    // Merge with the buddy while it is free too.
    while (order < MaxOrder) {
        const uint64_t buddy = base ^ (uint64_t{1} << order);
        auto it = m_free[order].find(buddy);
        if (it == m_free[order].end())
            break;
        m_free[order].erase(it);
        base &= ~(uint64_t{1} << order);
        ++order;
    }
    m_free[order].insert(base);
}

bool FrameAllocator::takeFromTop(int order, uint64_t &base)
{
    const uint64_t size = uint64_t{1} << order;
    const uint64_t aligned = (m_top + size - 1) & ~(size - 1);
    const uint64_t limit = std::min(m_capacity ? m_first + *m_capacity : ~uint64_t{0}, m_end);
    if (aligned + size > limit || aligned + size < aligned)
        return false;
    // The gap skipped for alignment becomes free blocks, each naturally aligned.
    uint64_t gap = m_top;
    while (gap < aligned) {
        int o = std::countr_zero(gap);
        while (gap + (uint64_t{1} << o) > aligned)
            --o;
        m_free[o].insert(gap);
        gap += uint64_t{1} << o;
    }
    base = aligned;
    m_top = aligned + size;
    return true;
}

std::optional<uint64_t> FrameAllocator::allocate(int order)
{
    if (order < 0 || order > MaxOrder)
        return std::nullopt;
    for (int o = order; o <= MaxOrder; ++o) {
        if (m_free[o].empty())
            continue;
        uint64_t base = *m_free[o].begin();
        m_free[o].erase(m_free[o].begin());
        // Split, keeping the lower half and freeing the upper halves.
        while (o > order) {
            --o;
            m_free[o].insert(base + (uint64_t{1} << o));
        }
        m_used += uint64_t{1} << order;
        return base;
    }
    uint64_t base = 0;
    if (!takeFromTop(order, base))
        return std::nullopt;
    m_used += uint64_t{1} << order;
    return base;
}

void FrameAllocator::release(uint64_t base, int order)
{
    m_used -= uint64_t{1} << order;
    addFree(base, order);
}

} // namespace mmu
