// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlb.h"

#include <bit>

namespace mmu {

Tlb::Tlb(const TlbConfig &config, uint64_t seed)
    : m_config(config)
    , m_sets(config.sets())
    , m_entries(config.entries)
    , m_keys(config.entries, 0)
    , m_replacement(config.policy, config.sets(), config.ways, seed)
{
    for (uint64_t size : config.pageSizes) {
        m_shifts.push_back(std::countr_zero(size));
        m_sizeMask |= size;
    }
}

uint32_t Tlb::setFor(uint64_t va, uint64_t pageSize) const
{
    return static_cast<uint32_t>((va >> std::countr_zero(pageSize)) & (m_sets - 1));
}

Tlb::Lookup Tlb::lookup(uint64_t va, uint16_t pcid)
{
    Lookup result;
    const uint32_t ways = m_config.ways;
    for (size_t k = 0; k < m_shifts.size(); ++k) {
        const int shift = m_shifts[k];
        const uint64_t vpn = va >> shift;
        const uint32_t set = static_cast<uint32_t>(vpn & (m_sets - 1));
        if (k == 0)
            result.set = set;
        const uint64_t key = keyOf(vpn, shift);
        const size_t row = static_cast<size_t>(set) * ways;
        const uint64_t *keys = &m_keys[row];
        for (uint32_t w = 0; w < ways; ++w) {
            if (keys[w] != key)
                continue;
            const TlbEntry &e = m_entries[row + w];
            if (!e.global && e.pcid != pcid)
                continue;
            m_replacement.touch(set, w);
            result.hit = true;
            result.set = set;
            result.way = static_cast<int>(w);
            result.entry = &e;
            return result;
        }
    }
    return result;
}

Tlb::Fill Tlb::insert(uint64_t va, const TlbEntry &entry)
{
    Fill fill;
    fill.set = setFor(va, entry.pageSize);
    const uint32_t ways = m_config.ways;
    uint32_t way = ways;
    for (uint32_t w = 0; w < ways; ++w) {
        const TlbEntry &e = slot(fill.set, w);
        // The same translation already cached (e.g. refilled after a D-bit update): replace it.
        if (e.valid && e.vpn == entry.vpn && e.pageSize == entry.pageSize && e.pcid == entry.pcid) {
            way = w;
            break;
        }
        if (!e.valid && way == ways)
            way = w;
    }
    if (way == ways) {
        way = m_replacement.victim(fill.set);
        fill.evicted = true;
        fill.victim = slot(fill.set, way);
    }
    fill.way = way;
    slot(fill.set, way) = entry;
    slot(fill.set, way).valid = true;
    m_keys[static_cast<size_t>(fill.set) * ways + way] = keyOf(entry.vpn, std::countr_zero(entry.pageSize));
    m_replacement.insert(fill.set, way);
    return fill;
}

int Tlb::invalidate(uint64_t va, uint16_t pcid)
{
    int dropped = 0;
    for (size_t k = 0; k < m_shifts.size(); ++k) {
        const uint64_t vpn = va >> m_shifts[k];
        const uint32_t set = static_cast<uint32_t>(vpn & (m_sets - 1));
        for (uint32_t w = 0; w < m_config.ways; ++w) {
            TlbEntry &e = slot(set, w);
            if (e.valid && e.vpn == vpn && e.pageSize == m_config.pageSizes[k] && (e.global || e.pcid == pcid)) {
                e.valid = false;
                m_keys[static_cast<size_t>(set) * m_config.ways + w] = 0;
                ++dropped;
            }
        }
    }
    return dropped;
}

void Tlb::flush(bool keepGlobal, std::optional<uint16_t> onlyPcid)
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        TlbEntry &e = m_entries[i];
        if (!e.valid || (keepGlobal && e.global))
            continue;
        if (onlyPcid && e.pcid != *onlyPcid && !e.global)
            continue;
        e.valid = false;
        m_keys[i] = 0;
    }
}

uint64_t Tlb::validEntries() const
{
    uint64_t n = 0;
    for (const TlbEntry &e : m_entries)
        n += e.valid;
    return n;
}

} // namespace mmu
