// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesssource.h"

namespace mmu {

const std::vector<AccessRegion> &AccessSource::regions() const
{
    static const std::vector<AccessRegion> none;
    return none;
}

} // namespace mmu
