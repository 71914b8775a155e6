// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracesource.h"

#include <algorithm>

namespace mmu {

Result<std::unique_ptr<TraceSource>, TraceError> TraceSource::open(const std::filesystem::path &path,
                                                                   const TraceOptions &options,
                                                                   std::optional<TraceFormat> format)
{
    auto reader = openTrace(path, options, format);
    if (!reader)
        return reader.error();
    return std::unique_ptr<TraceSource>(new TraceSource(path, options, std::move(reader.value())));
}

Result<std::unique_ptr<TraceSource>, TraceError> TraceSource::read(std::istream &in, std::string name,
                                                                   const TraceOptions &options,
                                                                   std::optional<TraceFormat> format)
{
    auto reader = readTrace(in, name, options, format);
    if (!reader)
        return reader.error();
    return std::unique_ptr<TraceSource>(new TraceSource(std::move(name), options, std::move(reader.value()), &in));
}

TraceSource::TraceSource(std::filesystem::path path, const TraceOptions &options, TraceReaderPtr reader,
                         std::istream *stream)
    : m_path(std::move(path))
    , m_stream(stream)
    , m_options(options)
    , m_reader(std::move(reader))
{
}

bool TraceSource::rewind()
{
    if (m_stream) {
        // Format detection only peeks: until a line has been handed out, nothing is lost.
        if (m_reader->stats().lines == 0)
            return true;
        m_reopenError = TraceError{TraceError::Kind::ReadFailed, m_path.string(), 0, 0,
                                   "can be read only once, and this run reads the trace twice (policy opt): "
                                   "save the trace to a file"};
        return false;
    }
    // The second pass reads the format found by the first: no second detection.
    auto reader = openTrace(m_path, m_options, m_reader->format());
    if (!reader) {
        m_reopenError = reader.error();
        return false;
    }
    m_reader = std::move(reader.value());
    m_reopenError.reset();
    return true;
}

double TraceSource::progress(uint64_t) const
{
    const auto total = m_reader->totalBytes();
    if (!total || *total == 0)
        return 0;
    return std::min(1.0, static_cast<double>(m_reader->stats().bytes) / static_cast<double>(*total));
}

std::optional<std::string> TraceSource::error() const
{
    if (m_reopenError)
        return m_reopenError->message();
    if (m_reader->error())
        return m_reader->error()->message();
    return std::nullopt;
}

} // namespace mmu
