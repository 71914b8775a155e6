// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replacementpolicy.h"
#include "slotlist.h"

#include <vector>

namespace mmu {

/**
 * Linux-style active and inactive lists (the classic split LRU, before multi-generational
 * LRU). Every resident page is on one list, with a referenced flag. The rules:
 *  - A loaded page goes to the head of the inactive list, referenced (its fault is its first
 *    reference, as mark_page_accessed() does on the read path).
 *  - A use of an inactive page: if referenced, it is promoted to the head of the active list,
 *    unreferenced (so a new page is promoted on its second reference); otherwise it becomes
 *    referenced and stays where it is.
 *  - A use of an active page makes it referenced; it does not move.
 *  - Victim: the evictable page nearest the inactive tail, whatever its flag: the inactive
 *    list is the second chance, a page referenced twice there is promoted before it gets to
 *    the tail.
 *  - Refill: when the inactive list holds no evictable page, pages are taken from the active
 *    tail until the inactive list holds at least half the resident pages (rounded up; Linux
 *    keeps the lists about 1:1 on small machines) and one of them is evictable. A referenced
 *    active page gets a second chance: its flag is cleared and it goes back to the active
 *    head. An unreferenced one moves to the inactive head, unreferenced.
 * Pages used once (a large scan) churn through the inactive list and leave the active list,
 * the hot set, alone; plain LRU lets such a scan push the hot set out.
 */
class TwoListPolicy : public ReplacementPolicy {
public:
    explicit TwoListPolicy(int frames);
    PolicyKind kind() const override { return PolicyKind::TwoList; }

    /** The referenced flag of `slot`. */
    bool referenceBit(int slot) const override;
    bool isActive(int slot) const;
    /** The lists, front = head (newest) to back = tail. */
    const SlotList &activeList() const { return m_active; }
    const SlotList &inactiveList() const { return m_inactive; }

protected:
    void onLoaded(int slot, const PageUse &use) override;
    void onHit(int slot, const PageUse &use) override;
    void onFreed(int slot) override;
    std::optional<int> pickVictim(const LockedSlots &locked) override;

private:
    std::optional<int> inactiveVictim(const LockedSlots &locked) const;
    void refillInactive(const LockedSlots &locked);

    SlotList m_active;
    SlotList m_inactive;
    std::vector<bool> m_referenced;
};

} // namespace mmu
