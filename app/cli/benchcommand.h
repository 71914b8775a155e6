// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace cli {

/** `mmulab-cli bench`: measures translation throughput on the fast path and prints the rates. */
int runBench(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace cli
