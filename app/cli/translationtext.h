// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel.h"
#include "step.h"

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace mmu {
class System;
}

namespace cli {

/** "4 KiB", "2 MiB", "1 GiB", "1536 B". */
std::string byteSize(uint64_t bytes);

/** The readable table of `mmulab-cli translate`: fields, then one line per step. */
void printTranslation(std::ostream &out, const mmu::System &system, const mmu::AccessResult &access,
                      const std::vector<mmu::Step> &steps);

} // namespace cli
