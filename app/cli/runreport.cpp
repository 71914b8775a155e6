// SPDX-License-Identifier: GPL-3.0-or-later
#include "runreport.h"

#include "runcomparison.h"
#include "seriescsv.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <ostream>

namespace cli {

namespace {

using nlohmann::json;
using mmu::bytesText;
using mmu::fixedText;
using mmu::groupedText;
using mmu::percentText;

std::string perAccess(uint64_t total, uint64_t accesses)
{
    return accesses ? fixedText(static_cast<double>(total) / static_cast<double>(accesses), 1) : "-";
}

std::string memoryText(const mmu::MachineConfig &m)
{
    if (!m.memory.frames)
        return "memory unlimited";
    return "memory " + groupedText(*m.memory.frames) + " frames (" + bytesText(*m.memory.frames * 4096) + "), policy "
        + m.memory.policy;
}

std::vector<mmu::ReplaySummary> summaries(const std::vector<RunReport> &runs)
{
    std::vector<mmu::ReplaySummary> out;
    for (const RunReport &run : runs)
        out.push_back(run.replay->summary());
    return out;
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
    if (context.interrupted)
        j["interrupted"] = true;
    return j;
}

json runsToJson(const RunContext &context, const std::vector<RunReport> &runs)
{
    if (runs.size() == 1)
        return runToJson(context, runs.front());
    json list = json::array();
    const std::vector<mmu::ComparisonRow> rows = mmu::comparisonRows(summaries(runs));
    for (size_t i = 0; i < runs.size(); ++i) {
        json j = runToJson(context, runs[i]);
        j["label"] = runs[i].label;
        json ratios = json::object();
        for (const mmu::ComparisonRow &row : rows)
            ratios[row.key] = row.ratios[i] ? json(*row.ratios[i]) : json(nullptr);
        j["ratios"] = ratios;
        list.push_back(j);
    }
    return json{{"runs", list}};
}

void printRuns(std::ostream &out, const RunContext &context, const std::vector<RunReport> &runs)
{
    out << "Replay of " << context.source << (context.interrupted ? " (interrupted: partial results)" : "") << '\n';
    if (context.skippedLines)
        out << "Bad lines skipped: " << groupedText(*context.skippedLines) << '\n';
    if (runs.size() == 1) {
        const mmu::Replay &r = *runs.front().replay;
        const mmu::ReplaySummary s = r.summary();
        const mmu::MachineConfig &m = r.config().machine;
        out << "Machine " << m.name << " (" << fixedText(m.clockGhz, 2) << " GHz), page size "
            << mmu::pageSizePolicyName(r.config().pageSize) << ", " << memoryText(m) << "\n\n";
        auto row = [&](const std::string &label, const std::string &value) {
            out << "  " << std::left << std::setw(22) << label << std::right << value << '\n';
        };
        row("accesses", groupedText(s.accesses));
        row("TLB hit rate", percentText(s.tlbHits, s.accesses) + "  (translated without a walk)");
        for (const auto &t : s.tlbs)
            row("  " + t.name, "hits " + groupedText(t.hits) + "  misses " + groupedText(t.misses));
        row("page walks", groupedText(s.walks));
        row("walk cycles", groupedText(s.walkCycles) + "  (" + perAccess(s.walkCycles, s.accesses) + " per access)");
        row("faults", "minor " + groupedText(s.os.minor) + "  major " + groupedText(s.os.major) + "  protection "
                          + groupedText(s.os.protection) + "  segv " + groupedText(s.os.segv)
                          + (s.os.bus ? "  bus " + groupedText(s.os.bus) : std::string())
                          + (s.os.generalProtection ? "  #GP " + groupedText(s.os.generalProtection) : std::string()));
        if (m.memory.frames)
            row("evictions", groupedText(s.os.evictions) + "  (" + groupedText(s.os.writeBacks) + " written back)");
        row("RSS peak", bytesText(s.rssPeakBytes));
        row("page tables", bytesText(s.pageTableBytes));
        row("cycles", groupedText(s.cycles) + "  (" + perAccess(s.cycles, s.accesses) + " per access)");
        row("simulated time", fixedText(s.seconds, 6) + " s");
        return;
    }

    constexpr int LabelWidth = 18;
    constexpr int CellWidth = 26;
    const std::vector<mmu::ReplaySummary> all = summaries(runs);
    out << "Accesses: " << groupedText(all.front().accesses) << "; ratios are to the first column.\n\n";
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
    for (const mmu::ComparisonRow &row : mmu::comparisonRows(all)) {
        out << std::left << std::setw(LabelWidth) << row.label;
        for (const std::string &cell : row.cells)
            out << std::right << std::setw(CellWidth) << cell;
        out << '\n';
    }
}

void writeSeriesCsv(std::ostream &out, const std::vector<RunReport> &runs)
{
    std::vector<mmu::LabelledSeries> series;
    for (const RunReport &run : runs)
        series.push_back({run.label, &run.replay->series()});
    mmu::writeSeriesCsv(out, series);
}

} // namespace cli
