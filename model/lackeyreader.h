// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracereader.h"

namespace mmu {

/**
 * Reads the output of `valgrind --tool=lackey --trace-mem=yes`: "I  0400d7d4,8" (instruction
 * fetch), " L 04010a10,8" (load), " S …" (store) and " M …" (modify: a load then a store, two
 * accesses). Addresses are hex without 0x (Lackey prints at least 8 digits), sizes decimal.
 * Valgrind's own ==PID==, --PID-- and **PID** lines and "SB" superblock lines are passed over.
 */
class LackeyReader final : public TraceReader {
public:
    LackeyReader(TraceInput input, const TraceOptions &options);

    std::size_t read(std::span<MemoryAccess> out) override;

    /** Parses one non-empty line into `out` (room for two); see TraceReader::readWith. */
    static int parseLine(std::string_view line, MemoryAccess *out, LineError &error);
};

} // namespace mmu
