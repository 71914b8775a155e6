// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixworkload.h"

namespace mmu {

MatrixWorkload::MatrixWorkload(const WorkloadSpec &spec)
    : Workload(spec)
    , m_base(spec.base)
    , m_rows(spec.rows)
    , m_cols(spec.cols)
    , m_elem(spec.elem)
    , m_columnMajor(spec.columnMajor)
{
    addRegion("matrix", spec.base, spec.rows * spec.cols * spec.elem);
}

void MatrixWorkload::generate(std::span<MemoryAccess> out)
{
    for (MemoryAccess &a : out) {
        a = MemoryAccess{m_base + (m_row * m_cols + m_col) * m_elem, m_elem, AccessType::Read};
        if (m_columnMajor) {
            if (++m_row == m_rows) {
                m_row = 0;
                if (++m_col == m_cols)
                    m_col = 0;
            }
        } else if (++m_col == m_cols) {
            m_col = 0;
            if (++m_row == m_rows)
                m_row = 0;
        }
    }
}

} // namespace mmu
