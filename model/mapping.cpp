// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping.h"

namespace mmu {

namespace {
constexpr uint64_t KiB = 1024;
constexpr uint64_t MiB = 1024 * KiB;
constexpr uint64_t GiB = 1024 * MiB;
} // namespace

std::vector<Mapping> defaultProcessLayout()
{
    const Permissions rx{.write = false, .execute = true, .user = true};
    const Permissions r{.write = false, .execute = false, .user = true};
    const Permissions rw{.write = true, .execute = false, .user = true};
    const Permissions kernelRx{.write = false, .execute = true, .user = false};
    return {
        {"text", 0x400000, 64 * KiB, rx, 4 * KiB, false},
        {"rodata", 0x410000, 16 * KiB, r, 4 * KiB, false},
        {"data", 0x600000, 16 * KiB, rw, 4 * KiB, false},
        {"heap", 0x2000000, 1 * MiB, rw, 4 * KiB, false},
        // malloc'd but never touched: the first access of each page is a minor fault.
        {"heap (untouched)", 0x2100000, 1 * MiB, rw, 4 * KiB, false, /*populated=*/false},
        {"huge-2M", 0x7f0000000000, 8 * MiB, rw, 2 * MiB, false},
        {"huge-1G", 0x7f0040000000, 1 * GiB, rw, 1 * GiB, false},
        {"mmap", 0x7fffa1b00000, 2 * MiB, rw, 4 * KiB, false},
        {"stack", 0x7fffffffe000 - 128 * KiB, 128 * KiB, rw, 4 * KiB, false},
        {"kernel-text", 0xffffffff81000000, 2 * MiB, kernelRx, 2 * MiB, true},
    };
}

} // namespace mmu
