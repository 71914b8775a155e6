// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesssource.h"
#include "result.h"
#include "tracereader.h"

#include <filesystem>
#include <istream>
#include <memory>

namespace mmu {

/**
 * A trace file as a replay's source: streamed through a TraceReader in bounded memory, and
 * rewound by opening the file again (OPT reads it twice). Traces declare no regions, so a
 * replay maps every page on its first touch.
 */
class TraceSource final : public AccessSource {
public:
    /** Opens the trace (detecting the format when not given); errors name the file. */
    static Result<std::unique_ptr<TraceSource>, TraceError> open(const std::filesystem::path &path,
                                                                 const TraceOptions &options = {},
                                                                 std::optional<TraceFormat> format = std::nullopt);
    /**
     * A trace on a stream that can be read only once, such as standard input: it cannot be
     * rewound after the first read, so a replay that needs two passes (OPT) stops with an error
     * that says so. `in` must outlive the source; `name` stands for the file in messages.
     */
    static Result<std::unique_ptr<TraceSource>, TraceError> read(std::istream &in, std::string name,
                                                                 const TraceOptions &options = {},
                                                                 std::optional<TraceFormat> format = std::nullopt);

    std::size_t read(std::span<MemoryAccess> out) override { return m_reader->read(out); }
    bool rewind() override;
    double progress(uint64_t accesses) const override;
    std::optional<std::string> error() const override;
    std::string name() const override { return m_path.string(); }

    /** The reader of the current pass: format, statistics, the lines skipped. */
    const TraceReader &reader() const { return *m_reader; }

private:
    TraceSource(std::filesystem::path path, const TraceOptions &options, TraceReaderPtr reader,
                std::istream *stream = nullptr);

    std::filesystem::path m_path;
    std::istream *m_stream; ///< set for a stream read only once (see read())
    TraceOptions m_options;
    TraceReaderPtr m_reader;
    std::optional<TraceError> m_reopenError;
};

} // namespace mmu
