// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinreader.h"

#include "tracetext.h"

#include <cstring>
#include <limits>
#include <utility>

namespace mmu {

using namespace tracetext;

namespace {

/** printf's %p: "0x…" or "(nil)"; "0x" is optional here. */
Number readPointer(const char *&p, const char *end, uint64_t &value)
{
    if (end - p >= 5 && std::memcmp(p, "(nil)", 5) == 0) {
        p += 5;
        value = 0;
        return Number::Ok;
    }
    p = skipHexPrefix(p, end);
    return readHex(p, end, value);
}

} // namespace

PinReader::PinReader(TraceInput input, const TraceOptions &options)
    : TraceReader(TraceFormat::Pin, std::move(input), options)
{
}

std::size_t PinReader::read(std::span<MemoryAccess> out)
{
    return readWith<PinReader>(out);
}

int PinReader::parseLine(std::string_view line, MemoryAccess *out, LineError &error)
{
    const char *end = line.data() + line.size();
    const char *p = skipBlanks(line.data(), end);
    if (p == end || *p == '#')
        return 0;

    const char *field = p;
    uint64_t ip = 0;
    switch (readPointer(p, end, ip)) {
    case Number::Ok: break;
    case Number::Missing:
        return fail(error, line, p, "expected the instruction address (0x…) of a pinatrace line");
    case Number::TooLarge:
        return fail(error, line, field, "the instruction address does not fit in 64 bits");
    }
    if (p == end || *p != ':')
        return fail(error, line, p, "expected ':' after the instruction address");
    p = skipBlanks(p + 1, end);

    AccessType type = AccessType::Read;
    if (p != end && (*p == 'R' || *p == 'r'))
        type = AccessType::Read;
    else if (p != end && (*p == 'W' || *p == 'w'))
        type = AccessType::Write;
    else
        return fail(error, line, p, "expected R or W");
    ++p;
    if (p != end && !isBlank(*p))
        return fail(error, line, p, "expected a space after R or W");
    p = skipBlanks(p, end);

    field = p;
    uint64_t address = 0;
    switch (readPointer(p, end, address)) {
    case Number::Ok: break;
    case Number::Missing: return fail(error, line, p, "expected a hex address");
    case Number::TooLarge: return fail(error, line, field, "the address does not fit in 64 bits");
    }

    uint64_t size = 0;
    if (p != end) {
        if (!isBlank(*p))
            return fail(error, line, p, "unexpected character after the address");
        p = skipBlanks(p, end);
        field = p;
        switch (readDecimal(p, end, std::numeric_limits<uint32_t>::max(), size)) {
        case Number::Ok: break;
        case Number::Missing: return fail(error, line, field, "unexpected text after the address");
        case Number::TooLarge: return fail(error, line, field, "the size is too large");
        }
        p = skipBlanks(p, end);
        if (p != end)
            return fail(error, line, p, "unexpected text after the size");
    }
    out[0] = {address, static_cast<uint32_t>(size), type};
    return 1;
}

} // namespace mmu
