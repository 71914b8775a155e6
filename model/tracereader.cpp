// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracereader.h"

#include "dinreader.h"
#include "lackeyreader.h"
#include "pinreader.h"
#include "plaintracereader.h"

#include <array>
#include <cerrno>
#include <fstream>
#include <system_error>
#include <utility>

namespace mmu {

namespace {

/** How many records detection looks at: enough to outvote a stray line, cheap to parse. */
constexpr int DetectionLines = 64;

/** In the order that wins a tie. */
constexpr std::array<TraceFormat, 4> AllFormats = {
    TraceFormat::Lackey, TraceFormat::Pin, TraceFormat::Din, TraceFormat::Plain};
constexpr std::size_t LackeyIndex = 0;
constexpr std::size_t PinIndex = 1;

int parseAs(TraceFormat format, std::string_view line, MemoryAccess *out, LineError &error)
{
    switch (format) {
    case TraceFormat::Lackey: return LackeyReader::parseLine(line, out, error);
    case TraceFormat::Din: return DinReader::parseLine(line, out, error);
    case TraceFormat::Pin: return PinReader::parseLine(line, out, error);
    case TraceFormat::Plain: return PlainTraceReader::parseLine(line, out, error);
    }
    return -1;
}

std::string_view trimmed(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    std::size_t first = 0;
    while (first < line.size() && (line[first] == ' ' || line[first] == '\t'))
        ++first;
    return line.substr(first);
}

bool isValgrindCommentary(std::string_view line)
{
    return line.size() >= 3 && (line[0] == '=' || line[0] == '-' || line[0] == '*')
        && line[1] == line[0] && line[2] >= '0' && line[2] <= '9';
}

TraceError fileError(TraceError::Kind kind, const std::filesystem::path &path, std::string what)
{
    TraceError e;
    e.kind = kind;
    e.file = path.string();
    e.what = std::move(what);
    return e;
}

TraceReaderPtr makeReader(TraceFormat format, TraceInput input, const TraceOptions &options)
{
    switch (format) {
    case TraceFormat::Lackey: return std::make_unique<LackeyReader>(std::move(input), options);
    case TraceFormat::Din: return std::make_unique<DinReader>(std::move(input), options);
    case TraceFormat::Pin: return std::make_unique<PinReader>(std::move(input), options);
    case TraceFormat::Plain: return std::make_unique<PlainTraceReader>(std::move(input), options);
    }
    return nullptr;
}

Result<TraceReaderPtr, TraceError> startReading(TraceInput input, const TraceOptions &options,
                                                std::optional<TraceFormat> format)
{
    if (!format) {
        const std::string_view head = input.head();
        if (input.readFailed()) {
            TraceError e;
            e.kind = TraceError::Kind::ReadFailed;
            e.file = input.name();
            e.what = "the file could not be read";
            return e;
        }
        auto detected = detectTraceFormat(head, input.name());
        if (!detected)
            return detected.error();
        format = *detected;
    }
    return makeReader(*format, std::move(input), options);
}

} // namespace

TraceReader::TraceReader(TraceFormat format, TraceInput input, const TraceOptions &options)
    : m_format(format), m_input(std::move(input)), m_skipBad(options.skipBadLines),
      m_keptErrors(options.keptErrors), m_skipFetches(options.skipInstructionFetches),
      m_range(options.range)
{
}

TraceStats TraceReader::stats() const
{
    TraceStats s = m_stats;
    s.lines = m_input.lineNumber();
    s.bytes = m_input.bytesConsumed();
    return s;
}

bool TraceReader::badLine(TraceError::Kind kind, uint32_t column, std::string what)
{
    TraceError e;
    e.kind = kind;
    e.file = m_input.name();
    e.line = m_input.lineNumber();
    e.column = column;
    e.what = std::move(what);
    if (!m_skipBad) {
        m_error = std::move(e);
        return false;
    }
    ++m_stats.skippedLines;
    if (m_skipped.size() < m_keptErrors)
        m_skipped.push_back(std::move(e));
    return true;
}

bool TraceReader::inputProblem(TraceInput::Status status)
{
    switch (status) {
    case TraceInput::Status::Line: return true;
    case TraceInput::Status::End: return false;
    case TraceInput::Status::TooLong:
        return badLine(TraceError::Kind::LineTooLong, 0,
                       "the line is longer than the read buffer of "
                           + std::to_string(m_input.bufferSize()) + " bytes");
    case TraceInput::Status::ReadError: {
        TraceError e;
        e.kind = TraceError::Kind::ReadFailed;
        e.file = m_input.name();
        e.line = m_input.lineNumber() + 1;
        e.what = "reading the file failed";
        m_error = std::move(e);
        return false;
    }
    }
    return false;
}

std::string_view traceFormatName(TraceFormat format)
{
    switch (format) {
    case TraceFormat::Lackey: return "lackey";
    case TraceFormat::Din: return "din";
    case TraceFormat::Pin: return "pin";
    case TraceFormat::Plain: return "plain";
    }
    return "unknown";
}

std::optional<TraceFormat> traceFormatFromName(std::string_view name)
{
    for (TraceFormat f : AllFormats) {
        if (traceFormatName(f) == name)
            return f;
    }
    return std::nullopt;
}

Result<TraceFormat, TraceError> detectTraceFormat(std::string_view text, std::string_view name)
{
    // Each format scores one point per record line it accepts; hints (Valgrind's commentary,
    // pinatrace's "#eof") add one. The formats' syntaxes hardly overlap, so a clean trace
    // scores for one format only; a stray bad line does not change the winner.
    std::array<int, AllFormats.size()> score{};
    int records = 0;
    bool anyLine = false;
    uint64_t firstRecordLine = 0;
    uint64_t lineNumber = 0;
    std::size_t pos = 0;
    while (pos < text.size() && records < DetectionLines) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        const std::string_view line = trimmed(text.substr(pos, nl - pos));
        pos = nl + 1;
        ++lineNumber;
        if (line.empty())
            continue;
        anyLine = true;
        if (isValgrindCommentary(line)) {
            ++score[LackeyIndex];
            continue;
        }
        if (line.front() == '#') {
            if (line == "#eof")
                ++score[PinIndex];
            continue;
        }
        if (records++ == 0)
            firstRecordLine = lineNumber;
        for (std::size_t i = 0; i < AllFormats.size(); ++i) {
            MemoryAccess out[2];
            LineError error;
            if (parseAs(AllFormats[i], line, out, error) >= 0)
                ++score[i];
        }
    }

    std::size_t best = 0;
    for (std::size_t i = 1; i < score.size(); ++i) {
        if (score[i] > score[best])
            best = i;
    }
    if (score[best] > 0)
        return AllFormats[best];

    TraceError e;
    e.file = std::string(name);
    if (!anyLine) {
        e.kind = TraceError::Kind::Empty;
        e.what = "the trace is empty: there is nothing to tell its format from";
    } else if (records == 0) {
        e.kind = TraceError::Kind::Empty;
        e.what = "the trace has no records, only comments: name its format";
    } else {
        e.kind = TraceError::Kind::UnknownFormat;
        e.line = firstRecordLine;
        e.what = "cannot tell the trace format: this line is not Lackey, din, pinatrace or a "
                 "plain address list; name the format explicitly";
    }
    return e;
}

Result<TraceReaderPtr, TraceError> openTrace(const std::filesystem::path &path,
                                             const TraceOptions &options,
                                             std::optional<TraceFormat> format)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found)
        return fileError(TraceError::Kind::NotFound, path, "no such file");
    if (ec)
        return fileError(TraceError::Kind::Unreadable, path, "cannot open the file: " + ec.message());
    if (fs::is_directory(status))
        return fileError(TraceError::Kind::IsDirectory, path, "is a directory, not a trace file");

    errno = 0;
    auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!file->is_open()) {
        std::string what = "cannot open the file for reading";
        if (errno != 0)
            what += ": " + std::generic_category().message(errno);
        return fileError(TraceError::Kind::Unreadable, path, what);
    }
    TraceInput input(std::move(file), path.string(), options.bufferBytes);
    if (fs::is_regular_file(status)) {
        const auto size = fs::file_size(path, ec);
        if (!ec)
            input.setTotalBytes(size);
    }
    return startReading(std::move(input), options, format);
}

Result<TraceReaderPtr, TraceError> readTrace(std::istream &in, std::string name,
                                             const TraceOptions &options,
                                             std::optional<TraceFormat> format)
{
    return startReading(TraceInput(in, std::move(name), options.bufferBytes), options, format);
}

} // namespace mmu
