// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapping.h"
#include "pagingformat.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace mmu {

/**
 * Which pages a replay's anonymous memory gets (DESIGN §2.4): base pages, transparent
 * hugepages (a 2 MiB page on the first touch of each aligned 2 MiB), or hugetlbfs pages of
 * 2 MiB or 1 GiB.
 */
enum class PageSizePolicy : uint8_t { Base, Thp, Huge2M, Huge1G };

/** "4K", "THP", "2M", "1G": what --page-size takes. */
std::string_view pageSizePolicyName(PageSizePolicy policy);
/** The policy named "4K", "THP", "2M" or "1G", in any letter case; nullopt for anything else. */
std::optional<PageSizePolicy> pageSizePolicyFromName(std::string_view name);

/** The page size the policy maps with on `format` (THP: the base page; huge pages come on touch). */
uint64_t policyPageSize(PageSizePolicy policy, const PagingFormat &format);
/** Bytes a region's start and length are rounded to: the huge page for THP and hugetlb. */
uint64_t policyGranule(PageSizePolicy policy, const PagingFormat &format);
/** True when the format has leaves of the sizes the policy needs. */
bool policySupported(PageSizePolicy policy, const PagingFormat &format);
/** Sets `mapping`'s page size and THP flag for the policy. */
void applyPolicy(PageSizePolicy policy, const PagingFormat &format, Mapping &mapping);

} // namespace mmu
