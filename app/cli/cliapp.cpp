// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "benchcommand.h"
#include "policycommand.h"
#include "runcommand.h"
#include "translatecommand.h"

#include "workloadspec.h"

#include <algorithm>
#include <ostream>

namespace cli {

namespace {

const char *const Usage = R"(usage: mmulab-cli COMMAND [OPTIONS]

Commands:
  translate [--machine PRESET|FILE] [--format NAME] [--access read|write|execute]
            [--mode user|supervisor]
            [--json] ADDRESS...
      Translate virtual addresses, in order, on one machine running the default
      process layout, and show the address fields and every step of the walk.
      Machines: teaching (default), skylake, golden-cove, zen4, riscv-sv39,
      cortex-a76, or a JSON file.
      Formats: x86-64 (default), x86-64-la57, sv39, sv48, sv57, arm64-4k,
      arm64-16k, arm64-64k, x86-32, x86-pae, ostep.
  translate --lesson FILE [--json] [ADDRESS...]
      The same on a lesson's machine and mappings (.mmulab); without addresses,
      the lesson's own accesses.
  translate --ostep FILE [--json]
      Answer an OSTEP paging-multilevel-translate.py problem: read its printed
      memory dump, PDBR and virtual addresses, and show for each address the
      PDE and PTE (index, byte, valid, PFN) and the physical address and the
      byte there, or which entry was not valid.

  policy    --policy NAME --frames N --refs 1,2,3,... [--seed S] [--json]
      Replay a page-reference string with N frames through a replacement policy
      and show, per access, hit or miss, the frames afterwards and the victim.
      Policies: fifo, lru, mru, opt, clock, second-chance, two-list, rand
      (rand draws from --seed, default 0). A reference written 3w is a write.

  run       [--machine PRESET|FILE] (--workload SPEC | --trace FILE [--trace-format
            lackey|din|pin|plain] [--skip-bad-lines] [--skip-ifetch] [--range LO-HI])
            [--accesses N] [--page-size 4K|THP|2M|1G] [--frames N|unlimited]
            [--policy NAME] [--compare 4K,2M,1G,THP | --compare-machines A,B,...]
            [--json] [--csv FILE]
      Replay a generated workload or a memory trace through the machine on the
      fast path: TLB hits and misses, page walks, faults, RSS and page-table
      memory, cycles. A trace's pages are mapped on first touch. --compare
      replays the same accesses under several page sizes (or machines) and
      shows them side by side; --csv writes the time series (TLB hit rate,
      walk cycles per access, RSS, page tables, faults), one row per bucket.
      On a terminal a progress line goes to stderr. See 'run --help'.

  bench     [--machine PRESET|FILE] [--seconds S] [--json]
      Measure translation throughput (L1 TLB hits, L2 TLB hits, random walks
      over 1 GiB) on the fast path; Skylake preset unless told otherwise.

  help      Show this text.

Addresses are hexadecimal, with or without 0x; '_' and '\'' may separate digits.
Exit codes: 0 success, 1 bad input, 2 usage error, 130 run interrupted (Ctrl-C).
)";

} // namespace

bool asksForHelp(const std::vector<std::string> &args)
{
    return std::any_of(args.begin(), args.end(), [](const std::string &a) { return a == "--help" || a == "-h"; });
}

int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (args.empty()) {
        err << Usage;
        return ExitUsage;
    }
    const std::string &command = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "help" || command == "--help" || command == "-h") {
        out << Usage << '\n' << mmu::workloadSyntaxHelp();
        return ExitOk;
    }
    if (command == "translate")
        return runTranslate(rest, out, err);
    if (command == "bench")
        return runBench(rest, out, err);
    if (command == "policy")
        return runPolicy(rest, out, err);
    if (command == "run")
        return runRun(rest, out, err);
    err << "mmulab-cli: unknown command '" << command << "'\n\n" << Usage;
    return ExitUsage;
}

} // namespace cli
