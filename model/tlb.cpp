// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlb.h"

#include <bit>

namespace mmu {

Tlb::Tlb(const TlbConfig &config, uint64_t seed)
    : m_keys(config.entries, 0)
    , m_entries(config.entries)
    , m_sets(config.sets())
    , m_ways(config.ways)
    , m_setMask(static_cast<uint64_t>(config.sets()) - 1)
    , m_setValid(config.sets(), 0)
    , m_replacement(config.policy, config.sets(), config.ways, seed)
    , m_config(config)
{
    for (uint64_t size : config.pageSizes) {
        m_shifts.push_back(std::countr_zero(size));
        m_sizeMask |= size;
    }
    m_sizeCount = static_cast<uint32_t>(m_shifts.size());
    m_firstShift = m_sizeCount > 0 ? m_shifts.front() : NoShift;
}

const TlbEntry *Tlb::findOtherSizes(uint64_t va, uint16_t pcid)
{
    return lookupOtherSizes(va, pcid, 0).entry;
}

Tlb::Lookup Tlb::lookupOtherSizes(uint64_t va, uint16_t pcid, uint32_t missSet)
{
    Lookup result;
    result.set = missSet;
    for (size_t k = 1; k < m_shifts.size(); ++k) {
        const int shift = m_shifts[k];
        if (m_validOfShift[static_cast<size_t>(shift)] == 0)
            continue; // nothing of this size cached: the probe could only miss
        const uint64_t vpn = va >> shift;
        const auto set = static_cast<uint32_t>(vpn & (m_sets - 1));
        const size_t row = static_cast<size_t>(set) * m_ways;
        const int way = findWay(row, keyOf(vpn, shift), pcid);
        if (way >= 0) {
            m_replacement.touch(set, static_cast<uint32_t>(way));
            result.hit = true;
            result.set = set;
            result.way = way;
            result.entry = &m_entries[row + static_cast<size_t>(way)];
            return result;
        }
    }
    return result;
}

Tlb::Fill Tlb::insert(uint64_t va, const TlbEntry &entry)
{
    return fill<true, true>(va, entry);
}

int Tlb::invalidate(uint64_t va, uint16_t pcid)
{
    int dropped = 0;
    for (size_t k = 0; k < m_shifts.size(); ++k) {
        const uint64_t vpn = va >> m_shifts[k];
        const uint32_t set = static_cast<uint32_t>(vpn & (m_sets - 1));
        for (uint32_t w = 0; w < m_ways; ++w) {
            TlbEntry &e = slot(set, w);
            if (e.valid && e.vpn == vpn && e.pageSize == m_config.pageSizes[k] && (e.global || e.pcid == pcid)) {
                e.valid = false;
                m_keys[static_cast<size_t>(set) * m_ways + w] = 0;
                --m_valid;
                --m_setValid[set];
                --m_validOfShift[shiftOf(e.pageSize)];
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
        --m_valid;
        --m_setValid[i / m_ways];
        --m_validOfShift[shiftOf(e.pageSize)];
    }
}

} // namespace mmu
