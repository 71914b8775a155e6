// SPDX-License-Identifier: GPL-3.0-or-later
#include "missclassifier.h"

#include <algorithm>
#include <bit>

namespace mmu {

namespace {

uint64_t mix(uint64_t vpn, int shift, uint16_t pcid)
{
    // splitmix64 finaliser over the combined key.
    uint64_t x = vpn * 0x9E3779B97F4A7C15ULL ^ (static_cast<uint64_t>(shift) << 56) ^ (static_cast<uint64_t>(pcid) << 40);
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

MissClassifier::MissClassifier(uint32_t entries)
    : m_capacity(entries)
    , m_nodes(entries)
    , m_index(std::bit_ceil(uint64_t{entries} * 2 + 2), Nil)
{
}

void MissClassifier::clear()
{
    std::fill(m_index.begin(), m_index.end(), Nil);
    m_used = 0;
    m_head = m_tail = Nil;
    m_seen.clear();
}

size_t MissClassifier::slotOf(uint64_t vpn, int shift, uint16_t pcid) const
{
    return mix(vpn, shift, pcid) & (m_index.size() - 1);
}

uint32_t MissClassifier::find(uint64_t vpn, int shift, uint16_t pcid) const
{
    for (size_t i = slotOf(vpn, shift, pcid);; i = (i + 1) & (m_index.size() - 1)) {
        const uint32_t n = m_index[i];
        if (n == Nil)
            return Nil;
        const Node &node = m_nodes[n];
        if (node.vpn == vpn && node.shift == shift && node.pcid == pcid)
            return n;
    }
}

void MissClassifier::indexInsert(uint32_t n)
{
    const Node &node = m_nodes[n];
    size_t i = slotOf(node.vpn, node.shift, node.pcid);
    while (m_index[i] != Nil)
        i = (i + 1) & (m_index.size() - 1);
    m_index[i] = n;
}

void MissClassifier::indexErase(uint32_t n)
{
    const size_t mask = m_index.size() - 1;
    const Node &node = m_nodes[n];
    size_t i = slotOf(node.vpn, node.shift, node.pcid);
    while (m_index[i] != n)
        i = (i + 1) & mask;
    // Backward-shift deletion keeps linear probing correct without tombstones.
    size_t j = i;
    for (;;) {
        j = (j + 1) & mask;
        const uint32_t m = m_index[j];
        if (m == Nil)
            break;
        const size_t home = slotOf(m_nodes[m].vpn, m_nodes[m].shift, m_nodes[m].pcid);
        const bool between = i <= j ? (home > i && home <= j) : (home > i || home <= j);
        if (!between) {
            m_index[i] = m;
            i = j;
        }
    }
    m_index[i] = Nil;
}

void MissClassifier::unlink(uint32_t n)
{
    Node &node = m_nodes[n];
    if (node.prev != Nil)
        m_nodes[node.prev].next = node.next;
    else
        m_head = node.next;
    if (node.next != Nil)
        m_nodes[node.next].prev = node.prev;
    else
        m_tail = node.prev;
}

void MissClassifier::pushFront(uint32_t n)
{
    Node &node = m_nodes[n];
    node.prev = Nil;
    node.next = m_head;
    if (m_head != Nil)
        m_nodes[m_head].prev = n;
    m_head = n;
    if (m_tail == Nil)
        m_tail = n;
}

MissKind MissClassifier::access(uint64_t vpn, int shift, uint16_t pcid, bool realHit)
{
    const uint32_t found = find(vpn, shift, pcid);
    const bool shadowHit = found != Nil;
    if (shadowHit) {
        unlink(found);
        pushFront(found);
    } else {
        uint32_t n;
        if (m_used < m_capacity) {
            n = m_used++;
        } else {
            n = m_tail;
            indexErase(n);
            unlink(n);
        }
        m_nodes[n].vpn = vpn;
        m_nodes[n].shift = static_cast<int8_t>(shift);
        m_nodes[n].pcid = pcid;
        indexInsert(n);
        pushFront(n);
    }
    const bool firstTime = m_seen.insert(mix(vpn, shift, pcid));
    if (realHit)
        return MissKind::None;
    if (firstTime)
        return MissKind::Compulsory;
    return shadowHit ? MissKind::Conflict : MissKind::Capacity;
}

bool MissClassifier::SeenSet::insert(uint64_t key)
{
    if (key == 0) {
        const bool added = !m_hasZero;
        m_hasZero = true;
        return added;
    }
    for (;;) {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = key & mask; !m_slots.empty(); i = (i + 1) & mask) {
            if (m_slots[i] == key)
                return false;
            if (m_slots[i] != 0)
                continue;
            // Not there. A new key keeps the set at most half full (short probe sequences);
            // only a new key ever grows it.
            if ((m_size + 1) * 2 > m_slots.size())
                break;
            m_slots[i] = key;
            ++m_size;
            return true;
        }
        grow();
    }
}

void MissClassifier::SeenSet::grow()
{
    std::vector<uint64_t> old(m_slots.empty() ? 64 : m_slots.size() * 2, 0);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (uint64_t key : old) {
        if (key == 0)
            continue;
        size_t i = key & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = key;
    }
}

void MissClassifier::SeenSet::clear()
{
    std::fill(m_slots.begin(), m_slots.end(), 0);
    m_size = 0;
    m_hasZero = false;
}

} // namespace mmu
