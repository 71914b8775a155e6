// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pageentry.h"
#include "pagingformat.h"
#include "step.h"

#include <string>
#include <string_view>
#include <vector>

namespace mmu {

// Stable machine-readable identifiers for records (JSON keys and values, file formats).
// These are not prose: views translate records into sentences themselves.
std::string_view toId(Stage s);
std::string_view toId(Outcome o);
std::string_view toId(FaultKind f);
std::string_view toId(MissKind m);
std::string_view toId(HandlerAction a);
std::string_view toId(OsFault f);
std::string_view toId(AccessType a);
std::string_view toId(Privilege p);
/** "write", "user", "execute" for each bit set. */
std::vector<std::string_view> violationIds(uint8_t violation);
/** Short names of the flags set in a decoded entry, in bit order: P RW US PWT PCD A D PS G NX. */
std::vector<std::string_view> flagNames(const DecodedEntry &e);
/**
 * What `format`'s architecture calls the exception of a non-canonical address where that is not
 * x86's #GP, for prose and text output (the record's id stays "general-protection"): RISC-V
 * raises a page fault (the upper bits must copy the top VA bit), AArch64 a level-0 translation
 * fault (the upper bits are not all 0: outside the half TTBR0 translates, the only one set up). Empty for x86 and OSTEP: the id is the name.
 */
std::string_view nonCanonicalFaultName(const PagingFormat &format);
/** Names of the bits set in an entry of `format` at `level`, as its architecture names them (entryFlags). */
std::vector<std::string_view> flagNames(const PagingFormat &format, int level, uint64_t value);

} // namespace mmu
