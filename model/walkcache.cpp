// SPDX-License-Identifier: GPL-3.0-or-later
#include "walkcache.h"

namespace mmu {

WalkCache::WalkCache(const WalkCacheConfig &config, int level, int indexLo)
    : m_config(config)
    , m_level(level)
    , m_indexLo(indexLo)
    , m_entries(config.entries)
{
}

const WalkCache::Entry *WalkCache::lookup(uint64_t va, uint16_t pcid)
{
    const uint64_t tag = tagFor(va);
    for (Entry &e : m_entries) {
        if (e.valid && e.tag == tag && e.pcid == pcid) {
            e.stamp = ++m_clock;
            return &e;
        }
    }
    return nullptr;
}

void WalkCache::insert(uint64_t va, uint16_t pcid, uint64_t nextTable, bool writable, bool user, bool executable)
{
    const uint64_t tag = tagFor(va);
    Entry *target = nullptr;
    for (Entry &e : m_entries) {
        if (e.valid && e.tag == tag && e.pcid == pcid) {
            target = &e;
            break;
        }
        if (!e.valid && !target)
            target = &e;
    }
    if (!target) {
        target = &m_entries.front();
        for (Entry &e : m_entries)
            if (e.stamp < target->stamp)
                target = &e;
    }
    *target = Entry{tag, nextTable, pcid, true, writable, user, executable, ++m_clock};
}

} // namespace mmu
