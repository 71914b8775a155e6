// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanhotworkload.h"

namespace mmu {

namespace {
constexpr uint64_t GiB = uint64_t{1} << 30;
} // namespace

ScanHotWorkload::ScanHotWorkload(const WorkloadSpec &spec)
    : Workload(spec)
    , m_hotBase(spec.base)
    , m_hotSlots(spec.hot / spec.elem)
    , m_scanBase(spec.base + (spec.hot + GiB - 1) / GiB * GiB)
    , m_scanStep(spec.stride)
    , m_scanLast(spec.scan - spec.elem)
    , m_hotThreshold(SplitMix64::thresholdFor(spec.hotFraction))
    , m_elem(spec.elem)
    , m_rng(spec.seed)
{
    addRegion("hot", m_hotBase, spec.hot);
    addRegion("scan", m_scanBase, spec.scan);
}

void ScanHotWorkload::restart()
{
    m_rng = SplitMix64(spec().seed);
    m_scanOffset = 0;
}

void ScanHotWorkload::generate(std::span<MemoryAccess> out)
{
    for (MemoryAccess &a : out) {
        uint64_t address;
        if (m_rng.chance(m_hotThreshold)) {
            address = m_hotBase + m_rng.below(m_hotSlots) * m_elem;
        } else {
            address = m_scanBase + m_scanOffset;
            m_scanOffset += m_scanStep;
            if (m_scanOffset > m_scanLast)
                m_scanOffset = 0;
        }
        a = MemoryAccess{address, m_elem, AccessType::Read};
    }
}

} // namespace mmu
