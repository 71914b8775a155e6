// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcommand.h"

#include "cliapp.h"

#include "machinefile.h"
#include "throughputscenario.h"

#include <nlohmann/json.hpp>

#include <ctime>
#include <cstdlib>
#include <iomanip>
#include <ostream>

namespace cli {

namespace {

const char *const BenchUsage = "usage: mmulab-cli bench [--machine PRESET|FILE] [--seconds S] [--json]\n";

struct Rate {
    std::string name;
    double perSecond = 0;
    uint64_t translations = 0;
};

Rate measure(mmu::ThroughputScenario::Kind kind, const mmu::MachineConfig &machine, double seconds)
{
    mmu::ThroughputScenario scenario(kind, machine);
    // Processor time, not wall time: the rates are those of one core, also on a machine whose
    // cores other programs share. Batches keep the clock out of the measured loop.
    uint64_t done = 0;
    uint64_t checksum = 0;
    const std::clock_t start = std::clock();
    double elapsed = 0;
    while (elapsed < seconds) {
        checksum += scenario.run(1 << 16);
        done += 1 << 16;
        elapsed = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    }
    if (checksum == 42) // keeps the work observable
        std::abort();
    return {mmu::ThroughputScenario::name(kind), static_cast<double>(done) / elapsed, done};
}

} // namespace

int runBench(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (asksForHelp(args)) {
        out << BenchUsage;
        return ExitOk;
    }
    std::string machineName = "skylake";
    double seconds = 0.5;
    bool json = false;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--json") {
            json = true;
        } else if ((args[i] == "--machine" || args[i] == "--seconds") && i + 1 < args.size()) {
            const std::string &v = args[++i];
            if (args[i - 1] == "--machine") {
                machineName = v;
            } else {
                char *end = nullptr;
                seconds = std::strtod(v.c_str(), &end);
                if (v.empty() || *end || !(seconds > 0 && seconds <= 600)) {
                    err << "mmulab-cli bench: --seconds takes a number from 0 to 600, not '" << v << "'\n";
                    return ExitUsage;
                }
            }
        } else {
            err << "mmulab-cli bench: unexpected argument '" << args[i] << "'\n" << BenchUsage;
            return ExitUsage;
        }
    }
    auto machine = mmu::loadMachine(machineName);
    if (!machine) {
        err << "mmulab-cli bench: machine " << machine.error().message() << '\n';
        return ExitBadInput;
    }

    std::vector<Rate> rates;
    for (auto kind : {mmu::ThroughputScenario::Kind::L1Hit, mmu::ThroughputScenario::Kind::L2Hit,
                      mmu::ThroughputScenario::Kind::RandomGiB})
        rates.push_back(measure(kind, *machine, seconds));

    if (json) {
        nlohmann::json j{{"machine", machine->name}, {"results", nlohmann::json::array()}};
        for (const Rate &r : rates)
            j["results"].push_back({{"scenario", r.name},
                                    {"translations_per_second", static_cast<uint64_t>(r.perSecond)},
                                    {"translations", r.translations}});
        out << j.dump(2) << '\n';
        return ExitOk;
    }
    out << "Translation throughput on " << machine->name << " (one core, no step recording, per second of CPU time):\n";
    for (const Rate &r : rates)
        out << "  " << std::left << std::setw(44) << r.name << std::right << std::fixed << std::setprecision(1)
            << std::setw(8) << r.perSecond / 1e6 << " M translations/s\n";
    return ExitOk;
}

} // namespace cli
