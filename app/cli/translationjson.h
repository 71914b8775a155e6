// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagingformat.h"
#include "kernel.h"
#include "step.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace cli {

/** One element of `translations[]` in the JSON of DESIGN §3. */
nlohmann::json translationToJson(const mmu::PagingFormat &format, const mmu::AccessResult &access,
                                 const std::vector<mmu::Step> &steps);

} // namespace cli
