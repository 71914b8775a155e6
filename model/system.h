// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameallocator.h"
#include "machineconfig.h"
#include "mapping.h"
#include "mmu.h"
#include "pagetable.h"
#include "pagingformat.h"
#include "physicalmemory.h"
#include "result.h"
#include "step.h"

#include <memory>
#include <string>
#include <vector>

namespace mmu {

/** Why a mapping could not be established: which mapping, at which address, and why. */
struct MappingError {
    std::string mapping;
    uint64_t address = 0;
    MapError reason = MapError::OutOfMemory;
    std::string message() const;
};

/**
 * A whole simulated machine running one process: physical memory, the frame allocator, the
 * process's page tables and the MMU translating its addresses. Deterministic: the same
 * format and mappings always give the same physical layout.
 */
class System {
public:
    /** A machine without TLBs or caches: every entry access costs `memoryLatency` cycles. */
    explicit System(const PagingFormat &format, uint64_t memoryLatency = 200);
    /** The machine of a machine file or preset; its `paging` names the format. */
    explicit System(const MachineConfig &machine, MmuOptions options = {});

    const MachineConfig &machine() const { return m_machine; }

    const PagingFormat &format() const { return *m_format; }
    PhysicalMemory &memory() { return m_memory; }
    const PhysicalMemory &memory() const { return m_memory; }
    FrameAllocator &frames() { return m_frames; }
    PageTable &pageTable() { return *m_pageTable; }
    const PageTable &pageTable() const { return *m_pageTable; }
    Mmu &mmu() { return m_mmu; }
    const std::vector<Mapping> &mappings() const { return m_mappings; }

    /** Adds a mapping and maps every page of it now, each page in a fresh data frame. */
    Result<bool, MappingError> addMapping(const Mapping &m);
    /** Adds every mapping of the default process layout that the format can hold. */
    Result<bool, MappingError> addDefaultLayout();
    /** The mapping containing `va`, or nullptr. */
    const Mapping *mappingAt(uint64_t va) const;

    Translation translate(uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps = nullptr);

private:
    MachineConfig m_machine;
    const PagingFormat *m_format;
    PhysicalMemory m_memory;
    FrameAllocator m_frames;
    std::unique_ptr<PageTable> m_pageTable;
    Mmu m_mmu;
    std::vector<Mapping> m_mappings;
};

} // namespace mmu
