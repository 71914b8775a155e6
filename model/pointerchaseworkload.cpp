// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointerchaseworkload.h"

#include <numeric>
#include <utility>

namespace mmu {

PointerChaseWorkload::PointerChaseWorkload(const WorkloadSpec &spec)
    : Workload(spec)
    , m_base(spec.base)
    , m_nodeBytes(spec.node)
    , m_next(static_cast<std::size_t>(spec.size / spec.node))
{
    addRegion("chase", spec.base, spec.size);
    // Sattolo: like Fisher-Yates, but j < i, so i -> m_next[i] is one cycle through all nodes.
    std::iota(m_next.begin(), m_next.end(), uint32_t{0});
    SplitMix64 rng(spec.seed);
    for (std::size_t i = m_next.size() - 1; i > 0; --i)
        std::swap(m_next[i], m_next[static_cast<std::size_t>(rng.below(i))]);
}

void PointerChaseWorkload::generate(std::span<MemoryAccess> out)
{
    uint32_t node = m_node;
    for (MemoryAccess &a : out) {
        a = MemoryAccess{m_base + node * m_nodeBytes, 8, AccessType::Read};
        node = m_next[node];
    }
    m_node = node;
}

} // namespace mmu
