// SPDX-License-Identifier: GPL-3.0-or-later
#include "stridedworkload.h"

namespace mmu {

StridedWorkload::StridedWorkload(const WorkloadSpec &spec)
    : Workload(spec)
    , m_base(spec.base)
    , m_step(spec.kind == WorkloadKind::Strided ? spec.stride : spec.elem)
    , m_lastOffset(spec.size - spec.elem)
    , m_elem(spec.elem)
{
    addRegion(std::string(workloadKindName(spec.kind)), spec.base, spec.size);
}

void StridedWorkload::generate(std::span<MemoryAccess> out)
{
    uint64_t offset = m_offset;
    for (MemoryAccess &a : out) {
        a = MemoryAccess{m_base + offset, m_elem, AccessType::Read};
        offset += m_step;
        if (offset > m_lastOffset)
            offset = 0;
    }
    m_offset = offset;
}

} // namespace mmu
