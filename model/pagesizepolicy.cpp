// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagesizepolicy.h"

#include <array>
#include <cctype>

namespace mmu {

namespace {
constexpr uint64_t MiB2 = uint64_t{2} << 20;
constexpr uint64_t GiB = uint64_t{1} << 30;
constexpr std::array<std::string_view, 4> Names{"4K", "THP", "2M", "1G"};
} // namespace

std::string_view pageSizePolicyName(PageSizePolicy policy)
{
    return Names[static_cast<size_t>(policy)];
}

std::optional<PageSizePolicy> pageSizePolicyFromName(std::string_view name)
{
    for (size_t i = 0; i < Names.size(); ++i) {
        if (Names[i].size() != name.size())
            continue;
        bool same = true;
        for (size_t c = 0; c < name.size(); ++c)
            same &= std::toupper(static_cast<unsigned char>(name[c])) == Names[i][c];
        if (same)
            return static_cast<PageSizePolicy>(i);
    }
    return std::nullopt;
}

uint64_t policyPageSize(PageSizePolicy policy, const PagingFormat &format)
{
    switch (policy) {
    case PageSizePolicy::Base:
    case PageSizePolicy::Thp: return format.pageSize();
    case PageSizePolicy::Huge2M: return MiB2;
    case PageSizePolicy::Huge1G: return GiB;
    }
    return format.pageSize();
}

uint64_t policyGranule(PageSizePolicy policy, const PagingFormat &format)
{
    // The kernel's THP size: a last-level table's worth of base pages (2 MiB on x86-64, 4 MiB
    // on x86-32, 32 MiB with 16 KiB granules). Where that level holds no leaves (OSTEP) the
    // size is still a table's worth, which policySupported() then refuses.
    if (policy != PageSizePolicy::Thp)
        return policyPageSize(policy, format);
    const uint64_t huge = format.hugePageSize();
    return huge ? huge : format.pageSize() << 9;
}

bool policySupported(PageSizePolicy policy, const PagingFormat &format)
{
    return format.leafLevelFor(policyGranule(policy, format)) >= 0;
}

void applyPolicy(PageSizePolicy policy, const PagingFormat &format, Mapping &mapping)
{
    mapping.pageSize = policyPageSize(policy, format);
    mapping.thp = policy == PageSizePolicy::Thp;
}

} // namespace mmu
