// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracereader.h"

namespace mmu {

/**
 * Reads the output of Pin's pinatrace example tool: "0x7f…: R 0x7ffd…" (instruction address,
 * then R or W and the data address; printf's %p, so "(nil)" stands for 0). An optional decimal
 * size after the address, as some variants print, is read too. Lines starting with '#',
 * including the closing "#eof", are comments. pinatrace records no instruction fetches.
 */
class PinReader final : public TraceReader {
public:
    PinReader(TraceInput input, const TraceOptions &options);

    std::size_t read(std::span<MemoryAccess> out) override;

    /** Parses one non-empty line into `out`; see TraceReader::readWith. */
    static int parseLine(std::string_view line, MemoryAccess *out, LineError &error);
};

} // namespace mmu
