// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machineconfig.h"
#include "result.h"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mmu {

/** What is wrong with a machine file, and where: the file, and a line:column or a key path. */
struct ConfigError {
    std::string file;
    int line = 0;    ///< JSON syntax errors: 1-based line, else 0
    int column = 0;
    std::string key; ///< e.g. "tlbs[1].ways"; empty for syntax errors
    std::string what;
    std::string message() const;
};

/** Parses and checks a machine description (DESIGN §2.6); `origin` names it in errors. */
Result<MachineConfig, ConfigError> parseMachine(std::string_view json, const std::string &origin);
/** Reads a machine file from disk. */
Result<MachineConfig, ConfigError> loadMachineFile(const std::string &path);
/** A bundled preset by name ("teaching", "skylake", "golden-cove", "zen4"), or a file path. */
Result<MachineConfig, ConfigError> loadMachine(const std::string &presetOrPath);

/** The machine as JSON in the file format; parseMachine(toJson(m)) gives m back. */
nlohmann::json machineToJson(const MachineConfig &machine);

/** Names of the bundled presets, the default ("teaching") first. */
std::vector<std::string> presetNames();
/** The bundled preset's JSON text, or empty when there is no such preset. */
std::string_view presetJson(std::string_view name);

/** The largest machine or lesson file read: far above any real one (a bundled lesson is ~10 KiB). */
inline constexpr size_t MaxTextFileBytes = size_t{64} << 20;
/** Reads a whole file with clear errors (missing, a directory, unreadable, too large). */
Result<std::string, ConfigError> readTextFile(const std::string &path);

/** 1-based line and column of byte `offset` in `text`. */
std::pair<int, int> lineAndColumn(std::string_view text, size_t offset);

} // namespace mmu
