// SPDX-License-Identifier: GPL-3.0-or-later
#include "traceinput.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace mmu {

namespace {

std::string_view trimmed(const char *begin, const char *end)
{
    while (end != begin && (end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
        --end;
    return {begin, static_cast<std::size_t>(end - begin)};
}

} // namespace

TraceInput::TraceInput(std::istream &in, std::string name, std::size_t bufferBytes)
    : m_in(&in), m_name(std::move(name)), m_buffer(std::max(bufferBytes, MinimumBuffer))
{
}

TraceInput::TraceInput(std::unique_ptr<std::istream> in, std::string name, std::size_t bufferBytes)
    : m_owned(std::move(in)), m_in(m_owned.get()), m_name(std::move(name)),
      m_buffer(std::max(bufferBytes, MinimumBuffer))
{
}

bool TraceInput::refill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_consumedBefore += m_pos;
        m_end -= m_pos;
        m_pos = 0;
    }
    std::size_t got = 0;
    // Loop because a stream may deliver less than asked before its end (pipes, sockets).
    while (m_end < m_buffer.size()) {
        m_in->read(m_buffer.data() + m_end, static_cast<std::streamsize>(m_buffer.size() - m_end));
        const auto n = static_cast<std::size_t>(m_in->gcount());
        m_end += n;
        got += n;
        if (m_in->bad()) {
            m_readFailed = true;
            m_eof = true;
            break;
        }
        if (m_in->eof() || n == 0) {
            m_eof = true;
            break;
        }
    }
    if (!m_started) {
        m_started = true;
        if (m_end >= 3 && std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0)
            m_pos = 3;
    }
    return got > 0;
}

TraceInput::Status TraceInput::nextLine(std::string_view &line)
{
    if (m_skippingLongLine) {
        if (const Status status = skipLongLine(); status != Status::Line)
            return status;
    }
    for (;;) {
        const char *begin = m_buffer.data() + m_pos;
        const char *end = m_buffer.data() + m_end;
        if (const void *nl = std::memchr(begin, '\n', static_cast<std::size_t>(end - begin))) {
            const char *lineEnd = static_cast<const char *>(nl);
            ++m_line;
            m_pos = static_cast<std::size_t>(lineEnd + 1 - m_buffer.data());
            line = trimmed(begin, lineEnd);
            return Status::Line;
        }
        if (m_eof) {
            if (m_readFailed)
                return Status::ReadError;
            if (begin == end)
                return Status::End;
            ++m_line; // the last line has no line end
            m_pos = m_end;
            line = trimmed(begin, end);
            return Status::Line;
        }
        if (m_pos == 0 && m_end == m_buffer.size()) {
            // Reported now, skipped on the next call: a reader that stops at the first bad line
            // must not wait for the end of a line that may never come (/dev/zero).
            ++m_line;
            m_pos = m_end;
            m_skippingLongLine = true;
            return Status::TooLong;
        }
        refill();
    }
}

TraceInput::Status TraceInput::skipLongLine()
{
    for (;;) {
        m_pos = m_end; // drop what we have of the line
        refill();
        const char *begin = m_buffer.data() + m_pos;
        if (const void *nl = std::memchr(begin, '\n', m_end - m_pos)) {
            m_pos = static_cast<std::size_t>(static_cast<const char *>(nl) + 1 - m_buffer.data());
            m_skippingLongLine = false;
            return Status::Line;
        }
        if (m_eof) {
            m_pos = m_end;
            m_skippingLongLine = false;
            return m_readFailed ? Status::ReadError : Status::End;
        }
    }
}

std::string_view TraceInput::head()
{
    if (!m_eof && m_end < m_buffer.size())
        refill();
    const char *begin = m_buffer.data() + m_pos;
    std::size_t length = m_end - m_pos;
    if (!m_eof) {
        // Only complete lines: the last one may continue beyond the buffer.
        const std::string_view all(begin, length);
        const auto lastNl = all.rfind('\n');
        length = lastNl == std::string_view::npos ? 0 : lastNl + 1;
    }
    return {begin, length};
}

} // namespace mmu
