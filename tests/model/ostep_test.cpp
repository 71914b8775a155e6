// SPDX-License-Identifier: GPL-3.0-or-later
// Import of an OSTEP paging-multilevel-translate.py problem. The hand-made dump in
// tests/data/ostep/ (spaced.txt with spaces between bytes, packed.txt without) has
//   PDBR 2: the page directory is page 2 (physical 0x40): PD[0] = 0x85 (valid, PT in page 5),
//           PD[4] = 0x90 (valid, PT in page 16, which the dump leaves out), all else 0x7f;
//   page 5: PT[3] = 0x8a (valid, data in page 10), all else 0x7f;
//   page 10: bytes 0x40 + offset.
// Worked answers (PD = VA bits 14..10, PT = 9..5, offset = 4..0; entry at table × 32 + index):
//   0x0067 = 00000|00011|00111: PDE 0x40 = 0x85 -> PTE 5×32+3 = 0xa3 = 0x8a -> 10×32+7 = 0x147 = 0x47
//   0x0455 = 00001|00010|10101: PDE 0x41 = 0x7f: not valid
//   0x001f = 00000|00000|11111: PDE 0x40 = 0x85 -> PTE 0xa0 = 0x7f: not valid
//   0x1000 = 00100|00000|00000: PDE 0x44 = 0x90 -> PTE 16×32 = 0x200, not in the dump: 0, not valid
//   0x007f = 00000|00011|11111: -> 10×32+31 = 0x15f = 0x5f
#include "../walkerdecodes.h"

#include "ostepproblem.h"
#include "pagingformat.h"
#include "physicalmemory.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace {

using mmu::OstepFault;
using mmu::OstepProblem;

std::string dataFile(const std::string &name)
{
    return std::string(MMULAB_TEST_DATA) + "/ostep/" + name;
}

void expectWorkedAnswers(const OstepProblem &p)
{
    EXPECT_EQ(p.pdbr(), 2u);
    EXPECT_EQ(p.rootAddress(), 0x40u);
    EXPECT_EQ(p.addresses(), (std::vector<uint64_t>{0x0067, 0x0455, 0x001f, 0x1000, 0x007f}));

    const mmu::OstepAnswer valid = p.translate(0x0067);
    EXPECT_EQ(valid.fault, OstepFault::None);
    EXPECT_EQ(valid.pde.index, 0u);
    EXPECT_EQ(valid.pde.address, 0x40u);
    EXPECT_EQ(valid.pde.value, 0x85);
    EXPECT_TRUE(valid.pde.valid);
    EXPECT_EQ(valid.pde.pfn, 5u);
    ASSERT_TRUE(valid.pte);
    EXPECT_EQ(valid.pte->index, 3u);
    EXPECT_EQ(valid.pte->address, 0xa3u);
    EXPECT_EQ(valid.pte->value, 0x8a);
    EXPECT_EQ(valid.pte->pfn, 10u);
    EXPECT_EQ(valid.physical, 0x147u);
    EXPECT_EQ(valid.value, 0x47);
    EXPECT_TRUE(valid.pagesNotInDump.empty());

    const mmu::OstepAnswer pdeFault = p.translate(0x0455);
    EXPECT_EQ(pdeFault.fault, OstepFault::PdeNotValid);
    EXPECT_EQ(pdeFault.pde.index, 1u);
    EXPECT_EQ(pdeFault.pde.value, 0x7f);
    EXPECT_FALSE(pdeFault.pde.valid);
    EXPECT_EQ(pdeFault.pde.pfn, 127u);
    EXPECT_FALSE(pdeFault.pte);

    const mmu::OstepAnswer pteFault = p.translate(0x001f);
    EXPECT_EQ(pteFault.fault, OstepFault::PteNotValid);
    ASSERT_TRUE(pteFault.pte);
    EXPECT_EQ(pteFault.pte->index, 0u);
    EXPECT_EQ(pteFault.pte->address, 0xa0u);
    EXPECT_EQ(pteFault.pte->value, 0x7f);

    const mmu::OstepAnswer missing = p.translate(0x1000);
    EXPECT_EQ(missing.fault, OstepFault::PteNotValid);
    EXPECT_EQ(missing.pde.pfn, 16u);
    ASSERT_TRUE(missing.pte);
    EXPECT_EQ(missing.pte->address, 0x200u);
    EXPECT_EQ(missing.pte->value, 0);
    EXPECT_EQ(missing.pagesNotInDump, (std::vector<int>{16}));

    const mmu::OstepAnswer last = p.translate(0x007f);
    EXPECT_EQ(last.physical, 0x15fu);
    EXPECT_EQ(last.value, 0x5f);
}

TEST(OstepImport, DumpWithSpaces)
{
    auto p = OstepProblem::load(dataFile("spaced.txt"));
    ASSERT_TRUE(p) << p.error().message();
    expectWorkedAnswers(*p);
}

TEST(OstepImport, DumpWithoutSpaces)
{
    auto p = OstepProblem::load(dataFile("packed.txt"));
    ASSERT_TRUE(p) << p.error().message();
    expectWorkedAnswers(*p);
}

TEST(OstepImport, SolutionLinesOfTheScriptAreSkipped)
{
    // The -c output: "Virtual Address 611c:" followed by "-->" lines.
    const std::string text = "page 0:" + std::string(64, '0') + "\nPDBR: 0\nVirtual Address 611c:\n"
                             "  --> pde index:0x18 [decimal 24] pde contents:0x0\n"
                             "      --> Fault (page directory entry not valid)\n";
    auto p = OstepProblem::parse(text, "solved.txt");
    ASSERT_TRUE(p) << p.error().message();
    EXPECT_EQ(p->addresses(), (std::vector<uint64_t>{0x611c}));
    EXPECT_EQ(p->translate(0x611c).fault, OstepFault::PdeNotValid);
    EXPECT_TRUE(p->pageInDump(0));
    EXPECT_FALSE(p->pageInDump(1));
}

TEST(OstepImport, MemoryForTheWalker)
{
    auto p = OstepProblem::load(dataFile("packed.txt"));
    ASSERT_TRUE(p);
    mmu::PhysicalMemory memory(mmu::ostepFormat().pageShift);
    p->loadInto(memory);
    EXPECT_EQ(memory.read(0x40, 1), 0x85u);
    EXPECT_EQ(memory.read(0xa3, 1), 0x8au);
    EXPECT_EQ(memory.read(0x147, 1), 0x47u);

    MMULAB_REQUIRE_DECODING_WALKER();
    mmu::Mmu walker(mmu::ostepFormat(), memory, 1);
    walker.setRoot(p->rootAddress());
    mmu::Translation t = walker.translate(0x0067, mmu::AccessType::Read, mmu::Privilege::User);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t.physical, 0x147u);
    t = walker.translate(0x0455, mmu::AccessType::Read, mmu::Privilege::User);
    EXPECT_EQ(t.fault, mmu::FaultKind::NotPresent);
    EXPECT_EQ(t.faultLevel, 0);
    t = walker.translate(0x001f, mmu::AccessType::Read, mmu::Privilege::User);
    EXPECT_EQ(t.faultLevel, 1);
}

// --- Parse errors: file:line:column ------------------------------------------------------------------

struct BadDump {
    const char *name;
    std::string text;
    const char *message;
};

void PrintTo(const BadDump &d, std::ostream *os)
{
    *os << d.name;
}

class OstepParseError : public testing::TestWithParam<BadDump> {};

TEST_P(OstepParseError, NamesLineAndColumn)
{
    auto p = OstepProblem::parse(GetParam().text, "dump.txt");
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().message(), GetParam().message);
}

std::string bytes(int count, const char *each = "00")
{
    std::string s;
    for (int i = 0; i < count; ++i)
        s += std::string(" ") + each;
    return s;
}

INSTANTIATE_TEST_SUITE_P(
    Issue10, OstepParseError,
    testing::Values(
        // "page   1: 00 7g": the 'g' is at column 10 + 3 + 2 = 15.
        BadDump{"NotAHexDigit", "page   1: 00 7g" + bytes(30) + "\nPDBR: 1\n", "dump.txt:1:15: 'g' is not a hex digit"},
        BadDump{"ShortPage", "PDBR: 1\npage 1:" + bytes(31) + "\n",
                "dump.txt:2:101: page 1 has 31 bytes; a page has 32"},
        BadDump{"LongPage", "page 1:" + bytes(33) + "\nPDBR: 1\n", "dump.txt:1:105: page 1 has more than 32 bytes"},
        BadDump{"SingleDigitByte", "page 1: 0" + bytes(31) + "\nPDBR: 1\n", "dump.txt:1:9: a byte needs two hex digits"},
        BadDump{"PageOutOfRange", "page 128:" + bytes(32) + "\nPDBR: 1\n",
                "dump.txt:1:6: page 128 does not exist: physical memory has pages 0 to 127"},
        BadDump{"PageTwice", "page 1:" + bytes(32) + "\n\npage 1:" + bytes(32) + "\nPDBR: 1\n",
                "dump.txt:3:6: page 1 appears twice (first on line 1)"},
        BadDump{"NoColon", "page 1" + bytes(32) + "\n",
                "dump.txt:1:8: expected ':' after the page number, found '0'"},
        BadDump{"PdbrNotANumber", "page 1:" + bytes(32) + "\nPDBR: x\n",
                "dump.txt:2:7: expected the page of the page directory (a decimal number), found 'x'"},
        BadDump{"PdbrOutOfRange", "page 1:" + bytes(32) + "\nPDBR: 200\n",
                "dump.txt:2:7: PDBR 200 is not a page: physical memory has pages 0 to 127"},
        BadDump{"AddressTooWide", "page 1:" + bytes(32) + "\nPDBR: 1\nVirtual Address 8000: ?\n",
                "dump.txt:3:17: 0x8000 does not fit in the 15-bit virtual address space (0x0 to 0x7fff)"},
        BadDump{"AddressNotHex", "page 1:" + bytes(32) + "\nPDBR: 1\nVirtual Address zz:\n",
                "dump.txt:3:17: expected a virtual address in hex, found 'z'"},
        BadDump{"UnknownLine", "page 1:" + bytes(32) + "\n  hello\n",
                "dump.txt:2:3: expected 'page N:', 'PDBR: N' or 'Virtual Address X:'"},
        BadDump{"NoPdbr", "page 1:" + bytes(32) + "\n", "dump.txt: no 'PDBR: N' line: which page holds the page directory?"},
        BadDump{"NoDump", "PDBR: 1\n", "dump.txt: no memory dump: expected lines 'page N: …' with 32 bytes each"}),
    [](const testing::TestParamInfo<BadDump> &c) { return std::string(c.param.name); });

TEST(OstepImport, MissingFileIsNamed)
{
    auto p = OstepProblem::load("/nonexistent/ostep.txt");
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().message(), "/nonexistent/ostep.txt: no such file");
}

} // namespace
