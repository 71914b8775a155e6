// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineconfig.h"
#include "system.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mmu {

/**
 * The translation-throughput scenarios of the speed goals (issue 3), shared by the Google
 * Benchmark programs and `mmulab-cli bench` so that both measure the same thing: the fast
 * path (no step recording, no miss classification) on a given machine.
 */
class ThroughputScenario {
public:
    enum class Kind {
        L1Hit,       ///< 32 pages that stay in the L1 TLB
        L2Hit,       ///< 1024 pages cycled: every access misses L1 and hits L2
        RandomGiB,   ///< uniform random addresses over 1 GiB of 4 KiB pages: nearly all walk
    };

    ThroughputScenario(Kind kind, const MachineConfig &machine);
    ~ThroughputScenario();

    static std::string name(Kind kind);
    Kind kind() const { return m_kind; }
    /** Translates `count` addresses of the scenario; returns a checksum so nothing is optimised away. */
    uint64_t run(uint64_t count);
    const System &system() const { return *m_system; }

private:
    Kind m_kind;
    std::unique_ptr<System> m_system;
    std::vector<uint64_t> m_cycle; ///< addresses cycled through (hit scenarios)
    /** Random addresses are drawn this many translations early and hinted (Mmu::prefetch), as a replay does. */
    static constexpr size_t Ahead = 8;
    std::array<uint64_t, Ahead> m_ahead{}; ///< the drawn addresses not yet translated, a ring
    uint64_t m_rng = 0x9E3779B97F4A7C15ULL;
    size_t m_next = 0;
};

} // namespace mmu
