// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace mmu {

/**
 * Simulated physical memory. Only frames that were written hold bytes (page tables);
 * data pages are never stored, so a machine with a 1 GiB page costs nothing to simulate.
 * Unwritten memory reads as zero. Little-endian, like every format mmulab models.
 */
class PhysicalMemory {
public:
    explicit PhysicalMemory(int frameShift = 12);

    int frameShift() const { return m_frameShift; }
    uint64_t frameBytes() const { return uint64_t{1} << m_frameShift; }

    /** Inline: every page-walk step reads an entry through here. */
    uint64_t read(uint64_t paddr, int bytes) const
    {
        const uint8_t *frame = storage(paddr >> m_frameShift);
        if (!frame)
            return 0;
        const uint8_t *at = frame + (paddr & (frameBytes() - 1));
        // Constant sizes let the compiler turn memcpy into one load.
        switch (bytes) {
        case 8: {
            uint64_t v;
            std::memcpy(&v, at, 8);
            return v;
        }
        case 4: {
            uint32_t v;
            std::memcpy(&v, at, 4);
            return v;
        }
        default: {
            uint64_t v = 0;
            std::memcpy(&v, at, static_cast<size_t>(bytes));
            return v;
        }
        }
    }
    /** Where the byte at `paddr` is kept in the host, or nullptr while its frame holds no bytes (prefetch hints). */
    const void *hostAddress(uint64_t paddr) const
    {
        const uint8_t *frame = storage(paddr >> m_frameShift);
        return frame ? frame + (paddr & (frameBytes() - 1)) : nullptr;
    }
    void write(uint64_t paddr, int bytes, uint64_t value);
    /** Zero-fills a frame (a freshly allocated page table). */
    void clearFrame(uint64_t frameNumber);
    /** Forgets a frame's bytes (it reads as zero again). */
    void releaseFrame(uint64_t frameNumber);
    /** Number of frames that hold bytes. */
    uint64_t storedFrames() const { return m_stored; }

private:
    uint8_t *storage(uint64_t frameNumber) const
    {
        return frameNumber < m_frames.size() ? m_frames[frameNumber].get() : nullptr;
    }
    uint8_t *makeStorage(uint64_t frameNumber);

    int m_frameShift;
    std::vector<std::unique_ptr<uint8_t[]>> m_frames; // indexed by frame number
    uint64_t m_stored = 0;
};

} // namespace mmu
