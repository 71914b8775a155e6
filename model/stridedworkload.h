// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workload.h"

namespace mmu {

/**
 * `seq` and `stride`: offsets 0, step, 2·step, … through one region (step = elem for seq), as
 * far as a whole access fits; then the next pass starts again at offset 0.
 */
class StridedWorkload final : public Workload {
public:
    explicit StridedWorkload(const WorkloadSpec &spec);

protected:
    void generate(std::span<MemoryAccess> out) override;
    void restart() override { m_offset = 0; }

private:
    uint64_t m_base;
    uint64_t m_step;
    uint64_t m_lastOffset; ///< the last offset at which a whole access fits
    uint32_t m_elem;
    uint64_t m_offset = 0;
};

} // namespace mmu
