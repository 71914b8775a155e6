// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: machine files either load and round-trip, or give an error with a message;
// a loaded machine builds a system that translates without crashing.
#include "machinefile.h"
#include "system.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto machine = mmu::parseMachine(text, "fuzz.json");
    if (!machine) {
        if (machine.error().message().empty())
            std::abort();
        return 0;
    }
    const nlohmann::json once = mmu::machineToJson(*machine);
    auto again = mmu::parseMachine(once.dump(), "again.json");
    if (!again || mmu::machineToJson(*again) != once)
        std::abort(); // the file format must round-trip
    mmu::System system(*machine);
    if (!system.addDefaultLayout())
        return 0;
    uint64_t va = 0x7fffa1b2c3d4;
    for (int i = 0; i < 64; ++i) {
        system.access(va, i % 3 ? mmu::AccessType::Read : mmu::AccessType::Write, mmu::Privilege::User);
        va = va * 6364136223846793005ULL + 1442695040888963407ULL;
    }
    return 0;
}
