// SPDX-License-Identifier: GPL-3.0-or-later
#include "physicalmemory.h"

#include <cstring>

namespace mmu {

PhysicalMemory::PhysicalMemory(int frameShift)
    : m_frameShift(frameShift)
{
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
