// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memoryimage.h"
#include "physicalmemory.h"
#include "result.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mmu {

/** What is wrong with an OSTEP dump, and where (1-based line and column; 0 when not one place). */
struct OstepError {
    std::string file;
    int line = 0;
    int column = 0;
    std::string what;
    /** "file:line:column: what", as compilers write it. */
    std::string message() const;
};

/** One entry the translation read: where, its byte, and what it says. */
struct OstepEntry {
    uint64_t index = 0;   ///< index into its table (VA bits 14..10 for the PDE, 9..5 for the PTE)
    uint64_t address = 0; ///< physical address of the byte
    uint8_t value = 0;
    bool valid = false;   ///< bit 7
    uint64_t pfn = 0;     ///< bits 6..0: the page of the page table (PDE) or of the data (PTE)
};

/** Which entry stopped a translation. */
enum class OstepFault : uint8_t { None, PdeNotValid, PteNotValid };

/** The answer to one "Virtual Address …: Translates To What Physical Address" question. */
struct OstepAnswer {
    uint64_t va = 0;
    OstepEntry pde;
    std::optional<OstepEntry> pte; ///< absent when the PDE was not valid
    OstepFault fault = OstepFault::None;
    uint64_t physical = 0; ///< when fault == None
    uint8_t value = 0;     ///< the byte at `physical`
    std::vector<int> pagesNotInDump; ///< pages read that the dump did not list (they read as 0)
};

/**
 * A problem printed by OSTEP's paging-multilevel-translate.py (chapter 20 homework): the
 * memory dump ("page  N:" and 32 bytes in hex, with or without spaces between them), the
 * PDBR line and the virtual addresses to translate. Lines with "ARG" and the solution lines
 * of its -c option ("-->") are skipped. The format is ostepFormat(): 32-byte pages, a 15-bit
 * VA of 5 + 5 index bits, one-byte entries with the valid bit 7 and the PFN in bits 6..0,
 * and 128 physical pages. Pages the dump leaves out read as zero, and an answer says so.
 */
class OstepProblem {
public:
    static constexpr int PageBytes = 32;
    static constexpr int Pages = 128;

    /** Parses the printed text; `origin` names it in errors. */
    static Result<OstepProblem, OstepError> parse(std::string_view text, const std::string &origin);
    /** Reads and parses a file. */
    static Result<OstepProblem, OstepError> load(const std::string &path);

    uint64_t pdbr() const { return m_pdbr; }
    /** Physical address of the page directory: PDBR × 32. */
    uint64_t rootAddress() const { return m_pdbr * PageBytes; }
    const std::vector<uint64_t> &addresses() const { return m_addresses; }
    uint8_t byteAt(uint64_t physical) const { return m_memory[physical % m_memory.size()]; }
    bool pageInDump(int page) const { return m_given[static_cast<size_t>(page)]; }

    /** Translates as the exercise asks: PDE, then PTE, then the byte. */
    OstepAnswer translate(uint64_t va) const;
    /** Writes the whole 4 KiB image into `memory` (frames of 32 bytes), for an Mmu to walk. */
    void loadInto(PhysicalMemory &memory) const;
    /** The whole 4 KiB and the page directory's address, for a TranslationSession without an OS. */
    MemoryImage image() const;

private:
    std::array<uint8_t, PageBytes * Pages> m_memory{};
    std::array<bool, Pages> m_given{};
    uint64_t m_pdbr = 0;
    std::vector<uint64_t> m_addresses;
};

std::string_view toId(OstepFault fault);

} // namespace mmu
