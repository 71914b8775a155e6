// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string_view>

namespace mmu {

/** A machine preset compiled into the program from resources/machines/NAME.json. */
struct PresetData {
    std::string_view name;
    std::string_view json;
};

/** Generated at build time from resources/machines (see model/CMakeLists.txt). */
std::span<const PresetData> bundledPresets();

} // namespace mmu
