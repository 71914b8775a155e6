// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace cli {

/** `mmulab-cli policy`: replay a page-reference string through a replacement policy, as a table or JSON. */
int runPolicy(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace cli
