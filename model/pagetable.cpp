// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagetable.h"

#include <stdexcept>

namespace mmu {

const char *toString(MapError e)
{
    switch (e) {
    case MapError::Misaligned:
        return "address not aligned to the page size";
    case MapError::UnsupportedPageSize:
        return "page size not supported by the paging format";
    case MapError::NonCanonical:
        return "virtual address is not canonical";
    case MapError::AlreadyMapped:
        return "address is already mapped";
    case MapError::OutOfMemory:
        return "no free frame for a page table";
    case MapError::Overlap:
        return "overlaps an existing mapping";
    case MapError::NotMapped:
        return "range is not entirely mapped";
    case MapError::EmptyRange:
        return "empty or wrapping range";
    case MapError::SplitsHugePage:
        return "range would split a huge page";
    }
    return "";
}

PageTable::PageTable(const PagingFormat &format, PhysicalMemory &memory, FrameAllocator &frames)
    : m_format(&format)
    , m_memory(&memory)
    , m_frames(&frames)
{
    auto root = newTable();
    if (!root)
        throw std::runtime_error("no free frame for the root page table");
    m_root = *root;
}

PageTable::~PageTable() = default;

std::optional<uint64_t> PageTable::newTable()
{
    auto frame = m_frames->allocate(0);
    if (!frame)
        return std::nullopt;
    m_memory->clearFrame(*frame);
    ++m_tableFrames;
    return *frame << m_memory->frameShift();
}

Result<bool, MapError> PageTable::map(uint64_t va, uint64_t pageSize, uint64_t pa, Permissions perms, bool global)
{
    const PagingFormat &f = *m_format;
    const int leafLevel = f.leafLevelFor(pageSize);
    if (leafLevel < 0)
        return MapError::UnsupportedPageSize;
    if ((va & (pageSize - 1)) || (pa & (pageSize - 1)))
        return MapError::Misaligned;
    if (!f.isCanonical(va))
        return MapError::NonCanonical;

    uint64_t table = m_root;
    for (int level = 0; level < leafLevel; ++level) {
        const uint64_t entryAddress = table + f.index(va, level) * static_cast<uint64_t>(f.entryBytes);
        const DecodedEntry e = decodeEntry(f, level, m_memory->read(entryAddress, f.entryBytes));
        if (e.present && e.leaf)
            return MapError::AlreadyMapped;
        if (e.present) {
            table = e.frame;
            continue;
        }
        auto next = newTable();
        if (!next)
            return MapError::OutOfMemory;
        m_memory->write(entryAddress, f.entryBytes, makeTableEntry(f, level, *next));
        table = *next;
    }
    const uint64_t entryAddress = table + f.index(va, leafLevel) * static_cast<uint64_t>(f.entryBytes);
    if (decodeEntry(f, leafLevel, m_memory->read(entryAddress, f.entryBytes)).present)
        return MapError::AlreadyMapped;
    m_memory->write(entryAddress, f.entryBytes, makeLeafEntry(f, leafLevel, pa, perms, global));
    return true;
}

std::optional<LeafLocation> PageTable::findLeaf(uint64_t va) const
{
    const PagingFormat &f = *m_format;
    uint64_t table = m_root;
    for (int level = 0; level < f.levelCount(); ++level) {
        const uint64_t entryAddress = table + f.index(va, level) * static_cast<uint64_t>(f.entryBytes);
        const uint64_t raw = m_memory->read(entryAddress, f.entryBytes);
        const DecodedEntry e = decodeEntry(f, level, raw);
        if (!e.present)
            return std::nullopt;
        if (e.leaf)
            return LeafLocation{level, entryAddress, raw};
        table = e.frame;
    }
    return std::nullopt;
}

std::optional<LeafLocation> PageTable::unmap(uint64_t va)
{
    auto leaf = findLeaf(va);
    if (leaf)
        m_memory->write(leaf->entryAddress, m_format->entryBytes, 0);
    return leaf;
}

void PageTable::writeEntry(uint64_t entryAddress, uint64_t value)
{
    m_memory->write(entryAddress, m_format->entryBytes, value);
}

} // namespace mmu
