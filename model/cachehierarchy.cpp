// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachehierarchy.h"

#include <bit>

namespace mmu {

CacheHierarchy::CacheHierarchy(const std::vector<CacheConfig> &caches, uint32_t dramLatency)
    : m_dramLatency(dramLatency)
{
    m_levels.reserve(caches.size());
    for (const CacheConfig &c : caches) {
        const uint64_t sets = c.sets();
        m_levels.push_back(Level{c, sets, std::countr_zero(c.line), std::vector<uint64_t>(sets * c.ways, 0),
                                 SetReplacement(ReplacementKind::Lru, static_cast<uint32_t>(sets), c.ways)});
    }
}

bool CacheHierarchy::lookup(Level &l, uint64_t line)
{
    const auto set = static_cast<uint32_t>(line & (l.sets - 1));
    const uint64_t *row = &l.tags[static_cast<size_t>(set) * l.config.ways];
    for (uint32_t w = 0; w < l.config.ways; ++w) {
        if (row[w] == line + 1) {
            l.replacement.touch(set, w);
            return true;
        }
    }
    return false;
}

void CacheHierarchy::fill(Level &l, uint64_t line)
{
    const auto set = static_cast<uint32_t>(line & (l.sets - 1));
    uint64_t *row = &l.tags[static_cast<size_t>(set) * l.config.ways];
    uint32_t way = l.config.ways;
    for (uint32_t w = 0; w < l.config.ways; ++w) {
        if (row[w] == 0) {
            way = w;
            break;
        }
    }
    if (way == l.config.ways)
        way = l.replacement.victim(set);
    row[way] = line + 1;
    l.replacement.insert(set, way);
}

CacheHierarchy::Access CacheHierarchy::access(uint64_t paddr)
{
    const int n = cacheCount();
    int served = n;
    for (int i = 0; i < n; ++i) {
        Level &l = m_levels[static_cast<size_t>(i)];
        if (lookup(l, paddr >> l.lineShift)) {
            served = i;
            break;
        }
    }
    for (int i = 0; i < served; ++i) {
        Level &l = m_levels[static_cast<size_t>(i)];
        fill(l, paddr >> l.lineShift);
    }
    return {served, served == n ? m_dramLatency : m_levels[static_cast<size_t>(served)].config.latency};
}

void CacheHierarchy::invalidateLine(uint64_t paddr)
{
    for (Level &l : m_levels) {
        const uint64_t line = paddr >> l.lineShift;
        const auto set = static_cast<uint32_t>(line & (l.sets - 1));
        uint64_t *row = &l.tags[static_cast<size_t>(set) * l.config.ways];
        for (uint32_t w = 0; w < l.config.ways; ++w)
            if (row[w] == line + 1)
                row[w] = 0;
    }
}

void CacheHierarchy::flush()
{
    for (Level &l : m_levels) {
        std::fill(l.tags.begin(), l.tags.end(), 0);
        l.replacement.reset();
    }
}

} // namespace mmu
