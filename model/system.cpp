// SPDX-License-Identifier: GPL-3.0-or-later
#include "system.h"

#include "address.h"

#include <stdexcept>

namespace mmu {

std::string MappingError::message() const
{
    return "mapping '" + mapping + "' at " + hex(address) + ": " + toString(reason);
}

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
    , m_frames(std::nullopt)
    , m_pageTable(std::make_unique<PageTable>(format, m_memory, m_frames))
    , m_mmu(format, m_memory, memoryLatency)
{
    m_machine.name = "flat memory";
    m_machine.paging = format.id;
    m_machine.dramLatency = static_cast<uint32_t>(memoryLatency);
    m_mmu.setRoot(m_pageTable->root());
}

System::System(const MachineConfig &machine, MmuOptions options)
    : m_machine(machine)
    , m_format(&formatOf(machine))
    , m_memory(m_format->pageShift)
    , m_frames(std::nullopt)
    , m_pageTable(std::make_unique<PageTable>(*m_format, m_memory, m_frames))
    , m_mmu(*m_format, m_memory, machine, options)
{
    m_mmu.setRoot(m_pageTable->root());
}

Result<bool, MappingError> System::addMapping(const Mapping &m)
{
    const int order = orderFor(m.pageSize, m_format->pageShift);
    for (uint64_t va = m.start; va < m.end(); va += m.pageSize) {
        auto frame = m_frames.allocate(order);
        if (!frame)
            return MappingError{m.name, va, MapError::OutOfMemory};
        auto mapped = m_pageTable->map(va, m.pageSize, *frame << m_format->pageShift, m.perms, m.global);
        if (!mapped) {
            m_frames.release(*frame, order);
            return MappingError{m.name, va, mapped.error()};
        }
    }
    m_mappings.push_back(m);
    return true;
}

Result<bool, MappingError> System::addDefaultLayout()
{
    for (const Mapping &m : defaultProcessLayout()) {
        if (m_format->leafLevelFor(m.pageSize) < 0 || !m_format->isCanonical(m.start))
            continue;
        auto r = addMapping(m);
        if (!r)
            return r;
    }
    return true;
}

const Mapping *System::mappingAt(uint64_t va) const
{
    for (const Mapping &m : m_mappings)
        if (m.contains(va))
            return &m;
    return nullptr;
}

Translation System::translate(uint64_t va, AccessType type, Privilege privilege, std::vector<Step> *steps)
{
    return m_mmu.translate(va, type, privilege, steps);
}

} // namespace mmu
