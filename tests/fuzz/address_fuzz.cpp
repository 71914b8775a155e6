// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the address parser never crashes, and what it accepts fits the format.
#include "address.h"
#include "pagingformat.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    for (const mmu::PagingFormat *f : mmu::allFormats()) {
        auto r = mmu::parseAddress(text, *f);
        if (r) {
            if (f->addressBits < 64 && (*r >> f->addressBits) != 0)
                std::abort(); // accepted an address wider than the format
            const auto fields = mmu::sliceAddress(*r, *f);
            if (fields.size() != f->levels.size() + 1)
                std::abort();
        } else {
            const auto &e = r.error();
            if (e.column < 1 || static_cast<size_t>(e.column) > size + 1)
                std::abort(); // the column must point into the text
            if (e.message().empty())
                std::abort();
        }
    }
    return 0;
}
