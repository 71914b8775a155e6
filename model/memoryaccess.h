// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "step.h"

#include <cstdint>

namespace mmu {

/**
 * One memory access of a workload, as read from a trace or made by a generator: the virtual
 * address, how many bytes it touches, and whether it is a read, a write or an instruction
 * fetch (AccessType::Execute).
 */
struct MemoryAccess {
    uint64_t address = 0;
    uint32_t size = 0; ///< bytes; 0 when the source does not say (pinatrace, plain lists)
    AccessType type = AccessType::Read;

    friend bool operator==(const MemoryAccess &, const MemoryAccess &) = default;
};

} // namespace mmu
