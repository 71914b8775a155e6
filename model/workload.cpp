// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload.h"

#include "hotcoldworkload.h"
#include "matrixworkload.h"
#include "pointerchaseworkload.h"
#include "randomworkload.h"
#include "scanhotworkload.h"
#include "stridedworkload.h"

#include <algorithm>

namespace mmu {

namespace {
/** Keeps the write choices independent of the addresses drawn from the same seed. */
constexpr uint64_t WriteStream = 0x5752495445ULL; // "WRITE"
} // namespace

Workload::Workload(const WorkloadSpec &spec)
    : m_spec(spec)
    , m_writeThreshold(SplitMix64::thresholdFor(spec.writeFraction))
    , m_writes(spec.seed ^ WriteStream)
{
}

void Workload::addRegion(std::string name, uint64_t start, uint64_t length)
{
    m_regions.push_back(AccessRegion{std::move(name), start, length});
}

std::size_t Workload::read(std::span<MemoryAccess> out)
{
    const uint64_t left = m_spec.accesses() - m_done;
    const auto n = static_cast<std::size_t>(std::min<uint64_t>(left, out.size()));
    if (n == 0)
        return 0;
    const std::span<MemoryAccess> batch = out.first(n);
    generate(batch);
    if (m_writeThreshold)
        for (MemoryAccess &a : batch)
            if (m_writes.chance(m_writeThreshold))
                a.type = AccessType::Write;
    m_done += n;
    return n;
}

bool Workload::rewind()
{
    m_done = 0;
    m_writes = SplitMix64(m_spec.seed ^ WriteStream);
    restart();
    return true;
}

double Workload::progress(uint64_t accesses) const
{
    const uint64_t total = m_spec.accesses();
    return total ? std::min(1.0, static_cast<double>(accesses) / static_cast<double>(total)) : 1.0;
}

std::unique_ptr<Workload> makeWorkload(const WorkloadSpec &spec)
{
    switch (spec.kind) {
    case WorkloadKind::Sequential:
    case WorkloadKind::Strided: return std::make_unique<StridedWorkload>(spec);
    case WorkloadKind::Random: return std::make_unique<RandomWorkload>(spec);
    case WorkloadKind::HotCold: return std::make_unique<HotColdWorkload>(spec);
    case WorkloadKind::Matrix: return std::make_unique<MatrixWorkload>(spec);
    case WorkloadKind::PointerChase: return std::make_unique<PointerChaseWorkload>(spec);
    case WorkloadKind::ScanHot: return std::make_unique<ScanHotWorkload>(spec);
    }
    return nullptr;
}

Result<std::unique_ptr<Workload>, WorkloadSpecError> makeWorkload(std::string_view spec)
{
    auto parsed = parseWorkloadSpec(spec);
    if (!parsed)
        return parsed.error();
    return makeWorkload(*parsed);
}

} // namespace mmu
