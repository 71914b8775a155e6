// SPDX-License-Identifier: GPL-3.0-or-later
#include "machineconfig.h"

#include <cmath>

namespace mmu {

uint64_t MachineConfig::cyclesFromNs(uint64_t ns) const
{
    return static_cast<uint64_t>(std::llround(static_cast<double>(ns) * clockGhz));
}

std::optional<uint64_t> parsePageSizeName(const std::string &name)
{
    if (name.size() < 2)
        return std::nullopt;
    uint64_t value = 0;
    for (size_t i = 0; i + 1 < name.size(); ++i) {
        const char c = name[i];
        if (c < '0' || c > '9' || value > 1'000'000)
            return std::nullopt;
        value = value * 10 + static_cast<uint64_t>(c - '0');
    }
    int shift = 0;
    switch (name.back()) {
    case 'B': shift = 0; break;
    case 'K': shift = 10; break;
    case 'M': shift = 20; break;
    case 'G': shift = 30; break;
    case 'T': shift = 40; break;
    default: return std::nullopt;
    }
    const uint64_t bytes = value << shift;
    if (value == 0 || (bytes & (bytes - 1)) != 0)
        return std::nullopt; // page sizes are powers of two
    return bytes;
}

std::string pageSizeName(uint64_t bytes)
{
    static const char units[] = {'B', 'K', 'M', 'G', 'T'};
    int u = 0;
    while (u < 4 && bytes >= 1024 && bytes % 1024 == 0) {
        bytes /= 1024;
        ++u;
    }
    return std::to_string(bytes) + units[u];
}

std::optional<ReplacementKind> parseReplacementKind(const std::string &name)
{
    if (name == "lru")
        return ReplacementKind::Lru;
    if (name == "plru" || name == "tree-plru")
        return ReplacementKind::TreePlru;
    if (name == "fifo")
        return ReplacementKind::Fifo;
    if (name == "random")
        return ReplacementKind::Random;
    return std::nullopt;
}

std::string replacementKindName(ReplacementKind kind)
{
    switch (kind) {
    case ReplacementKind::Lru: return "lru";
    case ReplacementKind::TreePlru: return "tree-plru";
    case ReplacementKind::Fifo: return "fifo";
    case ReplacementKind::Random: return "random";
    }
    return "lru";
}

std::optional<StorageDevice> parseStorageDevice(const std::string &name)
{
    if (name == "nvme")
        return StorageDevice::Nvme;
    if (name == "sata-ssd")
        return StorageDevice::SataSsd;
    if (name == "hdd")
        return StorageDevice::Hdd;
    return std::nullopt;
}

std::string storageDeviceName(StorageDevice device)
{
    switch (device) {
    case StorageDevice::Nvme: return "nvme";
    case StorageDevice::SataSsd: return "sata-ssd";
    case StorageDevice::Hdd: return "hdd";
    }
    return "nvme";
}

} // namespace mmu
