// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace mmu {

/**
 * A small seeded random-number generator (Steele, Lea and Flood's SplitMix64, the seeder of
 * the xoshiro family): one add and a few multiplies per number, 2^64 period, and the same
 * sequence for the same seed on every platform — workloads must be reproducible.
 */
class SplitMix64 {
public:
    explicit SplitMix64(uint64_t seed = 0) : m_state(seed) {}

    uint64_t next()
    {
        uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /** Uniform in [0, n) for n >= 1 (Lemire's multiply-shift, without the rejection step: the bias is at most n / 2^64). */
    uint64_t below(uint64_t n)
    {
        __extension__ using Wide = unsigned __int128;
        return static_cast<uint64_t>((static_cast<Wide>(next()) * n) >> 64);
    }

    /** True with probability `threshold` / 2^64 (see thresholdFor()). */
    bool chance(uint64_t threshold) { return next() < threshold; }

    /** The threshold for chance() that gives probability p in [0, 1]. */
    static uint64_t thresholdFor(double p)
    {
        if (p <= 0)
            return 0;
        if (p >= 1)
            return ~uint64_t{0};
        return static_cast<uint64_t>(p * 18446744073709551616.0);
    }

private:
    uint64_t m_state;
};

} // namespace mmu
