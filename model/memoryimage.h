// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace mmu {

/**
 * Physical memory given byte for byte, as an exercise prints it (OSTEP's page dump), with
 * the address of the root table. A session on an image has no operating system: the tables
 * are the exercise's, nothing is mapped or allocated, and a missing entry is just a fault.
 */
struct MemoryImage {
    std::vector<uint8_t> bytes; ///< from physical address 0
    uint64_t root = 0;

    friend bool operator==(const MemoryImage &, const MemoryImage &) = default;
};

} // namespace mmu
