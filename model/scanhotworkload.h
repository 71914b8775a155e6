// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workload.h"

namespace mmu {

/**
 * `scanhot`: a hot set in constant use while a large region is scanned once (a big file read,
 * a backup): each access is, with probability hotfrac, a uniformly random access to the hot
 * set, else the next step of the scan. It shows the scan problem — a plain LRU lets the
 * one-pass scan push the hot set out; Linux's two lists and MADV_SEQUENTIAL do not. The scan
 * region starts at the first 1 GiB boundary after the hot set, so both can be hugetlb-mapped.
 */
class ScanHotWorkload final : public Workload {
public:
    explicit ScanHotWorkload(const WorkloadSpec &spec);

    uint64_t scanStart() const { return m_scanBase; }

protected:
    void generate(std::span<MemoryAccess> out) override;
    void restart() override;

private:
    uint64_t m_hotBase;
    uint64_t m_hotSlots;
    uint64_t m_scanBase;
    uint64_t m_scanStep;
    uint64_t m_scanLast; ///< the last scan offset at which a whole access fits
    uint64_t m_hotThreshold;
    uint32_t m_elem;
    SplitMix64 m_rng;
    uint64_t m_scanOffset = 0;
};

} // namespace mmu
