// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ostepproblem.h"

#include <nlohmann/json.hpp>

#include <iosfwd>

namespace cli {

/** The answers of `mmulab-cli translate --ostep FILE`: per address the PDE, the PTE and the byte, or the fault. */
void printOstepAnswers(std::ostream &out, const mmu::OstepProblem &problem);
/** The same as JSON: {"format": "ostep", "pdbr", "translations": [...]}. */
nlohmann::json ostepAnswersToJson(const mmu::OstepProblem &problem);

} // namespace cli
