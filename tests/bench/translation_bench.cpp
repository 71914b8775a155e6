// SPDX-License-Identifier: GPL-3.0-or-later
// Translation throughput on the Skylake preset, fast path (no step recording).
// Goals (issue 3): L1 TLB hit >= 100 M/s, L2 TLB hit >= 50 M/s, random over 1 GiB >= 5 M/s.
#include "machinefile.h"
#include "throughputscenario.h"

#include <benchmark/benchmark.h>

namespace {

void translations(benchmark::State &state, mmu::ThroughputScenario::Kind kind)
{
    auto machine = mmu::loadMachine("skylake");
    if (!machine) {
        state.SkipWithError(machine.error().message().c_str());
        return;
    }
    mmu::ThroughputScenario scenario(kind, *machine);
    constexpr uint64_t Batch = 4096;
    for (auto _ : state)
        benchmark::DoNotOptimize(scenario.run(Batch));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Batch));
}

BENCHMARK_CAPTURE(translations, L1TlbHit, mmu::ThroughputScenario::Kind::L1Hit);
BENCHMARK_CAPTURE(translations, L2TlbHit, mmu::ThroughputScenario::Kind::L2Hit);
BENCHMARK_CAPTURE(translations, RandomOver1GiB, mmu::ThroughputScenario::Kind::RandomGiB);

} // namespace
