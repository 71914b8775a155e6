// SPDX-License-Identifier: GPL-3.0-or-later
#include "retargetmachine.h"

#include <algorithm>
#include <set>

namespace mmu {

namespace {

/** How many levels above the last one `name` is, in the first format that has a level of that name. */
int distanceFromLast(const std::string &name)
{
    for (const PagingFormat *f : allFormats())
        for (int i = 0; i < f->levelCount(); ++i)
            if (f->levels[static_cast<size_t>(i)].name == name)
                return f->levelCount() - 1 - i;
    return -1;
}

void fitTlbs(MachineConfig &m, const PagingFormat &format)
{
    std::set<uint64_t> named;
    for (const TlbConfig &t : m.tlbs)
        named.insert(t.pageSizes.begin(), t.pageSizes.end());
    const bool fits = std::all_of(named.begin(), named.end(), [&](uint64_t s) { return format.leafLevelFor(s) >= 0; });
    if (fits)
        return;
    const std::vector<uint64_t> sizes = format.leafPageSizes();
    const std::vector<uint64_t> ranked(named.begin(), named.end());
    std::vector<TlbConfig> kept;
    for (TlbConfig t : m.tlbs) {
        std::vector<uint64_t> mapped;
        for (uint64_t s : t.pageSizes) {
            const auto rank = static_cast<size_t>(std::find(ranked.begin(), ranked.end(), s) - ranked.begin());
            if (rank < sizes.size() && std::find(mapped.begin(), mapped.end(), sizes[rank]) == mapped.end())
                mapped.push_back(sizes[rank]);
        }
        if (mapped.empty())
            continue;
        t.pageSizes = std::move(mapped);
        kept.push_back(std::move(t));
    }
    m.tlbs = std::move(kept);
}

void fitWalkCaches(MachineConfig &m, const PagingFormat &format)
{
    std::vector<WalkCacheConfig> kept;
    for (WalkCacheConfig w : m.walkCaches) {
        const int distance = distanceFromLast(w.level);
        const int level = format.levelCount() - 1 - distance;
        if (distance < 1 || level < 0)
            continue; // the last level is never cached, and the format may be shallower
        w.level = format.levels[static_cast<size_t>(level)].name;
        const bool taken = std::any_of(kept.begin(), kept.end(), [&](const WalkCacheConfig &k) { return k.level == w.level; });
        if (!taken)
            kept.push_back(std::move(w));
    }
    m.walkCaches = std::move(kept);
}

} // namespace

MachineConfig retargetMachine(const MachineConfig &machine, const PagingFormat &format)
{
    MachineConfig m = machine;
    m.paging = format.id;
    fitTlbs(m, format);
    fitWalkCaches(m, format);
    const uint64_t reachable = format.physicalFrames() - format.firstFrame();
    if (m.memory.frames && *m.memory.frames > reachable)
        m.memory.frames = reachable;
    return m;
}

} // namespace mmu
