// SPDX-License-Identifier: GPL-3.0-or-later
// Replay throughput on the Skylake preset (issue 5): accesses per second through the whole
// replay path — the generator, System::access (TLBs, walk, fault handling), the counters and
// the series. Goals: >= 50 M/s for a sequential workload, >= 5 M/s uniform random over 1 GiB.
//
// "Warm" benchmarks touch every page once before timing, so they measure the steady state;
// "Cold" ones time a whole ReplayEngine run from a fresh machine, first-touch faults included.
#include "machinefile.h"
#include "replay.h"
#include "replayengine.h"
#include "workload.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

namespace {

using namespace mmu;

std::unique_ptr<Workload> workload(const std::string &spec)
{
    auto w = makeWorkload(spec);
    return w.ok() ? std::move(w.value()) : nullptr;
}

/** A Skylake replay whose region has been touched page by page (every page resident). */
std::unique_ptr<Replay> warmReplay(benchmark::State &state, const std::string &region, bool declared)
{
    auto machine = loadMachine("skylake");
    if (!machine) {
        state.SkipWithError(machine.error().message().c_str());
        return nullptr;
    }
    auto replay = Replay::create(ReplayConfig{*machine, PageSizePolicy::Base});
    auto warm = workload("stride:stride=4K,size=" + region);
    if (!replay || !warm) {
        state.SkipWithError("cannot set up the replay");
        return nullptr;
    }
    if (declared) {
        ReplayEngine engine;
        if (!engine.run(*warm, *replay.value()))
            state.SkipWithError("warm-up failed");
    } else {
        // As a trace: no regions, pages mapped on first touch.
        std::vector<MemoryAccess> batch(ReplayEngine::BatchSize);
        while (size_t n = warm->read(batch))
            replay.value()->feed(std::span(batch.data(), n));
    }
    return std::move(replay.value());
}

/** Feeds batches of `spec` to a warm replay; the generator's time counts (it is part of a run). */
void warmReplayOf(benchmark::State &state, const std::string &region, const std::string &spec, bool declared)
{
    auto replay = warmReplay(state, region, declared);
    auto w = workload(spec + ",size=" + region + ",count=1000G");
    if (!replay || !w) {
        if (!w)
            state.SkipWithError("bad workload");
        return;
    }
    std::vector<MemoryAccess> batch(ReplayEngine::BatchSize);
    for (auto _ : state) {
        const size_t n = w->read(batch);
        replay->feed(std::span(batch.data(), n));
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * ReplayEngine::BatchSize));
    state.counters["tlb_hit_rate"] = double(replay->summary().tlbHits) / double(replay->accesses());
}

void WarmSequential(benchmark::State &state) { warmReplayOf(state, "64M", "seq:elem=8", true); }
void WarmRandomOver1GiB(benchmark::State &state) { warmReplayOf(state, "1G", "random:seed=7", true); }
void WarmRandomOver1GiBAsTrace(benchmark::State &state) { warmReplayOf(state, "1G", "random:seed=7", false); }

/** Whole runs from a fresh machine: first touches fault, the engine drives the workload. */
void coldRun(benchmark::State &state, const std::string &spec)
{
    auto machine = loadMachine("skylake");
    if (!machine) {
        state.SkipWithError(machine.error().message().c_str());
        return;
    }
    uint64_t accesses = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto replay = Replay::create(ReplayConfig{*machine, PageSizePolicy::Base});
        auto w = workload(spec);
        state.ResumeTiming();
        if (!replay || !w || !ReplayEngine().run(*w, *replay.value())) {
            state.SkipWithError("run failed");
            return;
        }
        accesses += replay.value()->accesses();
        state.PauseTiming();
        replay.value().reset(); // tearing the machine down is not replay time
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<int64_t>(accesses));
}

void ColdSequential1GiB(benchmark::State &state) { coldRun(state, "seq:size=1G,count=16M"); }
void ColdRandomOver1GiB(benchmark::State &state) { coldRun(state, "random:size=1G,count=4M,seed=7"); }

BENCHMARK(WarmSequential);
BENCHMARK(WarmRandomOver1GiB);
BENCHMARK(WarmRandomOver1GiBAsTrace);
BENCHMARK(ColdSequential1GiB)->Unit(benchmark::kMillisecond);
BENCHMARK(ColdRandomOver1GiB)->Unit(benchmark::kMillisecond);

} // namespace
