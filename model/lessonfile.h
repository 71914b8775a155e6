// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "machinefile.h"
#include "result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace mmu {

/** The lesson file format this build reads and writes ("format": "mmulab-lesson"). */
inline constexpr int LessonFormatVersion = 1;
inline constexpr std::string_view LessonFormatName = "mmulab-lesson";

/**
 * Parses a lesson file (DESIGN §2.6). Errors name `origin` and a line:column for bad JSON,
 * or the key path ("accesses[2].address") for bad content; a file of a newer version is
 * refused before anything else is read.
 */
Result<Lesson, ConfigError> parseLesson(std::string_view text, const std::string &origin);
/** Reads and parses a lesson file from disk. */
Result<Lesson, ConfigError> loadLessonFile(const std::string &path);

/** The lesson in the file format, keys in a fixed order; parseLesson(serialize) gives it back. */
nlohmann::ordered_json lessonToJson(const Lesson &lesson);
/** Pretty, stable text of the file: two-space indent, short records on one line, a final newline. */
std::string serializeLesson(const Lesson &lesson);
/** Writes the lesson atomically (writeFileAtomically): a failed save leaves the old file as it was. */
Result<bool, ConfigError> saveLessonFile(const std::string &path, const Lesson &lesson);

/** "64K", "2M", "1G" when the size is a whole number of those, else the number of bytes. */
std::string sizeName(uint64_t bytes);
/** "0x7fff_a1b2_c3d4": hex in groups of four digits, as people write addresses in lessons. */
std::string addressText(uint64_t va);

} // namespace mmu
