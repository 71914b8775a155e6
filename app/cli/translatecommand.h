// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace cli {

/** `mmulab-cli translate`: translate addresses and print fields and steps as text or JSON. */
int runTranslate(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace cli
