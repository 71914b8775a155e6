// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workload.h"

namespace mmu {

/** `random`: each access at a uniformly random elem-aligned offset of the region. */
class RandomWorkload final : public Workload {
public:
    explicit RandomWorkload(const WorkloadSpec &spec);

protected:
    void generate(std::span<MemoryAccess> out) override;
    void restart() override { m_rng = SplitMix64(spec().seed); }

private:
    uint64_t m_base;
    uint64_t m_slots; ///< elem-sized slots in the region
    uint32_t m_elem;
    SplitMix64 m_rng;
};

} // namespace mmu
