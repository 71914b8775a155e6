// SPDX-License-Identifier: GPL-3.0-or-later
#include "physicalmemory.h"

#include <cstring>

namespace mmu {

PhysicalMemory::PhysicalMemory(int frameShift)
    : m_frameShift(frameShift)
{
}

uint8_t *PhysicalMemory::storage(uint64_t frameNumber) const
{
    return frameNumber < m_frames.size() ? m_frames[frameNumber].get() : nullptr;
}

uint8_t *PhysicalMemory::makeStorage(uint64_t frameNumber)
{
    if (frameNumber >= m_frames.size())
        m_frames.resize(frameNumber + 1);
    auto &slot = m_frames[frameNumber];
    if (!slot) {
        slot = std::make_unique<uint8_t[]>(frameBytes()); // value-initialised: zero
        ++m_stored;
    }
    return slot.get();
}

uint64_t PhysicalMemory::read(uint64_t paddr, int bytes) const
{
    const uint8_t *frame = storage(paddr >> m_frameShift);
    if (!frame)
        return 0;
    const uint8_t *at = frame + (paddr & (frameBytes() - 1));
    // Constant sizes let the compiler turn memcpy into one load (this is the walker's hot path).
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

void PhysicalMemory::write(uint64_t paddr, int bytes, uint64_t value)
{
    uint8_t *frame = makeStorage(paddr >> m_frameShift);
    std::memcpy(frame + (paddr & (frameBytes() - 1)), &value, static_cast<size_t>(bytes));
}

void PhysicalMemory::clearFrame(uint64_t frameNumber)
{
    std::memset(makeStorage(frameNumber), 0, frameBytes());
}

void PhysicalMemory::releaseFrame(uint64_t frameNumber)
{
    if (frameNumber < m_frames.size() && m_frames[frameNumber]) {
        m_frames[frameNumber].reset();
        --m_stored;
    }
}

} // namespace mmu
