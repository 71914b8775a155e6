// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memoryaccess.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace mmu {

/** A region of anonymous memory a workload touches; replay maps it (demand-paged) before it starts. */
struct AccessRegion {
    std::string name;
    uint64_t start = 0;
    uint64_t length = 0;
};

/**
 * Where a replay's accesses come from: a generated workload or a trace file. Read in batches
 * into a caller's buffer (nothing is allocated per access), and rewindable, because OPT needs
 * the future (one pass to learn it, one to replay) and a comparison may replay several times.
 */
class AccessSource {
public:
    virtual ~AccessSource() = default;

    /** Fills `out` from the front; fewer than out.size() only at the end or at an error; 0 = done. */
    virtual std::size_t read(std::span<MemoryAccess> out) = 0;
    /** Starts again at the first access. False when that failed (error() says why). */
    virtual bool rewind() = 0;
    /** How far the source has got, from 0 to 1, after `accesses` were read (bytes for a file). */
    virtual double progress(uint64_t accesses) const = 0;
    /** How many accesses there are, when known before reading them all (generators). */
    virtual std::optional<uint64_t> length() const { return std::nullopt; }
    /** The regions to map before replaying; empty: every page is mapped on its first touch. */
    virtual const std::vector<AccessRegion> &regions() const;
    /** Set when reading stopped early at a problem (a bad trace line, an I/O error). */
    virtual std::optional<std::string> error() const { return std::nullopt; }
    /** For summaries: the workload spec or the trace file. */
    virtual std::string name() const = 0;

protected:
    AccessSource() = default;
    AccessSource(const AccessSource &) = default;
    AccessSource &operator=(const AccessSource &) = default;
};

} // namespace mmu
