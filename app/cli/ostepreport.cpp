// SPDX-License-Identifier: GPL-3.0-or-later
#include "ostepreport.h"

#include "address.h"
#include "pagingformat.h"

#include <ostream>
#include <string>

namespace cli {

namespace {

// Widths as the exercise prints them: 4 hex digits for virtual, 3 for physical addresses,
// 2 for bytes and PFNs.

/** "PDE  PD[24] at 0xd98 = 0xa1: valid 1, PFN 0x21 (33)". */
std::string entryLine(const char *kind, const char *table, const mmu::OstepEntry &e)
{
    return std::string(kind) + "  " + table + "[" + std::to_string(e.index) + "] at " + mmu::hexGrouped(e.address, 3)
        + " = " + mmu::hexGrouped(e.value, 2) + ": valid " + (e.valid ? "1" : "0") + ", PFN "
        + mmu::hexGrouped(e.pfn, 2) + " (" + std::to_string(e.pfn) + ")";
}

nlohmann::json entryToJson(const mmu::OstepEntry &e)
{
    return {{"index", e.index}, {"address", mmu::hex(e.address)}, {"value", mmu::hex(e.value)},
            {"valid", e.valid}, {"pfn", e.pfn}};
}

} // namespace

void printOstepAnswers(std::ostream &out, const mmu::OstepProblem &problem)
{
    const mmu::PagingFormat &f = mmu::ostepFormat();
    out << "PDBR " << problem.pdbr() << ": page directory at " << mmu::hexGrouped(problem.rootAddress(), 3) << "\n";
    for (uint64_t va : problem.addresses()) {
        const mmu::OstepAnswer a = problem.translate(va);
        out << "\nVirtual address " << mmu::hexGrouped(va, 4) << "  (PD index " << f.index(va, 0) << ", PT index " << f.index(va, 1)
            << ", offset " << (va & (f.pageSize() - 1)) << ")\n";
        out << "  " << entryLine("PDE", "PD", a.pde) << '\n';
        if (a.pte)
            out << "  " << entryLine("PTE", "PT", *a.pte) << '\n';
        for (int page : a.pagesNotInDump)
            out << "  note: page " << page << " is not in the dump; its bytes read as 00\n";
        switch (a.fault) {
        case mmu::OstepFault::None:
            out << "  --> physical address " << mmu::hexGrouped(a.physical, 3) << ", value " << mmu::hexGrouped(a.value, 2)
                << '\n';
            break;
        case mmu::OstepFault::PdeNotValid:
            out << "  --> fault: the page directory entry is not valid\n";
            break;
        case mmu::OstepFault::PteNotValid:
            out << "  --> fault: the page table entry is not valid\n";
            break;
        }
    }
}

nlohmann::json ostepAnswersToJson(const mmu::OstepProblem &problem)
{
    using nlohmann::json;
    const mmu::PagingFormat &f = mmu::ostepFormat();
    json translations = json::array();
    for (uint64_t va : problem.addresses()) {
        const mmu::OstepAnswer a = problem.translate(va);
        json fields = json::array();
        for (int level = 0; level < f.levelCount(); ++level) {
            const mmu::PagingLevel &l = f.levels[static_cast<size_t>(level)];
            fields.push_back({{"name", l.name}, {"hi", l.indexHi}, {"lo", l.indexLo}, {"value", f.index(va, level)}});
        }
        fields.push_back({{"name", "offset"}, {"hi", f.pageShift - 1}, {"lo", 0}, {"value", va & (f.pageSize() - 1)}});
        const bool ok = a.fault == mmu::OstepFault::None;
        translations.push_back({
            {"address", mmu::hex(va)},
            {"fields", fields},
            {"pde", entryToJson(a.pde)},
            {"pte", a.pte ? entryToJson(*a.pte) : json(nullptr)},
            {"physical", ok ? json(mmu::hex(a.physical)) : json(nullptr)},
            {"value", ok ? json(mmu::hex(a.value)) : json(nullptr)},
            {"fault", ok ? json(nullptr) : json(mmu::toId(a.fault))},
            {"pages_not_in_dump", a.pagesNotInDump},
        });
    }
    return {{"format", f.id}, {"pdbr", problem.pdbr()}, {"root", mmu::hex(problem.rootAddress())},
            {"translations", translations}};
}

} // namespace cli
