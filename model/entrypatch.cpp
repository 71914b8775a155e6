// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrypatch.h"

#include "pageentry.h"

namespace mmu {

bool applyEntryPatch(const PagingFormat &f, PhysicalMemory &memory, uint64_t root, const EntryPatch &patch)
{
    if (patch.level < 0 || patch.level >= f.levelCount())
        return false;
    uint64_t table = root;
    for (int level = 0; level < patch.level; ++level) {
        const uint64_t entry = memory.read(table + f.index(patch.va, level) * static_cast<uint64_t>(f.entryBytes), f.entryBytes);
        const DecodedEntry e = decodeEntry(f, level, entry);
        if (!e.present || e.leaf)
            return false;
        table = e.frame;
    }
    memory.write(table + f.index(patch.va, patch.level) * static_cast<uint64_t>(f.entryBytes), f.entryBytes, patch.value);
    return true;
}

} // namespace mmu
