// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: OSTEP problem dumps either parse, with every answer inside the 4 KiB
// memory, or stop with an error that points into the text.
#include "ostepproblem.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto problem = mmu::OstepProblem::parse(text, "fuzz.txt");
    if (!problem) {
        const mmu::OstepError &e = problem.error();
        if (e.what.empty() || e.line < 0 || e.column < 0)
            std::abort();
        if (e.line > 0 && static_cast<size_t>(e.line) > 1 + static_cast<size_t>(std::count(text.begin(), text.end(), '\n')))
            std::abort(); // the line must be one of the text's
        return 0;
    }
    constexpr uint64_t Memory = mmu::OstepProblem::PageBytes * mmu::OstepProblem::Pages;
    if (problem->rootAddress() >= Memory)
        std::abort();
    for (uint64_t va : problem->addresses()) {
        if (va >> 15)
            std::abort(); // the exercise's addresses have 15 bits
        const mmu::OstepAnswer a = problem->translate(va);
        if (a.pde.address >= Memory || (a.pte && a.pte->address >= Memory))
            std::abort();
        if (a.fault == mmu::OstepFault::None && (a.physical >= Memory || a.value != problem->byteAt(a.physical)))
            std::abort();
        if ((a.fault == mmu::OstepFault::PdeNotValid) != !a.pte.has_value())
            std::abort();
    }
    return 0;
}
