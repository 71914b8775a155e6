// SPDX-License-Identifier: GPL-3.0-or-later
#include "system.h"

#include "address.h"
#include "retargetmachine.h"

#include <stdexcept>

namespace mmu {

namespace {

const PagingFormat &formatOf(const MachineConfig &machine)
{
    const PagingFormat *f = findFormat(machine.paging);
    if (!f)
        throw std::invalid_argument("unknown paging format: " + machine.paging);
    return *f;
}

} // namespace

System::System(const PagingFormat &format, uint64_t memoryLatency)
    : m_format(&format)
    , m_memory(format.pageShift)
    , m_frames(std::nullopt, format.firstFrame(), format.physicalFrames())
    , m_pageTable(std::make_unique<PageTable>(format, m_memory, m_frames))
    , m_mmu(format, m_memory, memoryLatency)
{
    m_machine.name = "flat memory";
    m_machine.paging = format.id;
    m_machine.dramLatency = static_cast<uint32_t>(memoryLatency);
    m_mmu.setRoot(m_pageTable->root());
    m_kernel = std::make_unique<Kernel>(m_machine, format, m_memory, m_frames, *m_pageTable, m_mmu);
}

System::System(const MachineConfig &machine, MmuOptions options)
    : m_machine(retargetMachine(machine, formatOf(machine)))
    , m_format(&formatOf(machine))
    , m_memory(m_format->pageShift)
    , m_frames(m_machine.memory.frames, m_format->firstFrame(), m_format->physicalFrames())
    , m_pageTable(std::make_unique<PageTable>(*m_format, m_memory, m_frames))
    , m_mmu(*m_format, m_memory, m_machine, options)
{
    m_mmu.setRoot(m_pageTable->root());
    m_kernel = std::make_unique<Kernel>(m_machine, *m_format, m_memory, m_frames, *m_pageTable, m_mmu);
}

Result<bool, MappingError> System::addMapping(const Mapping &m)
{
    return m_kernel->mmap(m);
}

Result<bool, MappingError> System::addDefaultLayout()
{
    for (const Mapping &m : fitLayoutOrTiny(defaultProcessLayout(), *m_format)) {
        auto r = addMapping(m);
        if (!r && r.error().reason == MapError::OutOfMemory) {
            // Memory is finite and too small to populate this region now: demand-page it.
            Mapping lazy = m;
            lazy.populated = false;
            r = addMapping(lazy);
        }
        if (!r)
            return r;
    }
    return true;
}

const Mapping *System::mappingAt(uint64_t va) const
{
    return m_kernel->find(va);
}

Translation System::translate(uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps)
{
    return m_mmu.translate(va, type, privilege, steps);
}

} // namespace mmu

namespace mmu {

AccessResult System::access(uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps,
                            uint64_t nextUse)
{
    return m_kernel->access(va, type, privilege, steps, nextUse);
}

} // namespace mmu
