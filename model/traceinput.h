// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mmu {

/**
 * Hands out the lines of a text stream through one fixed buffer, so a trace of any size is read
 * in bounded memory: no line is copied, each is a view into the buffer that stays valid until
 * the next call. Line ends may be LF or CR LF; trailing spaces and tabs are cut off, and a UTF-8
 * byte order mark at the start is skipped. A line longer than the buffer is reported and
 * skipped as a whole: reported as soon as the buffer is full, its rest dropped on the next call.
 */
class TraceInput {
public:
    enum class Status : uint8_t {
        Line,      ///< `line` holds the next line
        End,       ///< no more lines
        TooLong,   ///< the line did not fit in the buffer; it is skipped
        ReadError, ///< the stream failed
    };

    static constexpr std::size_t MinimumBuffer = 64;

    /** Reads from `in`, which must outlive this object. `name` is used in error messages. */
    TraceInput(std::istream &in, std::string name, std::size_t bufferBytes);
    /** Reads from a stream this object owns (an opened file). */
    TraceInput(std::unique_ptr<std::istream> in, std::string name, std::size_t bufferBytes);

    TraceInput(TraceInput &&) noexcept = default;
    TraceInput &operator=(TraceInput &&) noexcept = default;

    Status nextLine(std::string_view &line);

    /**
     * The complete lines at the front of the input that have not been handed out yet, without
     * consuming them (for format detection). Fills the buffer first.
     */
    std::string_view head();

    const std::string &name() const { return m_name; }
    /** 1-based number of the line last handed out (or skipped as too long). */
    uint64_t lineNumber() const { return m_line; }
    /** Bytes handed out so far, for progress. */
    uint64_t bytesConsumed() const { return m_consumedBefore + m_pos; }
    std::size_t bufferSize() const { return m_buffer.size(); }
    bool readFailed() const { return m_readFailed; }
    /** The size of the whole input when known (a regular file), for progress. */
    std::optional<uint64_t> totalBytes() const { return m_totalBytes; }
    void setTotalBytes(std::optional<uint64_t> bytes) { m_totalBytes = bytes; }

private:
    /** Moves the unread tail to the front and reads more; false when nothing more came. */
    bool refill();
    /** Drops the rest of a line reported TooLong; Line when the next line can be read. */
    Status skipLongLine();

    std::unique_ptr<std::istream> m_owned;
    std::istream *m_in = nullptr;
    std::string m_name;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0; ///< first byte not handed out yet
    std::size_t m_end = 0; ///< one past the last byte read
    uint64_t m_consumedBefore = 0; ///< bytes dropped from the front of the buffer by refills
    uint64_t m_line = 0;
    std::optional<uint64_t> m_totalBytes;
    bool m_eof = false;
    bool m_started = false;
    bool m_readFailed = false;
    bool m_skippingLongLine = false; ///< a line was reported TooLong and its rest is still to drop
};

} // namespace mmu
