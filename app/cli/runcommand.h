// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace cli {

/** The options of `mmulab-cli run`, for the top-level help. */
std::string_view runUsage();

/** `mmulab-cli run`: replays a workload or a trace and prints the summary (DESIGN §3). */
int runRun(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace cli
