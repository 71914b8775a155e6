// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcommand.h"

#include "cliapp.h"
#include "runreport.h"

#include "atomicfile.h"
#include "machinefile.h"
#include "pagingformat.h"
#include "replayengine.h"
#include "replacementpolicy.h"
#include "tracesource.h"
#include "workload.h"

#include <nlohmann/json.hpp>

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>

namespace cli {

namespace {

const char *const RunUsage = R"(usage: mmulab-cli run [--machine PRESET|FILE]
           (--workload SPEC | --trace FILE [--trace-format lackey|din|pin|plain]
                              [--skip-bad-lines] [--skip-ifetch] [--range LO-HI])
           [--accesses N] [--page-size 4K|THP|2M|1G] [--frames N|unlimited] [--policy NAME]
           [--compare 4K,2M,1G,THP | --compare-machines A,B,...] [--json] [--csv FILE]
)";

const char *const RunDetails = R"(
Replays accesses through the machine on the fast path and prints the totals
(JSON with --json: accesses, tlb, walks, walk_cycles, faults, rss_peak_bytes,
page_table_bytes, cycles, seconds).

  --machine          teaching (default), skylake, golden-cove, zen4, or a file
  --workload SPEC    a generated workload (below); its region is mapped first,
                     demand-paged, with the page size of the run
  --trace FILE       a Valgrind lackey, Dinero din, Pin pinatrace or plain
                     address trace (format detected unless --trace-format);
                     every page is mapped on its first touch as anonymous
                     memory, so with unlimited frames minor faults = pages;
                     - reads the trace from standard input (read once, so
                     not with --policy opt)
  --range LO-HI      keep only accesses with LO <= address < HI (hex)
  --accesses N       replay at most N accesses (10M = 10,000,000)
  --page-size P      4K (default), THP (2 MiB pages on first touch of each
                     aligned 2 MiB), 2M or 1G (hugetlb)
  --frames N         4 KiB frames of memory (default: the machine's; unlimited)
  --policy NAME      replacement policy: fifo, lru, mru, opt, clock,
                     second-chance, two-list, rand. opt needs the future: a
                     workload is generated twice, a trace read twice, and at
                     most 33,554,432 accesses are kept (4 bytes each); longer
                     runs are refused (replay a prefix with --accesses)
  --compare LIST     replay the same accesses with each page size, side by
                     side, with ratios to the first (JSON: {"runs": [...]})
  --compare-machines LIST   the same with each machine
  --csv FILE         the time series, one row per bucket (at most 4096 per
                     run): run, first_access, accesses, then value, min and max
                     of hit_rate, window_hit_rate, walk_cycles_per_access,
                     rss_bytes, page_table_bytes and the faults of each kind
On a terminal, a progress line is shown on stderr. Ctrl-C stops the replay:
the summary and the CSV of the accesses replayed so far are still written,
marked as interrupted, and the exit code is 130. A second Ctrl-C ends at once.
)";

static_assert(mmu::DefaultFutureLimit == 33554432, "the help text names the look-ahead limit");

struct RunOptions {
    std::string machine = "teaching";
    std::optional<std::string> workload;
    std::optional<std::string> trace;
    std::optional<mmu::TraceFormat> traceFormat;
    mmu::TraceOptions traceOptions;
    std::optional<uint64_t> accesses;
    mmu::PageSizePolicy pageSize = mmu::PageSizePolicy::Base;
    bool pageSizeGiven = false;
    std::optional<std::optional<uint64_t>> frames; ///< given: a count, or nullopt for unlimited
    std::optional<std::string> policy;
    std::vector<mmu::PageSizePolicy> comparePageSizes;
    std::vector<std::string> compareMachines;
    bool json = false;
    std::optional<std::string> csv;
};

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> items;
    size_t at = 0;
    for (;;) {
        const size_t comma = text.find(',', at);
        items.push_back(text.substr(at, comma - at));
        if (comma == std::string::npos)
            return items;
        at = comma + 1;
    }
}

std::string policyNames()
{
    std::string names;
    for (mmu::PolicyKind kind : mmu::allPolicies())
        names += (names.empty() ? "" : ", ") + std::string(mmu::policyName(kind));
    return names;
}

std::optional<uint64_t> parseHex(const std::string &text)
{
    std::string digits = text;
    if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X'))
        digits = digits.substr(2);
    if (digits.empty() || digits.size() > 16 || digits.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
        return std::nullopt;
    return std::stoull(digits, nullptr, 16);
}

/** Parses the options; returns false after printing the problem (a usage error). */
bool parseOptions(const std::vector<std::string> &args, RunOptions &o, std::ostream &err)
{
    auto usage = [&](const std::string &problem) {
        err << "mmulab-cli run: " << problem << '\n' << RunUsage;
        return false;
    };
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        const bool takesValue = a == "--machine" || a == "--workload" || a == "--trace" || a == "--trace-format"
            || a == "--range" || a == "--accesses" || a == "--page-size" || a == "--frames" || a == "--policy"
            || a == "--compare" || a == "--compare-machines" || a == "--csv";
        if (takesValue && i + 1 >= args.size())
            return usage(a + " needs a value");
        const std::string v = takesValue ? args[++i] : std::string();
        if (a == "--json") {
            o.json = true;
        } else if (a == "--skip-bad-lines") {
            o.traceOptions.skipBadLines = true;
        } else if (a == "--skip-ifetch") {
            o.traceOptions.skipInstructionFetches = true;
        } else if (a == "--machine") {
            o.machine = v;
        } else if (a == "--workload") {
            o.workload = v;
        } else if (a == "--trace") {
            o.trace = v;
        } else if (a == "--csv") {
            o.csv = v;
        } else if (a == "--trace-format") {
            o.traceFormat = mmu::traceFormatFromName(v);
            if (!o.traceFormat)
                return usage("--trace-format takes lackey, din, pin or plain, not '" + v + "'");
        } else if (a == "--range") {
            const size_t dash = v.find('-');
            const auto lo = dash == std::string::npos ? std::nullopt : parseHex(v.substr(0, dash));
            const auto hi = dash == std::string::npos ? std::nullopt : parseHex(v.substr(dash + 1));
            if (!lo || !hi || *hi <= *lo)
                return usage("--range takes LO-HI, two hex addresses with LO < HI (e.g. 0x400000-0x800000), not '"
                             + v + "'");
            o.traceOptions.range = mmu::TraceRange{*lo, *hi};
        } else if (a == "--accesses") {
            o.accesses = mmu::parseCountText(v);
            if (!o.accesses || *o.accesses == 0)
                return usage("--accesses takes a positive count such as 1000000 or 10M, not '" + v + "'");
        } else if (a == "--page-size") {
            const auto p = mmu::pageSizePolicyFromName(v);
            if (!p)
                return usage("--page-size takes 4K, THP, 2M or 1G, not '" + v + "'");
            o.pageSize = *p;
            o.pageSizeGiven = true;
        } else if (a == "--frames") {
            if (v == "unlimited") {
                o.frames = std::optional<uint64_t>();
            } else {
                const auto n = mmu::parseCountText(v);
                if (!n || *n == 0 || *n > (uint64_t{1} << 22))
                    return usage("--frames takes a number of 4 KiB frames from 1 to 4194304 (16 GiB), or unlimited, not '"
                                 + v + "'");
                o.frames = n;
            }
        } else if (a == "--policy") {
            if (!mmu::policyFromName(v))
                return usage("unknown policy '" + v + "' (known: " + policyNames() + ")");
            o.policy = v;
        } else if (a == "--compare") {
            for (const std::string &item : splitList(v)) {
                const auto p = mmu::pageSizePolicyFromName(item);
                if (!p)
                    return usage("--compare takes page sizes from 4K, THP, 2M, 1G separated by commas, not '" + item
                                 + "'");
                o.comparePageSizes.push_back(*p);
            }
        } else if (a == "--compare-machines") {
            for (const std::string &item : splitList(v)) {
                if (item.empty())
                    return usage("--compare-machines takes presets or machine files separated by commas");
                o.compareMachines.push_back(item);
            }
        } else {
            return usage("unexpected argument '" + a + "'");
        }
    }
    if (o.workload.has_value() == o.trace.has_value())
        return usage(o.workload ? "give --workload or --trace, not both" : "give --workload SPEC or --trace FILE");
    if (o.workload && (o.traceFormat || o.traceOptions.skipBadLines || o.traceOptions.skipInstructionFetches
                       || o.traceOptions.range))
        return usage("--trace-format, --skip-bad-lines, --skip-ifetch and --range go with --trace");
    if (!o.comparePageSizes.empty() && !o.compareMachines.empty())
        return usage("--compare and --compare-machines cannot be combined");
    if (!o.comparePageSizes.empty() && o.pageSizeGiven)
        return usage("--compare gives the page sizes: leave out --page-size");
    return true;
}

/** The progress line: on a terminal only, rewritten in place at most ten times a second. */
class ProgressLine {
public:
    explicit ProgressLine(std::ostream &err)
        : m_err(err)
        , m_enabled(&err == &std::cerr && isatty(STDERR_FILENO))
    {
    }
    ~ProgressLine() { clear(); }

    bool enabled() const { return m_enabled; }
    void show(const mmu::ReplayProgress &p)
    {
        const auto now = std::chrono::steady_clock::now();
        if (now - m_last < std::chrono::milliseconds(100))
            return;
        m_last = now;
        char line[128];
        std::snprintf(line, sizeof line, "\r%s %5.1f %%  %llu accesses",
                      p.phase == mmu::ReplayProgress::Phase::LookAhead ? "opt: learning the future" : "replaying",
                      100.0 * p.fraction, static_cast<unsigned long long>(p.accesses));
        m_err << line << "\033[K" << std::flush;
        m_shown = true;
    }
    void clear()
    {
        if (m_shown)
            m_err << "\r\033[K" << std::flush;
        m_shown = false;
    }

private:
    std::ostream &m_err;
    bool m_enabled;
    bool m_shown = false;
    std::chrono::steady_clock::time_point m_last{};
};

/**
 * The series (at most 4096 rows per run) goes to a file whole or not at all; a device or a
 * pipe such as /dev/stdout is written straight, as it cannot be replaced by a rename.
 */
mmu::Result<bool, mmu::ConfigError> writeCsv(const std::string &path, const std::string &text)
{
    std::error_code ec;
    const auto type = std::filesystem::status(path, ec).type();
    if (type == std::filesystem::file_type::not_found || type == std::filesystem::file_type::regular
        || type == std::filesystem::file_type::directory)
        return mmu::writeFileAtomically(path, text);
    std::ofstream file(path, std::ios::binary);
    if (!file || !file.write(text.data(), static_cast<std::streamsize>(text.size())) || !file.flush())
        return mmu::ConfigError{path, 0, 0, "", "cannot write the file"};
    return true;
}

/** Set by the SIGINT handler; a lock-free atomic is safe to store to from a signal handler. */
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true, std::memory_order_relaxed);
}

/**
 * While it lives, Ctrl-C asks the replay to stop instead of killing the process, so the
 * accesses replayed so far are still reported. The handler is reset on delivery (SA_RESETHAND):
 * a second Ctrl-C ends the program as usual, should a batch ever take long.
 */
class InterruptStop {
public:
    InterruptStop()
    {
        g_interrupted.store(false);
        struct sigaction action {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        m_installed = sigaction(SIGINT, &action, &m_old) == 0;
    }
    ~InterruptStop()
    {
        if (m_installed)
            sigaction(SIGINT, &m_old, nullptr);
    }
    InterruptStop(const InterruptStop &) = delete;
    InterruptStop &operator=(const InterruptStop &) = delete;

    const std::atomic<bool> *flag() const { return &g_interrupted; }
    bool interrupted() const { return g_interrupted.load(); }

private:
    struct sigaction m_old {};
    bool m_installed = false;
};

} // namespace

std::string_view runUsage()
{
    return RunUsage;
}

int runRun(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (asksForHelp(args)) {
        out << RunUsage << RunDetails << '\n' << mmu::workloadSyntaxHelp();
        return ExitOk;
    }
    RunOptions o;
    if (!parseOptions(args, o, err))
        return ExitUsage;

    // The machines: one, or one per --compare-machines entry, with the memory overrides.
    const std::vector<std::string> machineNames =
        o.compareMachines.empty() ? std::vector<std::string>{o.machine} : o.compareMachines;
    std::vector<mmu::MachineConfig> machines;
    for (const std::string &name : machineNames) {
        auto machine = mmu::loadMachine(name);
        if (!machine) {
            err << "mmulab-cli run: machine " << machine.error().message() << '\n';
            return ExitBadInput;
        }
        mmu::MachineConfig m = *machine;
        if (o.frames)
            m.memory.frames = *o.frames;
        if (o.policy)
            m.memory.policy = *o.policy;
        machines.push_back(m);
    }

    // The source of the accesses.
    std::unique_ptr<mmu::AccessSource> source;
    mmu::TraceSource *trace = nullptr;
    if (o.workload) {
        auto spec = mmu::parseWorkloadSpec(*o.workload);
        if (!spec) {
            err << "mmulab-cli run: " << spec.error().message() << '\n';
            return ExitBadInput;
        }
        // One stream feeds every machine: place it where the narrowest address space holds it.
        int vaBits = 64;
        for (const mmu::MachineConfig &m : machines)
            if (const mmu::PagingFormat *f = mmu::findFormat(m.paging))
                vaBits = std::min(vaBits, f->vaBits);
        source = mmu::makeWorkload(mmu::placeForFormat(*spec, vaBits));
    } else {
        auto opened = *o.trace == "-" ? mmu::TraceSource::read(std::cin, "standard input", o.traceOptions, o.traceFormat)
                                      : mmu::TraceSource::open(*o.trace, o.traceOptions, o.traceFormat);
        if (!opened) {
            err << "mmulab-cli run: " << opened.error().message() << '\n';
            return ExitBadInput;
        }
        trace = opened.value().get();
        source = std::move(opened.value());
    }

    // One replay per page size or per machine.
    std::vector<std::unique_ptr<mmu::Replay>> replays;
    std::vector<RunReport> reports;
    const std::vector<mmu::PageSizePolicy> pageSizes =
        o.comparePageSizes.empty() ? std::vector<mmu::PageSizePolicy>{o.pageSize} : o.comparePageSizes;
    for (size_t m = 0; m < machines.size(); ++m)
        for (mmu::PageSizePolicy p : pageSizes) {
            auto replay = mmu::Replay::create(mmu::ReplayConfig{machines[m], p});
            if (!replay) {
                err << "mmulab-cli run: " << replay.error().message() << '\n';
                return ExitBadInput;
            }
            const std::string label =
                o.compareMachines.empty() ? std::string(mmu::pageSizePolicyName(p)) : machineNames[m];
            reports.push_back({label, replay.value().get()});
            replays.push_back(std::move(replay.value()));
        }

    ProgressLine progress(err);
    const InterruptStop interrupt;
    mmu::ReplayControl control;
    control.stop = interrupt.flag();
    control.maxAccesses = o.accesses;
    if (progress.enabled())
        control.progress = [&progress](const mmu::ReplayProgress &p) { progress.show(p); };
    mmu::ReplayEngine engine(control);
    std::vector<mmu::Replay *> pointers;
    for (const auto &r : replays)
        pointers.push_back(r.get());
    const auto status = engine.run(*source, pointers);
    progress.clear();
    if (!status) {
        err << "mmulab-cli run: " << status.error().message() << '\n';
        return ExitBadInput;
    }

    RunContext context;
    context.source = source->name();
    context.interrupted = *status == mmu::ReplayStatus::Stopped && interrupt.interrupted();
    if (trace && o.traceOptions.skipBadLines) {
        context.skippedLines = trace->reader().stats().skippedLines;
        for (const mmu::TraceError &e : trace->reader().skippedErrors())
            err << "mmulab-cli run: skipped " << e.message() << '\n';
        if (*context.skippedLines > trace->reader().skippedErrors().size())
            err << "mmulab-cli run: " << *context.skippedLines << " bad lines skipped in all\n";
    }

    if (o.csv) {
        std::ostringstream csv;
        writeSeriesCsv(csv, reports);
        if (auto written = writeCsv(*o.csv, csv.str()); !written) {
            err << "mmulab-cli run: --csv " << written.error().message() << '\n';
            return ExitBadInput;
        }
    }
    if (o.json)
        out << runsToJson(context, reports).dump(2) << '\n';
    else
        printRuns(out, context, reports);
    if (context.interrupted) {
        err << "mmulab-cli run: interrupted: the results cover the accesses replayed so far\n";
        return ExitInterrupted;
    }
    return ExitOk;
}

} // namespace cli
