// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineconfig.h"
#include "pagingformat.h"

namespace mmu {

/**
 * The machine with its TLBs, walk caches and memory fitted to `format`, so that an x86-64
 * preset can run any format (`mmulab-cli translate --format sv39`, the GUI's format selector).
 * A machine that already fits comes back unchanged. Otherwise:
 * - TLB page sizes: when any size the machine names is not a leaf size of the format, the
 *   k-th smallest size named becomes the format's k-th smallest leaf size (4K, 2M, 1G on
 *   arm64-16k become 16K, 32M and nothing); a TLB left without sizes is dropped.
 * - Walk caches: a level name the format lacks is matched by its distance from the last
 *   level in the format that has that name (PD is one above the PT everywhere, PDPT two), so
 *   Skylake's PDE cache caches VPN[1] entries on Sv39; one with no such level is dropped.
 * - memory.frames: at most the frames the format's physical addresses reach.
 */
MachineConfig retargetMachine(const MachineConfig &machine, const PagingFormat &format);

} // namespace mmu
