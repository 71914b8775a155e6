// SPDX-License-Identifier: GPL-3.0-or-later
#include "traceerror.h"

namespace mmu {

std::string TraceError::message() const
{
    std::string m = file.empty() ? std::string("trace") : file;
    if (line > 0) {
        m += ':' + std::to_string(line);
        if (column > 0)
            m += ':' + std::to_string(column);
    }
    m += ": ";
    m += what;
    return m;
}

} // namespace mmu
