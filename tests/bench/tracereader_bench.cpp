// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the trace readers on generated text held in memory, so the disk does not count.
// bytes_per_second is the figure to watch (target: >= 100 MB/s of Lackey text on one core).
#include "tracereader.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <istream>
#include <streambuf>
#include <string>
#include <vector>

namespace {

using namespace mmu;

/** A read-only stream over text that stays put: no copy per run. */
class MemoryBuffer : public std::streambuf {
public:
    explicit MemoryBuffer(const std::string &text)
    {
        char *begin = const_cast<char *>(text.data()); // only read through the get area
        setg(begin, begin, begin + text.size());
    }
};

/** Text shaped like real Lackey output: mostly fetches, 12-digit stack addresses, some M. */
std::string lackeyText(std::size_t bytes)
{
    std::string text = "==4737== Lackey, an example Valgrind tool\n==4737== Command: bench\n";
    text.reserve(bytes + 64);
    uint64_t state = 0x9e3779b97f4a7c15;
    uint64_t pc = 0x0401ab70;
    char line[64];
    while (text.size() < bytes) {
        state = state * 6364136223846793005 + 1442695040888963407;
        const unsigned r = static_cast<unsigned>(state >> 33) % 100;
        int n = 0;
        if (r < 60) {
            pc += 1 + (state >> 20) % 7;
            n = std::snprintf(line, sizeof line, "I  %08llx,%u\n",
                              static_cast<unsigned long long>(pc), 1 + unsigned(state >> 40) % 8);
        } else {
            const char *kind = r < 80 ? " L" : r < 95 ? " S" : " M";
            const uint64_t address = 0x1fff000000 + ((state >> 24) & 0xffff) * 8;
            n = std::snprintf(line, sizeof line, "%s %08llx,%u\n", kind,
                              static_cast<unsigned long long>(address), 8u);
        }
        text.append(line, static_cast<std::size_t>(n));
    }
    return text;
}

std::string dinText(std::size_t bytes)
{
    std::string text;
    text.reserve(bytes + 64);
    uint64_t state = 1;
    char line[64];
    while (text.size() < bytes) {
        state = state * 6364136223846793005 + 1442695040888963407;
        const int n = std::snprintf(line, sizeof line, "%u %llx 8\n", unsigned(state >> 62) % 3,
                                    static_cast<unsigned long long>(0x7ffd00000000 + (state >> 40)));
        text.append(line, static_cast<std::size_t>(n));
    }
    return text;
}

const std::string &lackey()
{
    static const std::string text = lackeyText(std::size_t(64) << 20);
    return text;
}

void readAllOf(benchmark::State &state, const std::string &text, std::optional<TraceFormat> format,
               std::size_t batchSize)
{
    std::vector<MemoryAccess> batch(batchSize);
    uint64_t accesses = 0;
    for (auto _ : state) {
        MemoryBuffer buffer(text);
        std::istream in(&buffer);
        auto opened = readTrace(in, "bench", {}, format);
        if (!opened) {
            state.SkipWithError(opened.error().message().c_str());
            return;
        }
        TraceReader &reader = *opened.value();
        while (const std::size_t n = reader.read(batch)) {
            accesses += n;
            benchmark::DoNotOptimize(batch.data());
        }
        if (reader.failed()) {
            state.SkipWithError(reader.error()->message().c_str());
            return;
        }
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
    state.counters["accesses/s"] =
        benchmark::Counter(static_cast<double>(accesses), benchmark::Counter::kIsRate);
}

void BM_LackeyRead(benchmark::State &state)
{
    readAllOf(state, lackey(), TraceFormat::Lackey, static_cast<std::size_t>(state.range(0)));
}
BENCHMARK(BM_LackeyRead)->Arg(4096)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_LackeyDetectAndRead(benchmark::State &state)
{
    readAllOf(state, lackey(), std::nullopt, 4096);
}
BENCHMARK(BM_LackeyDetectAndRead)->Unit(benchmark::kMillisecond);

void BM_DinRead(benchmark::State &state)
{
    static const std::string text = dinText(std::size_t(64) << 20);
    readAllOf(state, text, TraceFormat::Din, 4096);
}
BENCHMARK(BM_DinRead)->Unit(benchmark::kMillisecond);

} // namespace
