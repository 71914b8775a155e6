// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: `--workload` specs either parse and round-trip, with every generated access
// inside a declared region, or give an error whose column points into the spec.
#include "workload.h"
#include "workloadspec.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512)
        return 0; // a spec is one command-line argument
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto spec = mmu::parseWorkloadSpec(text);
    if (!spec) {
        const mmu::WorkloadSpecError &e = spec.error();
        if (e.what.empty() || e.column < 1 || e.column > size + 1)
            std::abort();
        return 0;
    }
    const std::string written = mmu::workloadSpecText(*spec);
    auto again = mmu::parseWorkloadSpec(written);
    if (!again || mmu::workloadSpecText(*again) != written)
        std::abort(); // the spec written out reads back as the same workload
    // A pointer chase shuffles one word per node up front: keep the fuzzer's runs short.
    if (spec->kind == mmu::WorkloadKind::PointerChase && spec->size / spec->node > (uint64_t{1} << 16))
        return 0;
    const auto workload = mmu::makeWorkload(*spec);
    std::array<mmu::MemoryAccess, 256> batch{};
    for (int pass = 0; pass < 4; ++pass) {
        const std::size_t n = workload->read(batch);
        for (std::size_t i = 0; i < n; ++i) {
            bool inside = false;
            for (const mmu::AccessRegion &r : workload->regions())
                inside |= batch[i].address >= r.start && batch[i].address - r.start < r.length;
            if (!inside)
                std::abort(); // an access outside its regions would fault in a replay
        }
    }
    return 0;
}
