// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotcoldworkload.h"

namespace mmu {

HotColdWorkload::HotColdWorkload(const WorkloadSpec &spec)
    : Workload(spec)
    , m_base(spec.base)
    , m_hotSlots(spec.hot / spec.elem)
    , m_coldStart((spec.hot + spec.elem - 1) / spec.elem * spec.elem)
    , m_coldSlots((spec.size - m_coldStart) / spec.elem)
    , m_hotThreshold(SplitMix64::thresholdFor(spec.hotFraction))
    , m_elem(spec.elem)
    , m_rng(spec.seed)
{
    addRegion("hotcold", spec.base, spec.size);
}

void HotColdWorkload::generate(std::span<MemoryAccess> out)
{
    for (MemoryAccess &a : out) {
        const uint64_t offset = m_rng.chance(m_hotThreshold) ? m_rng.below(m_hotSlots) * m_elem
                                                              : m_coldStart + m_rng.below(m_coldSlots) * m_elem;
        a = MemoryAccess{m_base + offset, m_elem, AccessType::Read};
    }
}

} // namespace mmu
