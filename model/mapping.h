// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageentry.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mmu {

/** A region of a process's address space (a VMA in Linux terms). */
struct Mapping {
    std::string name;
    uint64_t start = 0;
    uint64_t length = 0;
    Permissions perms;
    uint64_t pageSize = 4096;
    bool global = false;

    uint64_t end() const { return start + length; }
    bool contains(uint64_t va) const { return va >= start && va - start < length; }
};

/**
 * A typical x86-64 Linux process: text, data, heap, a region of 2 MiB pages, one 1 GiB page,
 * an mmap area around the worked example 0x7fffa1b2c3d4, the stack just below
 * 0x7fff_ffff_f000, and a supervisor-only kernel text page. Addresses outside these fault.
 */
std::vector<Mapping> defaultProcessLayout();

} // namespace mmu
