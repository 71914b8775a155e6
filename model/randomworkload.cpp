// SPDX-License-Identifier: GPL-3.0-or-later
#include "randomworkload.h"

namespace mmu {

RandomWorkload::RandomWorkload(const WorkloadSpec &spec)
    : Workload(spec)
    , m_base(spec.base)
    , m_slots(spec.size / spec.elem)
    , m_elem(spec.elem)
    , m_rng(spec.seed)
{
    addRegion("random", spec.base, spec.size);
}

void RandomWorkload::generate(std::span<MemoryAccess> out)
{
    for (MemoryAccess &a : out)
        a = MemoryAccess{m_base + m_rng.below(m_slots) * m_elem, m_elem, AccessType::Read};
}

} // namespace mmu
