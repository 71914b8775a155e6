// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracereader.h"

namespace mmu {

/**
 * Reads a plain list of addresses: one hex address per line, 0x optional, optionally followed
 * by R (read, the default), W (write) or X (instruction fetch), either case. '#' starts a
 * comment, on its own line or after the record. Sizes are not recorded (0).
 */
class PlainTraceReader final : public TraceReader {
public:
    PlainTraceReader(TraceInput input, const TraceOptions &options);

    std::size_t read(std::span<MemoryAccess> out) override;

    /** Parses one non-empty line into `out`; see TraceReader::readWith. */
    static int parseLine(std::string_view line, MemoryAccess *out, LineError &error);
};

} // namespace mmu
