// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameallocator.h"
#include "kernel.h"
#include "machineconfig.h"
#include "mapping.h"
#include "mmu.h"
#include "pagetable.h"
#include "pagingformat.h"
#include "physicalmemory.h"
#include "result.h"
#include "step.h"

#include <memory>
#include <vector>

namespace mmu {

/**
 * A whole simulated machine running one process: physical memory, the frame allocator, the
 * process's page tables and the MMU translating its addresses. Deterministic: the same
 * format and mappings always give the same physical layout.
 */
class System {
public:
    /** A machine without TLBs or caches: every entry access costs `memoryLatency` cycles. */
    explicit System(const PagingFormat &format, uint64_t memoryLatency = 200);
    /**
     * The machine of a machine file or preset; its `paging` names the format. A machine made
     * for another format is fitted to this one first (retargetMachine), and machine() is that.
     */
    explicit System(const MachineConfig &machine, MmuOptions options = {});

    const MachineConfig &machine() const { return m_machine; }

    const PagingFormat &format() const { return *m_format; }
    PhysicalMemory &memory() { return m_memory; }
    const PhysicalMemory &memory() const { return m_memory; }
    FrameAllocator &frames() { return m_frames; }
    PageTable &pageTable() { return *m_pageTable; }
    const PageTable &pageTable() const { return *m_pageTable; }
    Mmu &mmu() { return m_mmu; }
    const Mmu &mmu() const { return m_mmu; }
    Kernel &kernel() { return *m_kernel; }
    const Kernel &kernel() const { return *m_kernel; }
    const std::vector<Mapping> &mappings() const { return m_kernel->mappings(); }

    /** Adds a mapping (mmap); a populated one has every page mapped now, each in a fresh frame. */
    Result<bool, MappingError> addMapping(const Mapping &m);
    /** Adds the default process layout as fitLayoutOrTiny() makes it fit the format. */
    Result<bool, MappingError> addDefaultLayout();
    /** The mapping containing `va`, or nullptr. */
    const Mapping *mappingAt(uint64_t va) const;

    /** The hardware alone: a page fault is reported, not handled. */
    Translation translate(uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps = nullptr);
    /** What a program sees: the translation, and on a page fault the kernel's handler and the retry. */
    AccessResult access(uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps = nullptr,
                        uint64_t nextUse = PageUse::NeverUsed);

private:
    MachineConfig m_machine;
    const PagingFormat *m_format;
    PhysicalMemory m_memory;
    FrameAllocator m_frames;
    std::unique_ptr<PageTable> m_pageTable;
    Mmu m_mmu;
    std::unique_ptr<Kernel> m_kernel;
};

} // namespace mmu
