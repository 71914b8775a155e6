// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadspec.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <span>
#include <vector>

namespace mmu {

namespace {

constexpr uint64_t GiB = uint64_t{1} << 30;
/** Workload regions end below the default layout's 2 MiB-page area at 0x7f00_0000_0000. */
constexpr uint64_t RegionLimit = 0x7f0000000000;
/** A pointer chase keeps one 4-byte link per node: at most 256 MiB of links. */
constexpr uint64_t MaxChaseNodes = uint64_t{1} << 26;

struct KindInfo {
    WorkloadKind kind;
    std::string_view name;
    std::array<std::string_view, 3> required;
    std::string_view keys; ///< every key the kind takes, as the help text lists them
};

constexpr std::array<KindInfo, 7> Kinds{{
    {WorkloadKind::Sequential, "seq", {"size"}, "size count elem write seed base"},
    {WorkloadKind::Strided, "stride", {"size", "stride"}, "size stride count elem write seed base"},
    {WorkloadKind::Random, "random", {"size"}, "size count elem write seed base"},
    {WorkloadKind::HotCold, "hotcold", {"size", "hot"}, "size hot hotfrac count elem write seed base"},
    {WorkloadKind::Matrix, "matrix", {"rows", "cols"}, "rows cols elem order count write seed base"},
    {WorkloadKind::PointerChase, "chase", {"size"}, "size node count write seed base"},
    {WorkloadKind::ScanHot, "scanhot", {"hot", "scan"}, "hot scan hotfrac stride count elem write seed base"},
}};

const KindInfo &info(WorkloadKind kind)
{
    for (const KindInfo &k : Kinds)
        if (k.kind == kind)
            return k;
    return Kinds[0];
}

bool takesKey(const KindInfo &k, std::string_view key)
{
    std::string_view rest = k.keys;
    while (!rest.empty()) {
        const size_t space = rest.find(' ');
        if (rest.substr(0, space) == key)
            return true;
        if (space == std::string_view::npos)
            break;
        rest.remove_prefix(space + 1);
    }
    return false;
}

std::string keyList(const KindInfo &k)
{
    std::string s;
    for (char c : k.keys)
        s += c == ' ' ? std::string(", ") : std::string(1, c);
    return s;
}

/** A whole number with an optional unit: 1024-based for sizes, 1000-based for counts; hex with 0x. */
std::optional<uint64_t> parseQuantity(std::string_view text, bool binary)
{
    if (text.empty())
        return std::nullopt;
    uint64_t value = 0;
    int base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        text.remove_prefix(2);
        base = 16;
    }
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (ec != std::errc() || ptr == text.data())
        return std::nullopt;
    std::string_view unit(ptr, static_cast<size_t>(text.data() + text.size() - ptr));
    if (base == 16 && !unit.empty())
        return std::nullopt;
    // Sizes may say 4K, 4KB or 4KiB.
    if (binary && unit == "B")
        unit = {};
    else if (binary && unit.size() >= 2 && (unit.substr(1) == "B" || unit.substr(1) == "iB"))
        unit = unit.substr(0, 1);
    if (unit.empty())
        return value;
    if (unit.size() != 1)
        return std::nullopt;
    uint64_t multiplier = 1;
    const size_t position = std::string_view("KMGT").find(static_cast<char>(unit[0] & ~0x20));
    const int exponent = position == std::string_view::npos ? 0 : static_cast<int>(position) + 1;
    if (exponent == 0 || (!binary && exponent == 4))
        return std::nullopt;
    for (int i = 0; i < exponent; ++i)
        multiplier *= binary ? 1024 : 1000;
    if (value > ~uint64_t{0} / multiplier)
        return std::nullopt;
    return value * multiplier;
}

std::optional<double> parseFraction(std::string_view text)
{
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || !(value >= 0 && value <= 1))
        return std::nullopt;
    return value;
}

uint64_t roundUp(uint64_t value, uint64_t to)
{
    return (value + to - 1) / to * to;
}

/** Parses one key's value into `spec`; returns what is wrong, or nothing. */
std::optional<std::string> applyKey(WorkloadSpec &spec, std::string_view key, std::string_view value)
{
    auto size = [&](uint64_t &field) -> std::optional<std::string> {
        const auto v = parseQuantity(value, true);
        if (!v || *v == 0)
            return "expected a size in bytes such as 4096, 64K, 16M or 1G, not '" + std::string(value) + "'";
        field = *v;
        return std::nullopt;
    };
    auto count = [&](uint64_t &field) -> std::optional<std::string> {
        const auto v = parseQuantity(value, false);
        if (!v || *v == 0)
            return "expected a positive count such as 1000, 10K or 10M, not '" + std::string(value) + "'";
        field = *v;
        return std::nullopt;
    };
    auto fraction = [&](double &field) -> std::optional<std::string> {
        const auto v = parseFraction(value);
        if (!v)
            return "expected a fraction from 0 to 1 such as 0.3, not '" + std::string(value) + "'";
        field = *v;
        return std::nullopt;
    };
    if (key == "size")
        return size(spec.size);
    if (key == "count")
        return count(spec.count);
    if (key == "stride")
        return size(spec.stride);
    if (key == "hot")
        return size(spec.hot);
    if (key == "scan")
        return size(spec.scan);
    if (key == "node")
        return size(spec.node);
    if (key == "rows")
        return count(spec.rows);
    if (key == "cols")
        return count(spec.cols);
    if (key == "hotfrac")
        return fraction(spec.hotFraction);
    if (key == "write")
        return fraction(spec.writeFraction);
    if (key == "seed") {
        const auto v = parseQuantity(value, false);
        if (!v)
            return "expected a whole number, not '" + std::string(value) + "'";
        spec.seed = *v;
        return std::nullopt;
    }
    if (key == "elem") {
        uint64_t elem = 0;
        if (auto e = size(elem))
            return e;
        if (elem > 4096)
            return "an access is at most 4096 bytes, not " + std::to_string(elem);
        spec.elem = static_cast<uint32_t>(elem);
        return std::nullopt;
    }
    if (key == "order") {
        if (value == "row" || value == "col") {
            spec.columnMajor = value == "col";
            return std::nullopt;
        }
        return "expected row or col, not '" + std::string(value) + "'";
    }
    if (key == "base") {
        const auto v = parseQuantity(value, true);
        if (!v || (*v & 0xfff) != 0)
            return "expected an address aligned to 4 KiB such as 0x100000000000, not '" + std::string(value) + "'";
        spec.base = *v;
        spec.baseGiven = true;
        return std::nullopt;
    }
    return "unknown key"; // not reached: keys are checked against the kind first
}

/** Bytes of address space the workload's regions take from `base`, or nullopt on overflow. */
std::optional<uint64_t> extent(const WorkloadSpec &s)
{
    switch (s.kind) {
    case WorkloadKind::Matrix:
        if (s.cols > ~uint64_t{0} / s.elem || s.rows > ~uint64_t{0} / (s.cols * s.elem))
            return std::nullopt;
        return s.rows * s.cols * s.elem;
    case WorkloadKind::ScanHot:
        if (s.hot > RegionLimit || s.scan > RegionLimit)
            return std::nullopt;
        return roundUp(s.hot, GiB) + s.scan;
    default:
        return s.size;
    }
}

/** Checks that hold between keys; the error names the key that is out of line. */
std::optional<std::pair<std::string, std::string>> crossCheck(const WorkloadSpec &s)
{
    using Problem = std::pair<std::string, std::string>;
    switch (s.kind) {
    case WorkloadKind::Sequential:
    case WorkloadKind::Strided:
    case WorkloadKind::Random:
        if (s.size < s.elem)
            return Problem{"size", "the region is smaller than one access (elem=" + std::to_string(s.elem) + ")"};
        break;
    case WorkloadKind::HotCold:
        if (s.hot < s.elem)
            return Problem{"hot", "the hot set is smaller than one access (elem=" + std::to_string(s.elem) + ")"};
        if (s.hot >= s.size)
            return Problem{"hot", "the hot set must be smaller than the region (size)"};
        if (s.size - roundUp(s.hot, s.elem) < s.elem)
            return Problem{"hot", "the cold part (size - hot) is smaller than one access"};
        break;
    case WorkloadKind::PointerChase:
        if (s.node < 8)
            return Problem{"node", "a node holds a pointer: at least 8 bytes"};
        if (s.size / s.node < 2)
            return Problem{"size", "a chase needs at least two nodes (size / node)"};
        if (s.size / s.node > MaxChaseNodes)
            return Problem{"size", "at most " + std::to_string(MaxChaseNodes) + " nodes (size / node); use a larger node"};
        break;
    case WorkloadKind::ScanHot:
        if (s.hot < s.elem)
            return Problem{"hot", "the hot set is smaller than one access (elem=" + std::to_string(s.elem) + ")"};
        if (s.scan < s.elem)
            return Problem{"scan", "the scanned region is smaller than one access"};
        break;
    case WorkloadKind::Matrix:
        break;
    }
    const auto bytes = extent(s);
    const char *sizeKey = s.kind == WorkloadKind::Matrix ? "rows" : s.kind == WorkloadKind::ScanHot ? "scan" : "size";
    if (!bytes || *bytes > RegionLimit || s.base > RegionLimit - *bytes)
        return Problem{sizeKey, "the workload's memory would reach past 0x7f0000000000 (base + size)"};
    return std::nullopt;
}

} // namespace

uint64_t WorkloadSpec::defaultCount() const
{
    switch (kind) {
    // One pass: the offsets 0, step, 2·step, … at which a whole access still fits.
    case WorkloadKind::Sequential: return size >= elem ? (size - elem) / elem + 1 : 1;
    case WorkloadKind::Strided: return size >= elem && stride ? (size - elem) / stride + 1 : 1;
    case WorkloadKind::Matrix: return rows * cols;
    default: return 1000000;
    }
}

WorkloadSpec placeForFormat(WorkloadSpec spec, int vaBits)
{
    if (spec.baseGiven || vaBits >= 46 || vaBits < 3)
        return spec;
    uint64_t base = uint64_t{1} << (vaBits - 2);
    if (base >= GiB)
        base &= ~(GiB - 1);
    spec.base = base;
    return spec;
}

std::string WorkloadSpecError::message() const
{
    std::string m = "workload '" + spec + "'";
    if (column)
        m += ": column " + std::to_string(column);
    if (!key.empty())
        m += ": key '" + key + "'";
    return m + ": " + what;
}

std::optional<uint64_t> parseCountText(std::string_view text)
{
    return parseQuantity(text, false);
}

std::optional<uint64_t> parseSizeText(std::string_view text)
{
    return parseQuantity(text, true);
}

std::string_view workloadKindName(WorkloadKind kind)
{
    return info(kind).name;
}

std::string_view workloadKindKeys(WorkloadKind kind)
{
    return info(kind).keys;
}

std::optional<WorkloadKind> workloadKindFromName(std::string_view name)
{
    for (const KindInfo &k : Kinds)
        if (k.name == name)
            return k.kind;
    return std::nullopt;
}

Result<WorkloadSpec, WorkloadSpecError> parseWorkloadSpec(std::string_view text)
{
    const std::string specText(text);
    auto fail = [&](size_t offset, std::string key, std::string what) {
        return WorkloadSpecError{specText, offset + 1, std::move(key), std::move(what)};
    };
    const size_t colon = text.find(':');
    const std::string_view kindName = text.substr(0, colon);
    const auto kind = workloadKindFromName(kindName);
    if (!kind) {
        std::string known;
        for (const KindInfo &k : Kinds)
            known += (known.empty() ? "" : ", ") + std::string(k.name);
        return fail(0, {}, (kindName.empty() ? std::string("no workload kind") : "unknown workload '" + std::string(kindName) + "'")
                               + " (known: " + known + ")");
    }
    WorkloadSpec spec;
    spec.kind = *kind;
    if (*kind == WorkloadKind::ScanHot) {
        spec.hotFraction = 0.5;
        spec.stride = 64;
    }
    const KindInfo &k = info(*kind);
    std::vector<std::string_view> seen;
    size_t at = colon == std::string_view::npos ? text.size() : colon + 1;
    while (at < text.size()) {
        const size_t comma = std::min(text.find(',', at), text.size());
        const std::string_view item = text.substr(at, comma - at);
        const size_t eq = item.find('=');
        if (item.empty())
            return fail(at, {}, "empty item: expected key=value");
        if (eq == std::string_view::npos || eq == 0)
            return fail(at, {}, "expected key=value, not '" + std::string(item) + "'");
        const std::string_view key = item.substr(0, eq);
        const std::string_view value = item.substr(eq + 1);
        if (!takesKey(k, key))
            return fail(at, std::string(key),
                        "not a key of '" + std::string(k.name) + "' (its keys: " + keyList(k) + ")");
        for (std::string_view s : seen)
            if (s == key)
                return fail(at, std::string(key), "given twice");
        seen.push_back(key);
        if (auto problem = applyKey(spec, key, value))
            return fail(at + eq + 1, std::string(key), *problem);
        at = comma + 1;
        if (comma + 1 == text.size())
            return fail(comma, {}, "trailing comma");
    }
    for (std::string_view required : k.required) {
        if (required.empty())
            continue;
        bool given = false;
        for (std::string_view s : seen)
            given |= s == required;
        if (!given)
            return fail(text.size(), std::string(required),
                        "required by '" + std::string(k.name) + "' (e.g. " + std::string(k.name) + ":"
                            + std::string(required) + "=...)");
    }
    if (auto problem = crossCheck(spec)) {
        // Point at the key's value when it was given.
        size_t column = text.size();
        const std::string needle = problem->first + "=";
        for (size_t p = text.find(needle); p != std::string_view::npos; p = text.find(needle, p + 1))
            if (p > 0 && (text[p - 1] == ':' || text[p - 1] == ',')) {
                column = p + needle.size();
                break;
            }
        return fail(column, problem->first, problem->second);
    }
    return spec;
}

std::string workloadSpecText(const WorkloadSpec &s)
{
    auto bytes = [](uint64_t v) {
        static const char units[] = {'K', 'M', 'G', 'T'};
        int u = -1;
        while (u < 3 && v >= 1024 && v % 1024 == 0) {
            v /= 1024;
            ++u;
        }
        return std::to_string(v) + (u >= 0 ? std::string(1, units[u]) : std::string());
    };
    auto fraction = [](double f) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%g", f);
        return std::string(buffer);
    };
    std::string t(workloadKindName(s.kind));
    t += ':';
    switch (s.kind) {
    case WorkloadKind::Sequential:
    case WorkloadKind::Random:
        t += "size=" + bytes(s.size);
        break;
    case WorkloadKind::Strided:
        t += "size=" + bytes(s.size) + ",stride=" + bytes(s.stride);
        break;
    case WorkloadKind::HotCold:
        t += "size=" + bytes(s.size) + ",hot=" + bytes(s.hot) + ",hotfrac=" + fraction(s.hotFraction);
        break;
    case WorkloadKind::Matrix:
        t += "rows=" + std::to_string(s.rows) + ",cols=" + std::to_string(s.cols)
            + ",order=" + (s.columnMajor ? "col" : "row");
        break;
    case WorkloadKind::PointerChase:
        t += "size=" + bytes(s.size) + ",node=" + bytes(s.node);
        break;
    case WorkloadKind::ScanHot:
        t += "hot=" + bytes(s.hot) + ",scan=" + bytes(s.scan) + ",hotfrac=" + fraction(s.hotFraction)
            + ",stride=" + bytes(s.stride);
        break;
    }
    t += ",count=" + std::to_string(s.accesses());
    if (s.kind != WorkloadKind::PointerChase)
        t += ",elem=" + std::to_string(s.elem);
    if (s.writeFraction > 0)
        t += ",write=" + fraction(s.writeFraction);
    t += ",seed=" + std::to_string(s.seed);
    if (s.base != WorkloadSpec::DefaultBase) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(s.base));
        t += ",base=" + std::string(buffer);
    }
    return t;
}

std::string_view workloadSyntaxHelp()
{
    return R"(Workloads (--workload KIND:key=value,...):
  seq:size=64M[,count=N][,elem=8]             sequential scan, pass after pass
  stride:size=1G,stride=4K[,count=N]          every STRIDE bytes, pass after pass
  random:size=1G[,count=10M][,seed=7]         uniform random over the region
  hotcold:size=1G,hot=16M[,hotfrac=0.9]       HOTFRAC of accesses in the hot set
  matrix:rows=4096,cols=4096[,elem=8][,order=row|col]   array traversal
  chase:size=256M[,node=64][,seed=3]          pointer chase: a random cyclic list
  scanhot:hot=1M,scan=1G[,hotfrac=0.5][,stride=64]      hot set + one-pass scan
  Every kind also takes count=N (accesses), write=F (fraction of writes, 0..1),
  seed=S and base=ADDRESS (default 0x100000000000). Sizes take K/M/G/T
  (powers of 1024), counts K/M/G (powers of 1000). Without count, seq, stride
  and matrix make one pass and the others 1M accesses. Each access is ELEM
  bytes, aligned to ELEM; the same spec and seed give the same accesses.
)";
}

} // namespace mmu
