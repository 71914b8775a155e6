// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace cli {

/** Exit codes of mmulab-cli (DESIGN §3); 130 = 128 + SIGINT, as shells report Ctrl-C. */
enum ExitCode { ExitOk = 0, ExitBadInput = 1, ExitUsage = 2, ExitInterrupted = 130 };

/** `--help` or `-h` among a command's arguments: the command prints its usage and succeeds. */
bool asksForHelp(const std::vector<std::string> &args);

/** Runs mmulab-cli with `args` (without the program name); the process's main() is one call. */
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace cli
