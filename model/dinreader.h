// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracereader.h"

namespace mmu {

/**
 * Reads Dinero's "din" traces: "label address [size]" per line, address and size in hex (0x
 * optional). Labels after Dinero IV's documentation: 0 data read, 1 data write, 2 instruction
 * fetch; 3 (escape) and 4 (cache flush) carry no access for us and are passed over.
 */
class DinReader final : public TraceReader {
public:
    DinReader(TraceInput input, const TraceOptions &options);

    std::size_t read(std::span<MemoryAccess> out) override;

    /** Parses one non-empty line into `out`; see TraceReader::readWith. */
    static int parseLine(std::string_view line, MemoryAccess *out, LineError &error);
};

} // namespace mmu
