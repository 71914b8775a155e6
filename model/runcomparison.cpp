// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcomparison.h"

#include <cstdio>
#include <functional>

namespace mmu {

namespace {

double hitRate(const ReplaySummary &s)
{
    return s.accesses ? static_cast<double>(s.tlbHits) / static_cast<double>(s.accesses) : 0;
}

/** A compared quantity: its keys, and how to read it from a summary as a number and as text. */
struct Compared {
    const char *key;
    const char *label;
    std::function<double(const ReplaySummary &)> value;
    std::function<std::string(const ReplaySummary &)> text;
};

const std::vector<Compared> &compared()
{
    static const std::vector<Compared> rows = {
        {"tlb_hit_rate", "TLB hit rate", hitRate, [](const ReplaySummary &s) { return percentText(s.tlbHits, s.accesses); }},
        {"walks", "page walks", [](const ReplaySummary &s) { return double(s.walks); },
         [](const ReplaySummary &s) { return groupedText(s.walks); }},
        {"walk_cycles", "walk cycles", [](const ReplaySummary &s) { return double(s.walkCycles); },
         [](const ReplaySummary &s) { return groupedText(s.walkCycles); }},
        {"minor_faults", "minor faults", [](const ReplaySummary &s) { return double(s.os.minor); },
         [](const ReplaySummary &s) { return groupedText(s.os.minor); }},
        {"major_faults", "major faults", [](const ReplaySummary &s) { return double(s.os.major); },
         [](const ReplaySummary &s) { return groupedText(s.os.major); }},
        {"rss_peak_bytes", "RSS peak", [](const ReplaySummary &s) { return double(s.rssPeakBytes); },
         [](const ReplaySummary &s) { return bytesText(s.rssPeakBytes); }},
        {"page_table_bytes", "page tables", [](const ReplaySummary &s) { return double(s.pageTableBytes); },
         [](const ReplaySummary &s) { return bytesText(s.pageTableBytes); }},
        {"cycles", "cycles", [](const ReplaySummary &s) { return double(s.cycles); },
         [](const ReplaySummary &s) { return groupedText(s.cycles); }},
        {"seconds", "simulated time", [](const ReplaySummary &s) { return s.seconds; },
         [](const ReplaySummary &s) { return fixedText(s.seconds, 6) + " s"; }},
    };
    return rows;
}

} // namespace

std::string groupedText(uint64_t n)
{
    const std::string digits = std::to_string(n);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

std::string fixedText(double v, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string bytesText(uint64_t n)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = static_cast<double>(n);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return u == 0 ? std::to_string(n) + " B" : fixedText(v, 2) + " " + units[u];
}

std::string percentText(uint64_t part, uint64_t whole)
{
    if (!whole)
        return "-";
    const std::string text = fixedText(100.0 * static_cast<double>(part) / static_cast<double>(whole), 2);
    // Rounding must not claim a perfect score that was not reached.
    if (text == "100.00" && part < whole)
        return ">99.99 %";
    return text + " %";
}

std::optional<double> comparisonRatio(double value, double first)
{
    if (first == 0)
        return value == 0 ? std::optional<double>(1.0) : std::nullopt;
    return value / first;
}

std::vector<ComparisonRow> comparisonRows(std::span<const ReplaySummary> runs)
{
    std::vector<ComparisonRow> rows;
    for (const Compared &c : compared()) {
        ComparisonRow row{c.key, c.label, {}, {}, {}};
        for (size_t i = 0; i < runs.size(); ++i) {
            const double v = c.value(runs[i]);
            const auto r = comparisonRatio(v, c.value(runs.front()));
            std::string cell = c.text(runs[i]);
            if (i > 0)
                cell += r ? " (x" + fixedText(*r, 2) + ")" : " (-)";
            row.values.push_back(v);
            row.ratios.push_back(r);
            row.cells.push_back(std::move(cell));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace mmu
