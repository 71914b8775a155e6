// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapping.h"

#include <algorithm>

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

std::vector<Mapping> tinyProcessLayout()
{
    const Permissions rx{.write = false, .execute = true, .user = true};
    const Permissions rw{.write = true, .execute = false, .user = true};
    constexpr uint64_t Pages16 = 16 * 32;
    return {
        {"text", 0x0000, Pages16, rx, 32, false},
        {"data", 0x1000, Pages16, rw, 32, false},
        {"heap (untouched)", 0x1200, Pages16, rw, 32, false, /*populated=*/false},
        {"stack", 0x8000 - Pages16, Pages16, rw, 32, false},
    };
}

namespace {

std::vector<Mapping> fitEach(const std::vector<Mapping> &layout, const PagingFormat &format)
{
    const uint64_t base = format.pageSize();
    std::vector<Mapping> fitted;
    for (Mapping m : layout) {
        if (m.pageSize == 4 * KiB && format.leafLevelFor(m.pageSize) < 0 && base > m.pageSize) {
            const uint64_t end = (m.end() + base - 1) & ~(base - 1);
            m.start &= ~(base - 1);
            m.length = end - m.start;
            m.pageSize = base;
        }
        if (format.leafLevelFor(m.pageSize) < 0 || m.length == 0 || !format.isCanonical(m.start)
            || !format.isCanonical(m.end() - 1))
            continue;
        const bool overlaps = std::any_of(fitted.begin(), fitted.end(), [&](const Mapping &other) {
            return m.start < other.end() && other.start < m.end();
        });
        if (!overlaps)
            fitted.push_back(m);
    }
    return fitted;
}

} // namespace

std::vector<Mapping> fitLayout(const std::vector<Mapping> &layout, const PagingFormat &format)
{
    return fitEach(layout, format);
}

std::vector<Mapping> fitLayoutOrTiny(const std::vector<Mapping> &layout, const PagingFormat &format)
{
    std::vector<Mapping> fitted = fitEach(layout, format);
    return fitted.empty() ? fitEach(tinyProcessLayout(), format) : fitted;
}

} // namespace mmu
