// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workload.h"

namespace mmu {

/**
 * `matrix`: a rows × cols array of elem-byte elements stored row-major, visited in row order
 * (consecutive addresses) or in column order (a stride of cols × elem bytes between accesses,
 * a new page every access once a row is 4 KiB or more), pass after pass.
 */
class MatrixWorkload final : public Workload {
public:
    explicit MatrixWorkload(const WorkloadSpec &spec);

protected:
    void generate(std::span<MemoryAccess> out) override;
    void restart() override { m_row = m_col = 0; }

private:
    uint64_t m_base;
    uint64_t m_rows;
    uint64_t m_cols;
    uint32_t m_elem;
    bool m_columnMajor;
    uint64_t m_row = 0;
    uint64_t m_col = 0;
};

} // namespace mmu
