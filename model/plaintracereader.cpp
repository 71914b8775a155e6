// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintracereader.h"

#include "tracetext.h"

#include <utility>

namespace mmu {

using namespace tracetext;

namespace {

/** True at the end of the record: the line's end, or blanks up to the end or a comment. */
bool atRecordEnd(const char *p, const char *end)
{
    p = skipBlanks(p, end);
    return p == end || *p == '#';
}

} // namespace

PlainTraceReader::PlainTraceReader(TraceInput input, const TraceOptions &options)
    : TraceReader(TraceFormat::Plain, std::move(input), options)
{
}

std::size_t PlainTraceReader::read(std::span<MemoryAccess> out)
{
    return readWith<PlainTraceReader>(out);
}

int PlainTraceReader::parseLine(std::string_view line, MemoryAccess *out, LineError &error)
{
    const char *end = line.data() + line.size();
    const char *p = skipBlanks(line.data(), end);
    if (p == end || *p == '#')
        return 0;

    p = skipHexPrefix(p, end);
    const char *field = p;
    uint64_t address = 0;
    switch (readHex(p, end, address)) {
    case Number::Ok: break;
    case Number::Missing: return fail(error, line, field, "expected a hex address");
    case Number::TooLarge: return fail(error, line, field, "the address does not fit in 64 bits");
    }

    AccessType type = AccessType::Read;
    if (!atRecordEnd(p, end)) {
        if (!isBlank(*p))
            return fail(error, line, p, "unexpected character in the address");
        p = skipBlanks(p, end);
        switch (*p) {
        case 'R': case 'r': type = AccessType::Read; break;
        case 'W': case 'w': type = AccessType::Write; break;
        case 'X': case 'x': type = AccessType::Execute; break;
        default: return fail(error, line, p, "expected R, W or X after the address");
        }
        p = skipBlanks(p + 1, end);
        if (p != end && *p != '#')
            return fail(error, line, p, "unexpected text after the access type");
    }
    out[0] = {address, 0, type};
    return 1;
}

} // namespace mmu
