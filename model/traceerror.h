// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace mmu {

/**
 * Why a trace could not be opened or read, and where: the file as the user named it, the
 * 1-based line and the 1-based byte column. Line and column are 0 when the problem is with the
 * file as a whole (missing, a directory) or with a whole line.
 */
struct TraceError {
    enum class Kind : uint8_t {
        NotFound,      ///< no file at that path
        IsDirectory,   ///< the path names a directory
        Unreadable,    ///< the file exists but cannot be opened for reading
        ReadFailed,    ///< an I/O error while reading
        Empty,         ///< nothing to detect the format from
        UnknownFormat, ///< auto-detection found no format that fits the first records
        BadLine,       ///< a line that is not a record of the trace's format
        LineTooLong,   ///< a line longer than the read buffer
    };
    Kind kind = Kind::BadLine;
    std::string file;
    uint64_t line = 0;
    uint32_t column = 0;
    std::string what; ///< plain English, without the location

    /** "file:line:column: what" (the parts that are known), for the command line and logs. */
    std::string message() const;
};

} // namespace mmu
