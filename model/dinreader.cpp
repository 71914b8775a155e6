// SPDX-License-Identifier: GPL-3.0-or-later
#include "dinreader.h"

#include "tracetext.h"

#include <limits>
#include <utility>

namespace mmu {

using namespace tracetext;

DinReader::DinReader(TraceInput input, const TraceOptions &options)
    : TraceReader(TraceFormat::Din, std::move(input), options)
{
}

std::size_t DinReader::read(std::span<MemoryAccess> out)
{
    return readWith<DinReader>(out);
}

int DinReader::parseLine(std::string_view line, MemoryAccess *out, LineError &error)
{
    const char *end = line.data() + line.size();
    const char *p = skipBlanks(line.data(), end);
    if (p == end)
        return 0;

    const char *field = p;
    uint64_t label = 0;
    const Number number = readDecimal(p, end, 999, label);
    if (number == Number::Missing || (number == Number::Ok && p != end && !isBlank(*p)))
        return fail(error, line, field,
                    "expected a din label: 0 read, 1 write, 2 instruction fetch");
    if (number == Number::TooLarge)
        label = 999;
    AccessType type = AccessType::Read;
    switch (label) {
    case 0: type = AccessType::Read; break;
    case 1: type = AccessType::Write; break;
    case 2: type = AccessType::Execute; break;
    case 3:
    case 4: return 0; // escape and flush records: no access
    default:
        return fail(error, line, field,
                    "unknown din label: expected 0 read, 1 write, 2 instruction fetch, 3 or 4");
    }

    p = skipHexPrefix(skipBlanks(p, end), end);
    field = p;
    uint64_t address = 0;
    switch (readHex(p, end, address)) {
    case Number::Ok: break;
    case Number::Missing: return fail(error, line, field, "expected a hex address");
    case Number::TooLarge: return fail(error, line, field, "the address does not fit in 64 bits");
    }

    uint64_t size = 0;
    if (p != end) {
        if (!isBlank(*p))
            return fail(error, line, p, "unexpected character after the address");
        p = skipHexPrefix(skipBlanks(p, end), end);
        field = p;
        switch (readHex(p, end, size)) {
        case Number::Ok: break;
        case Number::Missing: return fail(error, line, field, "expected a hex size");
        case Number::TooLarge: return fail(error, line, field, "the size is too large");
        }
        if (size > std::numeric_limits<uint32_t>::max())
            return fail(error, line, field, "the size is too large");
        p = skipBlanks(p, end);
        if (p != end)
            return fail(error, line, p, "unexpected text after the size");
    }
    out[0] = {address, static_cast<uint32_t>(size), type};
    return 1;
}

} // namespace mmu
