// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: reference strings parse or fail with a position; replays keep hits+misses = length.
#include "referencestring.h"
#include "replacementpolicy.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto refs = mmu::ReferenceString::parse(text);
    if (!refs) {
        if (refs.error().message().empty())
            std::abort();
        return 0;
    }
    for (mmu::PolicyKind kind : mmu::allPolicies()) {
        for (int frames : {1, 3, 4}) {
            auto policy = mmu::makePolicy(kind, frames, 7);
            const mmu::ReferenceRun run = refs->replay(*policy, false);
            if (run.hits + run.misses != refs->size())
                std::abort();
        }
    }
    return 0;
}
