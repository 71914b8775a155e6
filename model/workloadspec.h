// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mmu {

/** The access patterns of DESIGN §2.5. */
enum class WorkloadKind : uint8_t {
    Sequential,   ///< seq: one element after the other, pass after pass
    Strided,      ///< stride: every `stride` bytes, pass after pass
    Random,       ///< random: uniform over the region
    HotCold,      ///< hotcold: a fraction of accesses in a small hot set, the rest in the cold rest
    Matrix,       ///< matrix: a rows × cols array walked row- or column-major
    PointerChase, ///< chase: a linked list in a seeded random cyclic order
    ScanHot,      ///< scanhot: random accesses to a hot set mixed with a one-pass scan of a big region
};

/**
 * A workload as the compact `--workload` syntax describes it, e.g.
 * `random:size=1G,count=10M,seed=7`. Sizes are bytes (K/M/G/T are powers of 1024); counts are
 * plain numbers (K/M/G are powers of 1000). Fields a kind does not use keep their defaults.
 */
struct WorkloadSpec {
    /** Where the first region starts: 16 TiB, 1 GiB-aligned and clear of the usual process layout. */
    static constexpr uint64_t DefaultBase = 0x100000000000;

    WorkloadKind kind = WorkloadKind::Sequential;
    uint64_t base = DefaultBase;
    bool baseGiven = false;     ///< base= was written; otherwise placeForFormat() may move the regions
    uint64_t size = 0;          ///< bytes of the region (all kinds but matrix and scanhot)
    uint64_t count = 0;         ///< accesses; 0 = the kind's default (see defaultCount())
    uint64_t seed = 1;
    uint32_t elem = 8;          ///< bytes per access; the step of seq and the element of matrix
    uint64_t stride = 0;        ///< stride: bytes between accesses; scanhot: step of the scan (default 64)
    uint64_t hot = 0;           ///< hotcold, scanhot: bytes of the hot set
    double hotFraction = 0.9;   ///< hotcold: 0.9 by default; scanhot: 0.5 by default
    uint64_t rows = 0;          ///< matrix
    uint64_t cols = 0;          ///< matrix
    bool columnMajor = false;   ///< matrix: order=col
    uint64_t scan = 0;          ///< scanhot: bytes of the scanned region
    uint64_t node = 64;         ///< chase: bytes per list node
    double writeFraction = 0;   ///< write=F: this fraction of accesses are writes (chosen by the seed)

    /** Accesses when `count` is not given: one pass for seq, stride and matrix, else 1,000,000. */
    uint64_t defaultCount() const;
    uint64_t accesses() const { return count ? count : defaultCount(); }
};

/**
 * The spec with its regions placed where `vaBits` of virtual address can hold them: the default
 * base 0x1000_0000_0000 needs 45 bits, so narrower formats (x86-32, Sv39, OSTEP) get a quarter
 * of their address space instead, at a 1 GiB boundary where there is room for one. A base given
 * in the spec is kept.
 */
WorkloadSpec placeForFormat(WorkloadSpec spec, int vaBits);

/** What is wrong with a workload spec, and where: the 1-based column and the key. */
struct WorkloadSpecError {
    std::string spec;
    std::size_t column = 0; ///< 1-based character column in `spec`
    std::string key;        ///< empty when the problem is not with one key
    std::string what;
    /** "workload 'SPEC': column C: key 'K': what". */
    std::string message() const;
};

/** Parses a `--workload` spec, checking every key and value against the kind. */
Result<WorkloadSpec, WorkloadSpecError> parseWorkloadSpec(std::string_view text);

/** The spec written back with every key the kind uses; parseWorkloadSpec() gives it back. */
std::string workloadSpecText(const WorkloadSpec &spec);

/** A count as the spec writes it: 1000, 10K, 10M, 1G (powers of 1000); nullopt when it is not one. */
std::optional<uint64_t> parseCountText(std::string_view text);
/** A size in bytes as the spec writes it: 4096, 4K, 4KiB, 16M, 1G, 0x1000 (powers of 1024). */
std::optional<uint64_t> parseSizeText(std::string_view text);

/** "seq", "stride", "random", "hotcold", "matrix", "chase", "scanhot". */
std::string_view workloadKindName(WorkloadKind kind);
std::optional<WorkloadKind> workloadKindFromName(std::string_view name);
/** Every key the kind takes, separated by spaces, as the help text lists them: "size count elem write seed base". */
std::string_view workloadKindKeys(WorkloadKind kind);

/** The syntax in a few lines, for --help texts. */
std::string_view workloadSyntaxHelp();

} // namespace mmu
