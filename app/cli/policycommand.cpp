// SPDX-License-Identifier: GPL-3.0-or-later
#include "policycommand.h"

#include "cliapp.h"

#include "referencestring.h"
#include "replacementpolicy.h"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <optional>
#include <ostream>

namespace cli {

namespace {

const char *const PolicyUsage =
    "usage: mmulab-cli policy --policy NAME --frames N --refs 1,2,3,... [--seed S] [--json]\n";

/** More frames than this make no sense for a reference string, and each step copies them all. */
constexpr int MaxFrames = 4096;

struct PolicyOptions {
    std::optional<mmu::PolicyKind> policy;
    int frames = 0;
    std::optional<std::string> refs;
    uint64_t seed = 0;
    bool json = false;
};

std::string policyNames()
{
    std::string names;
    for (mmu::PolicyKind kind : mmu::allPolicies())
        names += (names.empty() ? "" : ", ") + std::string(mmu::policyName(kind));
    return names;
}

/** A whole decimal number, or nullopt. */
std::optional<uint64_t> parseDecimal(const std::string &text)
{
    uint64_t value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

/** Parses the options; returns false after printing the problem. */
bool parseOptions(const std::vector<std::string> &args, PolicyOptions &o, std::ostream &err)
{
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&](const char *name) -> const std::string * {
            if (i + 1 >= args.size()) {
                err << "mmulab-cli policy: " << name << " needs a value\n" << PolicyUsage;
                return nullptr;
            }
            return &args[++i];
        };
        if (a == "--json") {
            o.json = true;
        } else if (a == "--policy") {
            const std::string *v = value("--policy");
            if (!v)
                return false;
            o.policy = mmu::policyFromName(*v);
            if (!o.policy) {
                err << "mmulab-cli policy: unknown policy '" << *v << "' (known: " << policyNames() << ")\n";
                return false;
            }
        } else if (a == "--frames") {
            const std::string *v = value("--frames");
            if (!v)
                return false;
            const std::optional<uint64_t> n = parseDecimal(*v);
            if (!n || *n < 1 || *n > MaxFrames) {
                err << "mmulab-cli policy: --frames takes a number of frames from 1 to " << MaxFrames
                    << ", not '" << *v << "'\n";
                return false;
            }
            o.frames = static_cast<int>(*n);
        } else if (a == "--refs") {
            const std::string *v = value("--refs");
            if (!v)
                return false;
            o.refs = *v;
        } else if (a == "--seed") {
            const std::string *v = value("--seed");
            if (!v)
                return false;
            const std::optional<uint64_t> n = parseDecimal(*v);
            if (!n) {
                err << "mmulab-cli policy: --seed takes a whole number from 0 to 18446744073709551615, not '"
                    << *v << "'\n";
                return false;
            }
            o.seed = *n;
        } else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
            err << "mmulab-cli policy: unknown option '" << a << "'\n" << PolicyUsage;
            return false;
        } else {
            err << "mmulab-cli policy: unexpected argument '" << a << "'\n" << PolicyUsage;
            return false;
        }
    }
    const char *missing = !o.policy ? "--policy" : o.frames == 0 ? "--frames" : !o.refs ? "--refs" : nullptr;
    if (missing) {
        err << "mmulab-cli policy: " << missing << " is required\n" << PolicyUsage;
        return false;
    }
    return true;
}

nlohmann::json pageOrNull(const std::optional<uint64_t> &page)
{
    return page ? nlohmann::json(*page) : nlohmann::json(nullptr);
}

nlohmann::json runToJson(const PolicyOptions &o, const mmu::ReferenceRun &run)
{
    nlohmann::json accesses = nlohmann::json::array();
    for (const mmu::ReferenceStep &s : run.steps) {
        nlohmann::json frames = nlohmann::json::array();
        for (const std::optional<uint64_t> &page : s.frames)
            frames.push_back(pageOrNull(page));
        nlohmann::json access = {
            {"page", s.page}, {"write", s.write}, {"hit", s.hit}, {"slot", s.slot},
            {"victim", pageOrNull(s.victim)}, {"frames", frames},
        };
        if (s.hand) {
            access["hand"] = *s.hand;
            access["referenced"] = s.referenced;
        }
        accesses.push_back(access);
    }
    nlohmann::json j = {
        {"policy", mmu::policyName(*o.policy)}, {"frames", o.frames}, {"accesses", accesses},
        {"hits", run.hits}, {"misses", run.misses},
    };
    if (*o.policy == mmu::PolicyKind::Random)
        j["seed"] = o.seed;
    return j;
}

void printTable(std::ostream &out, const PolicyOptions &o, const mmu::ReferenceString &refs,
                const mmu::ReferenceRun &run)
{
    const bool withHand = !run.steps.empty() && run.steps.front().hand.has_value();
    size_t pageWidth = 1;
    for (const mmu::PageReference &r : refs.references())
        pageWidth = std::max(pageWidth, std::to_string(r.page).size());

    using Row = std::array<std::string, 6>;
    std::vector<Row> rows;
    rows.push_back({"step", "page", "result", "frames", "victim", withHand ? "hand" : ""});
    for (size_t i = 0; i < run.steps.size(); ++i) {
        const mmu::ReferenceStep &s = run.steps[i];
        std::string frames;
        for (size_t slot = 0; slot < s.frames.size(); ++slot) {
            std::string cell = s.frames[slot] ? std::to_string(*s.frames[slot]) : "-";
            if (withHand && s.referenced[slot])
                cell += '*';
            if (slot + 1 < s.frames.size())
                cell.resize(pageWidth + (withHand ? 1 : 0), ' ');
            frames += cell + (slot + 1 < s.frames.size() ? " " : "");
        }
        rows.push_back({std::to_string(i + 1), std::to_string(s.page) + (s.write ? "w" : ""), s.hit ? "hit" : "miss",
                        frames, s.victim ? std::to_string(*s.victim) : "-",
                        withHand && s.hand ? std::to_string(*s.hand) : ""});
    }

    std::array<size_t, 6> width{};
    for (const Row &row : rows) {
        for (size_t c = 0; c < row.size(); ++c)
            width[c] = std::max(width[c], row[c].size());
    }
    constexpr std::array<bool, 6> rightAligned = {true, true, false, false, true, true};
    out << "policy " << mmu::policyName(*o.policy) << ", " << o.frames << (o.frames == 1 ? " frame" : " frames")
        << ", " << refs.size() << (refs.size() == 1 ? " reference" : " references");
    if (*o.policy == mmu::PolicyKind::Random)
        out << ", seed " << o.seed;
    out << "\n\n";
    for (const Row &row : rows) {
        std::string line;
        for (size_t c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += "  ";
            const std::string pad(width[c] - row[c].size(), ' ');
            line += rightAligned[c] ? pad + row[c] : row[c] + pad;
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out << line << '\n';
    }
    out << '\n';
    if (withHand)
        out << "* marks a set reference bit; hand is the slot the hand points at (slots count from 0)\n";
    out << "hits " << run.hits << ", misses " << run.misses;
    if (run.writeBacks > 0)
        out << ", dirty victims written back " << run.writeBacks;
    out << '\n';
}

} // namespace

int runPolicy(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (asksForHelp(args)) {
        out << PolicyUsage;
        return ExitOk;
    }
    PolicyOptions o;
    if (!parseOptions(args, o, err))
        return ExitUsage;

    auto refs = mmu::ReferenceString::parse(*o.refs);
    if (!refs) {
        err << "mmulab-cli policy: --refs: " << refs.error().message() << '\n';
        return ExitBadInput;
    }
    const std::unique_ptr<mmu::ReplacementPolicy> policy = mmu::makePolicy(*o.policy, o.frames, o.seed);
    const mmu::ReferenceRun run = refs->replay(*policy);
    if (o.json)
        out << runToJson(o, run).dump(2) << '\n';
    else
        printTable(out, o, *refs, run);
    return ExitOk;
}

} // namespace cli
