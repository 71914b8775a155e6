// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <set>

namespace mmu {

/**
 * Hands out physical frames as naturally aligned power-of-two blocks (a buddy allocator, as
 * Linux's page allocator), so a 2 MiB page gets a 2 MiB-aligned frame. Memory is finite when a
 * capacity is given; otherwise it grows as needed. Frames below `firstFrame` are never handed
 * out (the first MiB is firmware's on a PC), nor frames at or above `endFrame` (beyond what the
 * format's physical addresses can reach: 128 frames in OSTEP). Deterministic: lowest free
 * address first.
 */
class FrameAllocator {
public:
    static constexpr int MaxOrder = 30;

    /** `capacity` in frames; std::nullopt means unlimited. */
    FrameAllocator(std::optional<uint64_t> capacity, uint64_t firstFrame = 256, uint64_t endFrame = ~uint64_t{0});

    /** A block of 2^order frames aligned to its size, or nullopt when memory is full. */
    std::optional<uint64_t> allocate(int order);
    /** Returns a block obtained from allocate() with the same order. */
    void release(uint64_t base, int order);

    uint64_t usedFrames() const { return m_used; }
    std::optional<uint64_t> capacity() const { return m_capacity; }
    /** Frames still available (capacity minus used), or nullopt when unlimited. */
    std::optional<uint64_t> freeFrames() const;

private:
    void addFree(uint64_t base, int order);
    bool takeFromTop(int order, uint64_t &base);

    std::optional<uint64_t> m_capacity;
    uint64_t m_first;
    uint64_t m_end;  ///< frames at and above this do not exist
    uint64_t m_top;  ///< frames at and above this were never handed out
    uint64_t m_used = 0;
    std::array<std::set<uint64_t>, MaxOrder + 1> m_free;
};

/** Order of a block of `bytes` with frames of 2^frameShift bytes (bytes a power of two). */
int orderFor(uint64_t bytes, int frameShift);

} // namespace mmu
