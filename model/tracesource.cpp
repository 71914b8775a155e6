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

TraceSource::TraceSource(std::filesystem::path path, const TraceOptions &options, TraceReaderPtr reader)
    : m_path(std::move(path))
    , m_options(options)
    , m_reader(std::move(reader))
{
}

bool TraceSource::rewind()
{
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
