// SPDX-License-Identifier: GPL-3.0-or-later
#include "slotlist.h"

#include <cassert>

namespace mmu {

SlotList::SlotList(int slots)
    : m_next(static_cast<size_t>(slots), None)
    , m_prev(static_cast<size_t>(slots), None)
    , m_linked(static_cast<size_t>(slots), false)
{
}

void SlotList::pushFront(int slot)
{
    assert(!contains(slot));
    const auto s = static_cast<size_t>(slot);
    m_prev[s] = None;
    m_next[s] = m_front;
    if (m_front != None)
        m_prev[static_cast<size_t>(m_front)] = slot;
    else
        m_back = slot;
    m_front = slot;
    m_linked[s] = true;
    ++m_size;
}

void SlotList::pushBack(int slot)
{
    assert(!contains(slot));
    const auto s = static_cast<size_t>(slot);
    m_next[s] = None;
    m_prev[s] = m_back;
    if (m_back != None)
        m_next[static_cast<size_t>(m_back)] = slot;
    else
        m_front = slot;
    m_back = slot;
    m_linked[s] = true;
    ++m_size;
}

void SlotList::remove(int slot)
{
    if (!contains(slot))
        return;
    const auto s = static_cast<size_t>(slot);
    if (m_prev[s] != None)
        m_next[static_cast<size_t>(m_prev[s])] = m_next[s];
    else
        m_front = m_next[s];
    if (m_next[s] != None)
        m_prev[static_cast<size_t>(m_next[s])] = m_prev[s];
    else
        m_back = m_prev[s];
    m_next[s] = None;
    m_prev[s] = None;
    m_linked[s] = false;
    --m_size;
}

void SlotList::moveToFront(int slot)
{
    if (m_front == slot)
        return;
    remove(slot);
    pushFront(slot);
}

} // namespace mmu
