// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machinefile.h"
#include "result.h"

#include <string>
#include <string_view>

namespace mmu {

/**
 * Replaces the file at `path` with `contents` so that it is either the old file or the whole
 * new one, never a part: the text goes to a temporary file in the same directory, is flushed
 * to disk, and is renamed over `path`. On any failure `path` is left as it was and the
 * temporary file is removed. A new file gets the permissions the umask allows; an existing
 * one keeps its own. (The GUI uses QSaveFile, which does the same.)
 */
Result<bool, ConfigError> writeFileAtomically(const std::string &path, std::string_view contents);

} // namespace mmu
