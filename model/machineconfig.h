// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mmu {

/** Replacement inside one set of a TLB or cache. */
enum class ReplacementKind : uint8_t { Lru, TreePlru, Fifo, Random };

/** One TLB array: a level of the hierarchy, the page sizes it holds, its geometry and cost. */
struct TlbConfig {
    std::string name;                ///< e.g. "L1 dTLB 4K"
    int level = 1;                   ///< 1 is looked up first; all arrays of a level are probed in parallel
    std::vector<uint64_t> pageSizes; ///< bytes, e.g. {4096, 2097152}
    uint32_t entries = 64;
    uint32_t ways = 4;               ///< ways == entries: fully associative
    ReplacementKind policy = ReplacementKind::Lru;
    uint32_t latency = 1;            ///< cycles for a lookup at this level
    uint32_t sets() const { return ways ? entries / ways : 0; }
};

/** A paging-structure cache for the entries of one upper table level (Intel SDM §4.10.3). */
struct WalkCacheConfig {
    std::string level; ///< name of the table level whose entries it caches, e.g. "PD"
    uint32_t entries = 32;
    uint32_t latency = 1;
};

/** One data-cache level that page-walk reads go through. */
struct CacheConfig {
    std::string name; ///< "L1D", "L2", "L3"
    uint64_t size = 32 * 1024;
    uint32_t ways = 8;
    uint32_t line = 64;
    uint32_t latency = 4;
    uint64_t sets() const { return (ways && line) ? size / (uint64_t{ways} * line) : 0; }
};

/** Storage that backs swap and file pages; its latency is the cost of a major fault. */
enum class StorageDevice : uint8_t { Nvme, SataSsd, Hdd };

/** Physical memory as the OS sees it. */
struct MemoryConfig {
    std::optional<uint64_t> frames; ///< 4 KiB frames; absent = unlimited
    std::string policy = "lru";     ///< replacement policy name
    StorageDevice swap = StorageDevice::Nvme;
};

/** What faults cost, in nanoseconds (FACTS.md: minor ≈1 µs; NVMe ≈100 µs, SATA SSD ≈150 µs, HDD ≈10 ms). */
struct FaultCosts {
    uint64_t minorNs = 1000;
    uint64_t nvmeNs = 100000;
    uint64_t sataSsdNs = 150000;
    uint64_t hddNs = 10000000;
};

/**
 * A machine description (DESIGN §2.6): paging format, clock, TLB hierarchy, walk caches,
 * the data caches that page-walk reads go through, DRAM latency, memory and fault costs.
 */
struct MachineConfig {
    std::string name;
    std::string paging = "x86-64";
    double clockGhz = 1.0;
    std::vector<TlbConfig> tlbs;
    std::vector<WalkCacheConfig> walkCaches;
    std::vector<CacheConfig> caches;
    uint32_t dramLatency = 200; ///< cycles
    MemoryConfig memory;
    FaultCosts faultCosts;

    /** Nanoseconds converted to cycles at this machine's clock, rounded to nearest. */
    uint64_t cyclesFromNs(uint64_t ns) const;
};

/** "4K", "2M", "1G", "512G" ↔ bytes (the spelling machine files use). */
std::optional<uint64_t> parsePageSizeName(const std::string &name);
std::string pageSizeName(uint64_t bytes);
std::optional<ReplacementKind> parseReplacementKind(const std::string &name);
std::string replacementKindName(ReplacementKind kind);
std::optional<StorageDevice> parseStorageDevice(const std::string &name);
std::string storageDeviceName(StorageDevice device);

} // namespace mmu
