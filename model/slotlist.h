// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

namespace mmu {

/**
 * An ordered list of frame slots, linked through arrays sized at construction: insert at the
 * front, remove and move in O(1) with no allocation. A slot is on the list at most once.
 * The front is the newest end (most recently inserted), the back the oldest.
 */
class SlotList {
public:
    static constexpr int None = -1;

    explicit SlotList(int slots);

    bool empty() const { return m_size == 0; }
    int size() const { return m_size; }
    bool contains(int slot) const { return m_linked[static_cast<size_t>(slot)]; }

    int front() const { return m_front; }
    int back() const { return m_back; }
    /** The slot after `slot` towards the back, or None. */
    int next(int slot) const { return m_next[static_cast<size_t>(slot)]; }
    /** The slot before `slot` towards the front, or None. */
    int previous(int slot) const { return m_prev[static_cast<size_t>(slot)]; }

    void pushFront(int slot);
    void pushBack(int slot);
    void remove(int slot);
    /** Moves a slot on the list to the front. */
    void moveToFront(int slot);

private:
    std::vector<int> m_next;
    std::vector<int> m_prev;
    std::vector<bool> m_linked;
    int m_front = None;
    int m_back = None;
    int m_size = 0;
};

} // namespace mmu
