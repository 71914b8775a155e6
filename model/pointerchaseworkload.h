// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workload.h"

#include <vector>

namespace mmu {

/**
 * `chase`: a linked list whose nodes (node bytes each) lie in a seeded random cyclic order, so
 * every node is visited once per lap and the next address is unpredictable — the access
 * pattern that defeats TLBs and prefetchers. Each access reads the 8-byte pointer at the start
 * of a node. The order is Sattolo's algorithm (a uniformly random single cycle); its links take
 * 4 bytes per node, which is why the spec limits the node count.
 */
class PointerChaseWorkload final : public Workload {
public:
    explicit PointerChaseWorkload(const WorkloadSpec &spec);

    /** The node after `node` in the list. */
    uint32_t nextNode(uint32_t node) const { return m_next[node]; }
    std::size_t nodes() const { return m_next.size(); }

protected:
    void generate(std::span<MemoryAccess> out) override;
    void restart() override { m_node = 0; }

private:
    uint64_t m_base;
    uint64_t m_nodeBytes;
    std::vector<uint32_t> m_next;
    uint32_t m_node = 0;
};

} // namespace mmu
