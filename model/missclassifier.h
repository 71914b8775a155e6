// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace mmu {

/** The three Cs (Hill, 1987) applied to a TLB miss. */
enum class MissKind : uint8_t {
    None,       ///< not a miss, or not classified
    Compulsory, ///< first reference to the page by this TLB
    Capacity,   ///< a fully associative LRU TLB of the same size would have missed too
    Conflict,   ///< a fully associative LRU TLB of the same size would have hit
};

/**
 * Classifies the misses of one TLB by running a fully associative LRU shadow of the same
 * number of entries beside it, and remembering every page it has seen. The shadow is a fixed
 * pool with an open-addressing index: no allocation per access once a page has been seen.
 */
class MissClassifier {
public:
    explicit MissClassifier(uint32_t entries);

    /** Feeds one reference; `realHit` is what the real TLB did. Returns the class of a miss. */
    MissKind access(uint64_t vpn, int sizeShift, uint16_t pcid, bool realHit);
    void clear();

private:
    struct Node {
        uint64_t vpn;
        uint32_t prev;
        uint32_t next;
        uint16_t pcid;
        int8_t shift;
    };
    static constexpr uint32_t Nil = 0xffffffffu;

    uint32_t find(uint64_t vpn, int shift, uint16_t pcid) const;
    size_t slotOf(uint64_t vpn, int shift, uint16_t pcid) const;
    void indexInsert(uint32_t node);
    void indexErase(uint32_t node);
    void unlink(uint32_t node);
    void pushFront(uint32_t node);

    uint32_t m_capacity;
    std::vector<Node> m_nodes;
    std::vector<uint32_t> m_index; ///< power-of-two table of node numbers, Nil = empty
    uint32_t m_used = 0;
    uint32_t m_head = Nil; ///< most recently used
    uint32_t m_tail = Nil; ///< least recently used

    /**
     * The pages seen so far, as their mixed keys: an open-addressing set of 64-bit values
     * (the keys are hashes already, so their low bits index it). It grows only when a new
     * page arrives; a page seen before costs a probe or two and never allocates.
     */
    class SeenSet {
    public:
        /** Adds `key`; true when it was not there yet. */
        bool insert(uint64_t key);
        void clear();

    private:
        void grow();

        std::vector<uint64_t> m_slots; ///< power-of-two size; 0 = empty (key 0 is m_hasZero)
        size_t m_size = 0;
        bool m_hasZero = false;
    };
    SeenSet m_seen;
};

} // namespace mmu
