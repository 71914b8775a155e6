// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesssource.h"
#include "result.h"
#include "splitmix64.h"
#include "workloadspec.h"

#include <memory>
#include <string_view>

namespace mmu {

/**
 * A seeded generator of memory accesses (DESIGN §2.5): the accesses of a WorkloadSpec, made a
 * batch at a time into the caller's buffer, the same for the same spec every time. It declares
 * the anonymous regions it touches so a replay can map them with the page-size policy of the
 * run. Subclasses make the addresses; this class counts, stops at `count` and turns the spec's
 * `write` fraction of the accesses into writes.
 */
class Workload : public AccessSource {
public:
    const WorkloadSpec &spec() const { return m_spec; }

    std::size_t read(std::span<MemoryAccess> out) final;
    bool rewind() final;
    double progress(uint64_t accesses) const final;
    std::optional<uint64_t> length() const final { return m_spec.accesses(); }
    const std::vector<AccessRegion> &regions() const final { return m_regions; }
    std::string name() const final { return workloadSpecText(m_spec); }

protected:
    explicit Workload(const WorkloadSpec &spec);

    /** Writes the next out.size() accesses as reads of `elem` bytes. */
    virtual void generate(std::span<MemoryAccess> out) = 0;
    /** Goes back to the state before the first access. */
    virtual void restart() = 0;
    void addRegion(std::string name, uint64_t start, uint64_t length);

private:
    WorkloadSpec m_spec;
    std::vector<AccessRegion> m_regions;
    uint64_t m_done = 0;
    uint64_t m_writeThreshold = 0;
    SplitMix64 m_writes;
};

/** The generator for a parsed spec. */
std::unique_ptr<Workload> makeWorkload(const WorkloadSpec &spec);
/** Parses `spec` and makes its generator. */
Result<std::unique_ptr<Workload>, WorkloadSpecError> makeWorkload(std::string_view spec);

} // namespace mmu
