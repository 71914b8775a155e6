// SPDX-License-Identifier: GPL-3.0-or-later
#include "walkcache.h"

namespace mmu {

WalkCache::WalkCache(const WalkCacheConfig &config, int level, int indexLo)
    : m_config(config)
    , m_level(level)
    , m_indexLo(indexLo)
    , m_entries(config.entries)
    , m_tags(config.entries, 0)
    , m_links(config.entries)
{
}

void WalkCache::unlink(uint32_t i)
{
    const Links l = m_links[i];
    if (l.newer != None)
        m_links[l.newer].older = l.older;
    else
        m_newest = l.older;
    if (l.older != None)
        m_links[l.older].newer = l.newer;
    else
        m_oldest = l.newer;
}

void WalkCache::pushNewest(uint32_t i)
{
    m_links[i] = {None, m_newest};
    if (m_newest != None)
        m_links[m_newest].newer = i;
    m_newest = i;
    if (m_oldest == None)
        m_oldest = i;
}

void WalkCache::insert(uint64_t va, uint16_t pcid, uint64_t nextTable, bool writable, bool user, bool executable)
{
    const uint64_t tag = tagFor(va);
    // The entry to replace: the same tag and PCID, else the first invalid entry, else the
    // least recently used.
    uint32_t target = None;
    const bool knownAbsent = m_absentKnown && m_absentTag == tag && m_absentPcid == pcid;
    m_absentKnown = false;
    for (uint32_t i = 0; i < m_valid && !knownAbsent; ++i) {
        if (m_tags[i] == tag && m_entries[i].pcid == pcid) {
            target = i;
            break;
        }
    }
    if (target == None && m_valid < m_entries.size()) {
        target = m_valid++;
        pushNewest(target);
        ++m_tagCount[bucketOf(tag)];
    } else if (target == None) {
        target = m_oldest;
        --m_tagCount[bucketOf(m_tags[target])];
        ++m_tagCount[bucketOf(tag)];
    }
    m_entries[target] = Entry{tag, nextTable, pcid, true, writable, user, executable, m_entries[target].stamp};
    m_tags[target] = tag;
    makeNewest(target);
}

void WalkCache::flush()
{
    for (Entry &e : m_entries)
        e.valid = false;
    m_valid = 0;
    m_newest = m_oldest = None;
    m_absentKnown = false;
    m_tagCount.fill(0);
}

} // namespace mmu
