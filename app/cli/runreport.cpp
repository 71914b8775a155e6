// SPDX-License-Identifier: GPL-3.0-or-later
#include "runreport.h"

#include "replayseries.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <functional>
#include <iomanip>
#include <ostream>
#include <sstream>

namespace cli {

namespace {

using nlohmann::json;

/** 10,000,000 */
std::string grouped(uint64_t n)
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

std::string fixed(double v, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

/** "1.00 GiB", "2.01 MiB", "512 B". */
std::string bytes(uint64_t n)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = static_cast<double>(n);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return u == 0 ? std::to_string(n) + " B" : fixed(v, 2) + " " + units[u];
}

std::string percent(uint64_t part, uint64_t whole)
{
    if (!whole)
        return "-";
    const std::string text = fixed(100.0 * static_cast<double>(part) / static_cast<double>(whole), 2);
    // Rounding must not claim a perfect score that was not reached.
    if (text == "100.00" && part < whole)
        return ">99.99 %";
    return text + " %";
}

std::string perAccess(uint64_t total, uint64_t accesses)
{
    return accesses ? fixed(static_cast<double>(total) / static_cast<double>(accesses), 1) : "-";
}

std::string memoryText(const mmu::MachineConfig &m)
{
    if (!m.memory.frames)
        return "memory unlimited";
    return "memory " + grouped(*m.memory.frames) + " frames (" + bytes(*m.memory.frames * 4096) + "), policy "
        + m.memory.policy;
}

double hitRate(const mmu::ReplaySummary &s)
{
    return s.accesses ? static_cast<double>(s.tlbHits) / static_cast<double>(s.accesses) : 0;
}

/** The quantities compared between runs: a name, and how to read it from a summary. */
struct Compared {
    const char *key;   ///< JSON key under "ratios"
    const char *label; ///< text row
    std::function<double(const mmu::ReplaySummary &)> value;
    std::function<std::string(const mmu::ReplaySummary &)> text;
};

const std::vector<Compared> &compared()
{
    static const std::vector<Compared> rows = {
        {"tlb_hit_rate", "TLB hit rate", hitRate,
         [](const mmu::ReplaySummary &s) { return percent(s.tlbHits, s.accesses); }},
        {"walks", "page walks", [](const mmu::ReplaySummary &s) { return double(s.walks); },
         [](const mmu::ReplaySummary &s) { return grouped(s.walks); }},
        {"walk_cycles", "walk cycles", [](const mmu::ReplaySummary &s) { return double(s.walkCycles); },
         [](const mmu::ReplaySummary &s) { return grouped(s.walkCycles); }},
        {"minor_faults", "minor faults", [](const mmu::ReplaySummary &s) { return double(s.os.minor); },
         [](const mmu::ReplaySummary &s) { return grouped(s.os.minor); }},
        {"major_faults", "major faults", [](const mmu::ReplaySummary &s) { return double(s.os.major); },
         [](const mmu::ReplaySummary &s) { return grouped(s.os.major); }},
        {"rss_peak_bytes", "RSS peak", [](const mmu::ReplaySummary &s) { return double(s.rssPeakBytes); },
         [](const mmu::ReplaySummary &s) { return bytes(s.rssPeakBytes); }},
        {"page_table_bytes", "page tables", [](const mmu::ReplaySummary &s) { return double(s.pageTableBytes); },
         [](const mmu::ReplaySummary &s) { return bytes(s.pageTableBytes); }},
        {"cycles", "cycles", [](const mmu::ReplaySummary &s) { return double(s.cycles); },
         [](const mmu::ReplaySummary &s) { return grouped(s.cycles); }},
        {"seconds", "simulated time", [](const mmu::ReplaySummary &s) { return s.seconds; },
         [](const mmu::ReplaySummary &s) { return fixed(s.seconds, 6) + " s"; }},
    };
    return rows;
}

/** Whole numbers exactly (byte counts, fault counts), the rest with nine significant digits. */
std::string csvNumber(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
        return std::to_string(static_cast<long long>(v));
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.9g", v);
    return buffer;
}

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

std::optional<double> ratio(double value, double first)
{
    if (first == 0)
        return value == 0 ? std::optional<double>(1.0) : std::nullopt;
    return value / first;
}

} // namespace

json runToJson(const RunContext &context, const RunReport &run)
{
    const mmu::ReplaySummary s = run.replay->summary();
    const mmu::ReplayConfig &config = run.replay->config();
    json tlb = json::object();
    for (const auto &t : s.tlbs)
        tlb[t.name] = {{"hits", t.hits}, {"misses", t.misses}};
    json j{
        {"source", context.source},
        {"machine", config.machine.name},
        {"page_size", std::string(mmu::pageSizePolicyName(config.pageSize))},
        {"memory",
         {{"frames", config.machine.memory.frames ? json(*config.machine.memory.frames) : json(nullptr)},
          {"policy", config.machine.memory.policy}}},
        {"accesses", s.accesses},
        {"tlb", tlb},
        {"tlb_hits", s.tlbHits},
        {"walks", s.walks},
        {"walk_cycles", s.walkCycles},
        {"faults",
         {{"minor", s.os.minor},
          {"major", s.os.major},
          {"protection", s.os.protection},
          {"segv", s.os.segv},
          {"general_protection", s.os.generalProtection},
          {"bus", s.os.bus}}},
        {"evictions", s.os.evictions},
        {"write_backs", s.os.writeBacks},
        {"rss_peak_bytes", s.rssPeakBytes},
        {"page_table_bytes", s.pageTableBytes},
        {"cycles", s.cycles},
        {"seconds", s.seconds},
    };
    if (context.skippedLines)
        j["skipped_lines"] = *context.skippedLines;
    if (context.stopped)
        j["stopped"] = true;
    return j;
}

json runsToJson(const RunContext &context, const std::vector<RunReport> &runs)
{
    if (runs.size() == 1)
        return runToJson(context, runs.front());
    json list = json::array();
    const mmu::ReplaySummary first = runs.front().replay->summary();
    for (const RunReport &run : runs) {
        json j = runToJson(context, run);
        j["label"] = run.label;
        const mmu::ReplaySummary s = run.replay->summary();
        json ratios = json::object();
        for (const Compared &c : compared()) {
            const auto r = ratio(c.value(s), c.value(first));
            ratios[c.key] = r ? json(*r) : json(nullptr);
        }
        j["ratios"] = ratios;
        list.push_back(j);
    }
    return json{{"runs", list}};
}

void printRuns(std::ostream &out, const RunContext &context, const std::vector<RunReport> &runs)
{
    out << "Replay of " << context.source << (context.stopped ? " (stopped early)" : "") << '\n';
    if (context.skippedLines)
        out << "Bad lines skipped: " << grouped(*context.skippedLines) << '\n';
    if (runs.size() == 1) {
        const mmu::Replay &r = *runs.front().replay;
        const mmu::ReplaySummary s = r.summary();
        const mmu::MachineConfig &m = r.config().machine;
        out << "Machine " << m.name << " (" << fixed(m.clockGhz, 2) << " GHz), page size "
            << mmu::pageSizePolicyName(r.config().pageSize) << ", " << memoryText(m) << "\n\n";
        auto row = [&](const std::string &label, const std::string &value) {
            out << "  " << std::left << std::setw(22) << label << std::right << value << '\n';
        };
        row("accesses", grouped(s.accesses));
        row("TLB hit rate", percent(s.tlbHits, s.accesses) + "  (translated without a walk)");
        for (const auto &t : s.tlbs)
            row("  " + t.name, "hits " + grouped(t.hits) + "  misses " + grouped(t.misses));
        row("page walks", grouped(s.walks));
        row("walk cycles", grouped(s.walkCycles) + "  (" + perAccess(s.walkCycles, s.accesses) + " per access)");
        row("faults", "minor " + grouped(s.os.minor) + "  major " + grouped(s.os.major) + "  protection "
                          + grouped(s.os.protection) + "  segv " + grouped(s.os.segv)
                          + (s.os.bus ? "  bus " + grouped(s.os.bus) : std::string())
                          + (s.os.generalProtection ? "  #GP " + grouped(s.os.generalProtection) : std::string()));
        if (m.memory.frames)
            row("evictions", grouped(s.os.evictions) + "  (" + grouped(s.os.writeBacks) + " written back)");
        row("RSS peak", bytes(s.rssPeakBytes));
        row("page tables", bytes(s.pageTableBytes));
        row("cycles", grouped(s.cycles) + "  (" + perAccess(s.cycles, s.accesses) + " per access)");
        row("simulated time", fixed(s.seconds, 6) + " s");
        return;
    }

    constexpr int LabelWidth = 18;
    constexpr int CellWidth = 26;
    std::vector<mmu::ReplaySummary> summaries;
    for (const RunReport &run : runs)
        summaries.push_back(run.replay->summary());
    out << "Accesses: " << grouped(summaries.front().accesses) << "; ratios are to the first column.\n\n";
    out << std::left << std::setw(LabelWidth) << "";
    for (const RunReport &run : runs)
        out << std::right << std::setw(CellWidth) << run.label;
    out << '\n';
    out << std::left << std::setw(LabelWidth) << "machine";
    for (const RunReport &run : runs)
        out << std::right << std::setw(CellWidth) << run.replay->config().machine.name;
    out << '\n';
    out << std::left << std::setw(LabelWidth) << "page size";
    for (const RunReport &run : runs)
        out << std::right << std::setw(CellWidth) << mmu::pageSizePolicyName(run.replay->config().pageSize);
    out << '\n';
    for (const Compared &c : compared()) {
        out << std::left << std::setw(LabelWidth) << c.label;
        for (size_t i = 0; i < runs.size(); ++i) {
            std::string cell = c.text(summaries[i]);
            if (i > 0) {
                const auto r = ratio(c.value(summaries[i]), c.value(summaries.front()));
                cell += r ? " (x" + fixed(*r, 2) + ")" : " (-)";
            }
            out << std::right << std::setw(CellWidth) << cell;
        }
        out << '\n';
    }
}

void writeSeriesCsv(std::ostream &out, const std::vector<RunReport> &runs)
{
    out << "run,first_access,accesses";
    for (size_t m = 0; m < mmu::SeriesMetricCount; ++m) {
        const std::string name(mmu::seriesMetricName(static_cast<mmu::SeriesMetric>(m)));
        out << ',' << name << ',' << name << "_min," << name << "_max";
    }
    out << '\n';
    for (const RunReport &run : runs) {
        const mmu::ReplaySeries &series = run.replay->series();
        for (size_t i = 0; i < series.size(); ++i) {
            const mmu::SeriesBucket &b = series.bucket(i);
            out << csvField(run.label) << ',' << b.firstAccess << ',' << b.accesses;
            for (size_t m = 0; m < mmu::SeriesMetricCount; ++m) {
                const auto metric = static_cast<mmu::SeriesMetric>(m);
                out << ',' << csvNumber(series.value(i, metric)) << ',' << csvNumber(b.min[m]) << ','
                    << csvNumber(b.max[m]);
            }
            out << '\n';
        }
    }
}

} // namespace cli
