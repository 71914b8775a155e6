// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memoryaccess.h"
#include "result.h"
#include "traceerror.h"
#include "traceinput.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mmu {

enum class TraceFormat : uint8_t {
    Lackey, ///< valgrind --tool=lackey --trace-mem=yes
    Din,    ///< Dinero "din": label hexaddress [size]
    Pin,    ///< Pin's pinatrace tool: "0xip: R 0xaddress"
    Plain,  ///< one hex address per line, optional R/W/X
};

/** Keep only accesses with lo <= address < hi. */
struct TraceRange {
    uint64_t lo = 0;
    uint64_t hi = 0;

    bool contains(uint64_t address) const { return address >= lo && address < hi; }
};

/** How a TraceReader reads: what to do with bad lines, which accesses to keep, buffer size. */
struct TraceOptions {
    /** Skip lines that are not records, count them and keep the first few errors, instead of
        stopping at the first one. */
    bool skipBadLines = false;
    std::size_t keptErrors = 10;
    bool skipInstructionFetches = false;
    std::optional<TraceRange> range;
    /** The one read buffer; also the longest line that can be read. */
    std::size_t bufferBytes = std::size_t(1) << 20;
};

/** Counts kept while reading, for summaries and progress. */
struct TraceStats {
    uint64_t lines = 0;        ///< lines read, including blank, comment and skipped lines
    uint64_t records = 0;      ///< lines that held at least one access
    uint64_t accesses = 0;     ///< accesses handed out (after the filters)
    uint64_t filtered = 0;     ///< accesses dropped by the instruction or range filter
    uint64_t skippedLines = 0; ///< bad lines skipped with skipBadLines
    uint64_t bytes = 0;        ///< bytes of the input consumed, for progress
};

/** What a format's line parser reports about a line that is not one of its records. */
struct LineError {
    uint32_t column = 0;        ///< 1-based byte column
    const char *what = nullptr; ///< plain English, a string literal
};

/**
 * Reads the accesses of a memory trace, a batch at a time, through one fixed buffer: a trace
 * of any size streams in bounded memory. A reader stops at the first line that is not a record
 * of its format (error() then says where) unless TraceOptions::skipBadLines is set. Make one
 * with openTrace() or readTrace(); each format is a subclass with a static line parser.
 */
class TraceReader {
public:
    virtual ~TraceReader() = default;
    TraceReader(const TraceReader &) = delete;
    TraceReader &operator=(const TraceReader &) = delete;

    /**
     * Fills `out` from the front and returns how many accesses it wrote. Fewer than out.size()
     * only at the end of the trace or when reading stopped at an error; 0 means nothing more.
     */
    virtual std::size_t read(std::span<MemoryAccess> out) = 0;
    /** One access at a time (slower than read()); false at the end or at an error. */
    bool next(MemoryAccess &access) { return read(std::span<MemoryAccess>(&access, 1)) == 1; }

    TraceFormat format() const { return m_format; }
    const std::string &name() const { return m_input.name(); }
    /** The size of the file in bytes when known, for progress against stats().bytes. */
    std::optional<uint64_t> totalBytes() const { return m_input.totalBytes(); }

    /** Set when reading stopped at a bad line or an I/O error. */
    const std::optional<TraceError> &error() const { return m_error; }
    bool failed() const { return m_error.has_value(); }
    /** With skipBadLines: the first TraceOptions::keptErrors lines skipped, for a summary. */
    const std::vector<TraceError> &skippedErrors() const { return m_skipped; }
    TraceStats stats() const;

protected:
    TraceReader(TraceFormat format, TraceInput input, const TraceOptions &options);

    /**
     * The read loop, shared by all formats. `Parser::parseLine(line, out, error)` parses one
     * non-empty line into at most two accesses and returns how many (0 for a line that holds
     * none), or -1 with `error` filled in.
     */
    template <class Parser>
    std::size_t readWith(std::span<MemoryAccess> out);

private:
    bool accepts(const MemoryAccess &a) const
    {
        if (m_skipFetches && a.type == AccessType::Execute)
            return false;
        return !m_range || m_range->contains(a.address);
    }
    /** Records a bad line; true when reading may go on (skipBadLines). */
    bool badLine(TraceError::Kind kind, uint32_t column, std::string what);
    /** Handles a status other than Line; true when reading may go on. */
    bool inputProblem(TraceInput::Status status);

    TraceFormat m_format;
    TraceInput m_input;
    bool m_skipBad;
    std::size_t m_keptErrors;
    bool m_skipFetches;
    std::optional<TraceRange> m_range;
    bool m_done = false;
    bool m_hasPending = false;
    MemoryAccess m_pending; ///< the store of an M line that did not fit in the last batch
    TraceStats m_stats;
    std::optional<TraceError> m_error;
    std::vector<TraceError> m_skipped;
};

template <class Parser>
std::size_t TraceReader::readWith(std::span<MemoryAccess> out)
{
    std::size_t n = 0;
    if (m_hasPending && !out.empty()) {
        out[n++] = m_pending;
        m_hasPending = false;
    }
    MemoryAccess parsed[2];
    std::string_view line;
    while (n < out.size() && !m_done) {
        const TraceInput::Status status = m_input.nextLine(line);
        if (status != TraceInput::Status::Line) {
            if (!inputProblem(status))
                m_done = true;
            continue;
        }
        if (line.empty())
            continue;
        LineError error;
        const int count = Parser::parseLine(line, parsed, error);
        if (count <= 0) {
            if (count < 0 && !badLine(TraceError::Kind::BadLine, error.column, error.what))
                m_done = true;
            continue;
        }
        ++m_stats.records;
        for (int i = 0; i < count; ++i) {
            if (!accepts(parsed[i])) {
                ++m_stats.filtered;
            } else if (n < out.size()) {
                out[n++] = parsed[i];
            } else {
                m_pending = parsed[i];
                m_hasPending = true;
            }
        }
    }
    m_stats.accesses += n;
    return n;
}

/** "lackey", "din", "pin", "plain": the names --trace-format takes. */
std::string_view traceFormatName(TraceFormat format);
std::optional<TraceFormat> traceFormatFromName(std::string_view name);

/**
 * Guesses the format from the first records of a trace (complete lines of text). Comment lines
 * and Valgrind's ==PID== lines are passed over but count as hints. `name` is for the error.
 */
Result<TraceFormat, TraceError> detectTraceFormat(std::string_view text, std::string_view name);

using TraceReaderPtr = std::unique_ptr<TraceReader>;

/**
 * Opens a trace file for reading; the format is detected when not given. Errors name the path
 * as given: missing, a directory, unreadable, empty, or of no known format.
 */
Result<TraceReaderPtr, TraceError> openTrace(const std::filesystem::path &path,
                                             const TraceOptions &options = {},
                                             std::optional<TraceFormat> format = std::nullopt);

/** Reads a trace from a stream that outlives the reader; `name` appears in errors. */
Result<TraceReaderPtr, TraceError> readTrace(std::istream &in, std::string name,
                                             const TraceOptions &options = {},
                                             std::optional<TraceFormat> format = std::nullopt);

} // namespace mmu
