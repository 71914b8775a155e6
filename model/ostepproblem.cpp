// SPDX-License-Identifier: GPL-3.0-or-later
#include "ostepproblem.h"

#include "address.h"
#include "machinefile.h"
#include "pageentry.h"
#include "pagingformat.h"

#include <algorithm>

namespace mmu {

std::string OstepError::message() const
{
    std::string s = file;
    if (line > 0)
        s += ":" + std::to_string(line) + ":" + std::to_string(column);
    return s + ": " + what;
}

std::string_view toId(OstepFault fault)
{
    switch (fault) {
    case OstepFault::None: return "none";
    case OstepFault::PdeNotValid: return "pde-not-valid";
    case OstepFault::PteNotValid: return "pte-not-valid";
    }
    return "none";
}

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string describe(char c)
{
    if (c >= 0x21 && c < 0x7f)
        return std::string("'") + c + "'";
    return "byte " + hex(static_cast<unsigned char>(c));
}

/** Reads one line of the dump; every error names its 1-based column. */
class LineReader {
public:
    LineReader(std::string_view text, const std::string &origin, int line)
        : m_text(text)
        , m_origin(origin)
        , m_line(line)
    {
    }

    [[noreturn]] void fail(size_t at, const std::string &what) const
    {
        throw OstepError{m_origin, m_line, static_cast<int>(at) + 1, what};
    }

    size_t pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(m_text[m_pos]))
            ++m_pos;
    }
    bool take(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }
    void expect(char c, const std::string &after)
    {
        skipBlanks();
        if (peek() != c)
            fail(m_pos, std::string("expected '") + c + "' after " + after
                            + (atEnd() ? std::string(", found the end of the line") : ", found " + describe(peek())));
        ++m_pos;
    }
    /** A decimal number of at most 9 digits. */
    uint64_t decimal(const std::string &what)
    {
        skipBlanks();
        const size_t start = m_pos;
        uint64_t value = 0;
        while (!atEnd() && peek() >= '0' && peek() <= '9') {
            if (m_pos - start == 9)
                fail(start, what + " is too large");
            value = value * 10 + static_cast<uint64_t>(peek() - '0');
            ++m_pos;
        }
        if (m_pos == start)
            fail(start, "expected " + what + " (a decimal number)"
                            + (atEnd() ? std::string(", found the end of the line") : ", found " + describe(peek())));
        return value;
    }
    /** A hexadecimal number with an optional 0x, of at most 8 digits. */
    uint64_t hexNumber(const std::string &what)
    {
        skipBlanks();
        const size_t start = m_pos;
        if (m_text.substr(m_pos, 2) == "0x" || m_text.substr(m_pos, 2) == "0X")
            m_pos += 2;
        const size_t digits = m_pos;
        uint64_t value = 0;
        while (!atEnd() && hexDigit(peek()) >= 0) {
            if (m_pos - digits == 8)
                fail(start, what + " is too large");
            value = value * 16 + static_cast<uint64_t>(hexDigit(peek()));
            ++m_pos;
        }
        if (m_pos == digits)
            fail(m_pos, "expected " + what + " in hex"
                            + (atEnd() ? std::string(", found the end of the line") : ", found " + describe(peek())));
        return value;
    }
    /** The 32 bytes of a page: two hex digits each, with or without blanks between bytes. */
    std::array<uint8_t, OstepProblem::PageBytes> pageBytes(uint64_t page)
    {
        std::array<uint8_t, OstepProblem::PageBytes> bytes{};
        size_t count = 0;
        int nibbles = 0;
        unsigned current = 0;
        for (; !atEnd(); ++m_pos) {
            const char c = peek();
            if (isBlank(c)) {
                if (nibbles == 1)
                    fail(m_pos - 1, "a byte needs two hex digits");
                continue;
            }
            const int digit = hexDigit(c);
            if (digit < 0)
                fail(m_pos, describe(c) + " is not a hex digit");
            if (nibbles == 0 && count == bytes.size())
                fail(m_pos, "page " + std::to_string(page) + " has more than 32 bytes");
            current = (current << 4) | static_cast<unsigned>(digit);
            if (++nibbles == 2) {
                bytes[count++] = static_cast<uint8_t>(current);
                nibbles = 0;
                current = 0;
            }
        }
        if (nibbles == 1)
            fail(m_pos - 1, "a byte needs two hex digits");
        if (count < bytes.size())
            fail(m_pos, "page " + std::to_string(page) + " has " + std::to_string(count) + " bytes; a page has 32");
        return bytes;
    }

private:
    std::string_view m_text;
    const std::string &m_origin;
    int m_line;
    size_t m_pos = 0;
};

} // namespace

Result<OstepProblem, OstepError> OstepProblem::parse(std::string_view text, const std::string &origin)
{
    OstepProblem p;
    std::array<int, Pages> pageLine{};
    int pdbrLine = 0;
    int lineNumber = 0;
    try {
        size_t begin = 0;
        while (begin < text.size()) {
            size_t end = text.find('\n', begin);
            if (end == std::string_view::npos)
                end = text.size();
            ++lineNumber;
            LineReader r(text.substr(begin, end - begin), origin, lineNumber);
            begin = end + 1;
            r.skipBlanks();
            if (r.atEnd() || r.take("ARG") || r.take("-->"))
                continue; // blank, the script's arguments, or a solution line of its -c option
            const size_t start = r.pos();
            if (r.take("page")) {
                r.skipBlanks();
                const size_t at = r.pos();
                const uint64_t page = r.decimal("a page number");
                if (page >= Pages)
                    r.fail(at, "page " + std::to_string(page) + " does not exist: physical memory has pages 0 to 127");
                if (pageLine[page])
                    r.fail(at, "page " + std::to_string(page) + " appears twice (first on line "
                                   + std::to_string(pageLine[page]) + ")");
                r.expect(':', "the page number");
                const auto bytes = r.pageBytes(page);
                std::copy(bytes.begin(), bytes.end(), p.m_memory.begin() + static_cast<long>(page * PageBytes));
                p.m_given[page] = true;
                pageLine[page] = lineNumber;
            } else if (r.take("PDBR")) {
                if (pdbrLine)
                    r.fail(start, "a second PDBR line (the first is on line " + std::to_string(pdbrLine) + ")");
                r.expect(':', "PDBR");
                r.skipBlanks();
                const size_t at = r.pos();
                p.m_pdbr = r.decimal("the page of the page directory");
                if (p.m_pdbr >= Pages)
                    r.fail(at, "PDBR " + std::to_string(p.m_pdbr) + " is not a page: physical memory has pages 0 to 127");
                pdbrLine = lineNumber; // the rest, "(decimal) [This means …]", is prose
            } else if (r.take("Virtual Address")) {
                r.skipBlanks();
                const size_t at = r.pos();
                const uint64_t va = r.hexNumber("a virtual address");
                if (va >> ostepFormat().vaBits)
                    r.fail(at, hex(va) + " does not fit in the 15-bit virtual address space (0x0 to 0x7fff)");
                r.expect(':', "the virtual address");
                p.m_addresses.push_back(va); // the question after the colon is prose
            } else {
                r.fail(start, "expected 'page N:', 'PDBR: N' or 'Virtual Address X:'");
            }
        }
    } catch (const OstepError &e) {
        return e;
    }
    if (std::none_of(p.m_given.begin(), p.m_given.end(), [](bool g) { return g; }))
        return OstepError{origin, 0, 0, "no memory dump: expected lines 'page N: …' with 32 bytes each"};
    if (!pdbrLine)
        return OstepError{origin, 0, 0, "no 'PDBR: N' line: which page holds the page directory?"};
    return p;
}

Result<OstepProblem, OstepError> OstepProblem::load(const std::string &path)
{
    auto text = readTextFile(path);
    if (!text)
        return OstepError{path, 0, 0, text.error().what};
    return parse(*text, path);
}

OstepAnswer OstepProblem::translate(uint64_t va) const
{
    const PagingFormat &f = ostepFormat();
    OstepAnswer a;
    a.va = va;
    auto note = [&](uint64_t physical) {
        const int page = static_cast<int>(physical / PageBytes) % Pages;
        if (!m_given[static_cast<size_t>(page)]
            && std::find(a.pagesNotInDump.begin(), a.pagesNotInDump.end(), page) == a.pagesNotInDump.end())
            a.pagesNotInDump.push_back(page);
    };
    // Each entry is read and decoded exactly as the walker does for the format.
    auto read = [&](uint64_t table, int level) {
        OstepEntry e;
        e.index = f.index(va, level);
        e.address = table + e.index * static_cast<uint64_t>(f.entryBytes);
        e.value = byteAt(e.address);
        note(e.address);
        const DecodedEntry d = decodeEntry(f, level, e.value);
        e.valid = d.present;
        e.pfn = d.frame >> f.pageShift;
        return e;
    };
    a.pde = read(rootAddress(), 0);
    if (!a.pde.valid) {
        a.fault = OstepFault::PdeNotValid;
        return a;
    }
    a.pte = read(a.pde.pfn * PageBytes, 1);
    if (!a.pte->valid) {
        a.fault = OstepFault::PteNotValid;
        return a;
    }
    a.physical = a.pte->pfn * PageBytes + (va & (f.pageSize() - 1));
    a.value = byteAt(a.physical);
    note(a.physical);
    return a;
}

void OstepProblem::loadInto(PhysicalMemory &memory) const
{
    for (size_t i = 0; i < m_memory.size(); ++i)
        memory.write(i, 1, m_memory[i]);
}

MemoryImage OstepProblem::image() const
{
    return {std::vector<uint8_t>(m_memory.begin(), m_memory.end()), rootAddress()};
}

} // namespace mmu
