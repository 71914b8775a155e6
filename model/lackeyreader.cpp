// SPDX-License-Identifier: GPL-3.0-or-later
#include "lackeyreader.h"

#include "tracetext.h"

#include <limits>
#include <utility>

namespace mmu {

using namespace tracetext;

namespace {

/** Valgrind's commentary: "==1234== …", "--1234-- …" (debug) and "**1234** …" (errors). */
bool isValgrindCommentary(const char *p, const char *end)
{
    return end - p >= 3 && (p[0] == '=' || p[0] == '-' || p[0] == '*') && p[1] == p[0]
        && isDecimal(p[2]);
}

} // namespace

LackeyReader::LackeyReader(TraceInput input, const TraceOptions &options)
    : TraceReader(TraceFormat::Lackey, std::move(input), options)
{
}

std::size_t LackeyReader::read(std::span<MemoryAccess> out)
{
    return readWith<LackeyReader>(out);
}

int LackeyReader::parseLine(std::string_view line, MemoryAccess *out, LineError &error)
{
    const char *end = line.data() + line.size();
    const char *p = skipBlanks(line.data(), end);
    if (p == end || isValgrindCommentary(p, end))
        return 0;

    bool modify = false;
    AccessType type = AccessType::Read;
    switch (*p) {
    case 'I': type = AccessType::Execute; break;
    case 'L': type = AccessType::Read; break;
    case 'S':
        if (end - p >= 2 && p[1] == 'B')
            return 0; // --trace-superblocks=yes
        type = AccessType::Write;
        break;
    case 'M': modify = true; break;
    default: return fail(error, line, p, "expected I, L, S or M (a Lackey access)");
    }
    ++p;
    if (p != end && !isBlank(*p))
        return fail(error, line, p, "expected a space after the access kind");
    p = skipHexPrefix(skipBlanks(p, end), end);

    const char *field = p;
    uint64_t address = 0;
    switch (readHex(p, end, address)) {
    case Number::Ok: break;
    case Number::Missing: return fail(error, line, field, "expected a hex address");
    case Number::TooLarge: return fail(error, line, field, "the address does not fit in 64 bits");
    }
    if (p == end || *p != ',')
        return fail(error, line, p, "expected ',' and the size after the address");
    ++p;
    field = p;
    uint64_t size = 0;
    switch (readDecimal(p, end, std::numeric_limits<uint32_t>::max(), size)) {
    case Number::Ok: break;
    case Number::Missing: return fail(error, line, field, "expected a decimal size");
    case Number::TooLarge: return fail(error, line, field, "the size is too large");
    }
    p = skipBlanks(p, end);
    if (p != end)
        return fail(error, line, p, "unexpected text after the size");

    const auto bytes = static_cast<uint32_t>(size);
    if (modify) {
        out[0] = {address, bytes, AccessType::Read};
        out[1] = {address, bytes, AccessType::Write};
        return 2;
    }
    out[0] = {address, bytes, type};
    return 1;
}

} // namespace mmu
