// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Walks of formats whose entries the x86 bit masks cannot read (RISC-V, AArch64, PAE's PDPT,
// OSTEP) need the Mmu to read every entry through decodeEntry(), markAccessed() and
// markDirty() (issue 10). Mmu declares that with `static constexpr bool DecodesEntries`; the
// tests of those walks skip until it does, and run by themselves once it does.

#include "mmu.h"

namespace mmutest {

template <class Walker>
constexpr bool walkerDecodesEntries()
{
    return requires { Walker::DecodesEntries; };
}

inline constexpr const char *NeedsDecodingWalker =
    "needs the walker change of issue 10: Mmu::walk must read entries through decodeEntry(), "
    "markAccessed() and markDirty() for non-x86-64 formats and declare Mmu::DecodesEntries";

} // namespace mmutest

/** Skips the current test until the Mmu decodes entries of every format. */
#define MMULAB_REQUIRE_DECODING_WALKER()                                                                              \
    do {                                                                                                               \
        if (!mmutest::walkerDecodesEntries<mmu::Mmu>())                                                                \
            GTEST_SKIP() << mmutest::NeedsDecodingWalker;                                                              \
    } while (false)
