// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workload.h"

namespace mmu {

/**
 * `hotcold`: a hot set (the first `hot` bytes of the region) that gets `hotfrac` of the
 * accesses, uniformly; the rest go uniformly to the cold remainder. The classic working-set
 * picture: a TLB or a memory that holds the hot set serves most accesses.
 */
class HotColdWorkload final : public Workload {
public:
    explicit HotColdWorkload(const WorkloadSpec &spec);

protected:
    void generate(std::span<MemoryAccess> out) override;
    void restart() override { m_rng = SplitMix64(spec().seed); }

private:
    uint64_t m_base;
    uint64_t m_hotSlots;
    uint64_t m_coldStart; ///< offset of the cold part, elem-aligned
    uint64_t m_coldSlots;
    uint64_t m_hotThreshold;
    uint32_t m_elem;
    SplitMix64 m_rng;
};

} // namespace mmu
