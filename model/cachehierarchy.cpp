// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachehierarchy.h"

#include <algorithm>
#include <bit>

namespace mmu {

CacheHierarchy::CacheHierarchy(const std::vector<CacheConfig> &caches, uint32_t dramLatency)
    : m_dramLatency(dramLatency)
{
    m_levels.reserve(caches.size());
    for (const CacheConfig &c : caches) {
        const uint64_t sets = c.sets();
        m_levels.push_back(Level{c, sets - 1, c.ways, std::countr_zero(c.line), c.latency,
                                 std::vector<uint64_t>(sets * c.ways, 0)});
    }
}

CacheHierarchy::Access CacheHierarchy::access(uint64_t paddr)
{
    // Levels are searched in order. A level that misses is filled (inclusive hierarchy): the
    // new line goes to the front of its set and the last way drops off, which is the least
    // recently used line when the set is full and an empty way otherwise. A hit moves the line
    // to the front. All three are one pass that carries the new front line down the row until
    // it has displaced the line itself (a hit), an empty way, or the last way.
    const int n = cacheCount();
    for (int i = 0; i < n; ++i) {
        Level &l = m_levels[static_cast<size_t>(i)];
        const uint64_t tag = (paddr >> l.lineShift) + 1;
        uint64_t *row = l.row(paddr >> l.lineShift);
        uint64_t carried = tag;
        for (uint32_t w = 0; w < l.ways; ++w) {
            const uint64_t displaced = row[w];
            row[w] = carried;
            if (displaced == tag)
                return {i, l.latency};
            if (displaced == 0)
                break; // valid lines come first: the rest of the row is empty
            carried = displaced;
        }
    }
    return {n, m_dramLatency};
}

void CacheHierarchy::invalidateLine(uint64_t paddr)
{
    for (Level &l : m_levels) {
        const uint64_t line = paddr >> l.lineShift;
        uint64_t *row = l.row(line);
        // A line is in a set at most once; closing the gap keeps the row's order.
        uint64_t *end = std::remove(row, row + l.ways, line + 1);
        std::fill(end, row + l.ways, 0);
    }
}

void CacheHierarchy::flush()
{
    for (Level &l : m_levels)
        std::fill(l.tags.begin(), l.tags.end(), 0);
}

} // namespace mmu
