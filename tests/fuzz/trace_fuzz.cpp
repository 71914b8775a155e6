// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: every trace reader, and auto-detection, read arbitrary bytes to the end
// or stop with an error that names a line; nothing crashes or loops.
#include "tracereader.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

namespace {

void readAll(const std::string &text, std::optional<mmu::TraceFormat> format, bool skipBad)
{
    std::istringstream in(text);
    mmu::TraceOptions options;
    options.skipBadLines = skipBad;
    options.bufferBytes = 256; // small, so long lines and buffer refills are exercised
    auto reader = mmu::readTrace(in, "fuzz.trace", options, format);
    if (!reader) {
        if (reader.error().message().empty())
            std::abort();
        return;
    }
    std::array<mmu::MemoryAccess, 64> batch{};
    uint64_t total = 0;
    while (size_t n = (*reader)->read(batch))
        total += n;
    if (total > 2 * text.size() + 2)
        std::abort(); // at most two accesses (M) per line, and a line has at least one byte
    if ((*reader)->failed() && (*reader)->error()->line < 1)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    readAll(text, std::nullopt, false);
    for (auto f : {mmu::TraceFormat::Lackey, mmu::TraceFormat::Din, mmu::TraceFormat::Pin, mmu::TraceFormat::Plain}) {
        readAll(text, f, false);
        readAll(text, f, true);
    }
    return 0;
}
