// SPDX-License-Identifier: GPL-3.0-or-later
#include "translatecommand.h"

#include "cliapp.h"
#include "translationjson.h"
#include "translationtext.h"

#include "address.h"
#include "machinefile.h"
#include "system.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cli {

namespace {

const char *const TranslateUsage =
    "usage: mmulab-cli translate [--machine PRESET|FILE] [--format NAME] [--access read|write|execute]\n"
    "                            [--mode user|supervisor] [--json] ADDRESS...\n";

struct TranslateOptions {
    std::string machine = "teaching";
    const mmu::PagingFormat *format = nullptr; ///< overrides the machine's paging format
    mmu::AccessType access = mmu::AccessType::Read;
    mmu::Privilege privilege = mmu::Privilege::User;
    bool json = false;
    std::vector<std::string> addresses;
};

std::string formatNames()
{
    std::string names;
    for (const mmu::PagingFormat *f : mmu::allFormats())
        names += (names.empty() ? "" : ", ") + f->id;
    return names;
}

/** Parses the options; returns false after printing the problem. */
bool parseOptions(const std::vector<std::string> &args, TranslateOptions &o, std::ostream &err)
{
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&](const char *name) -> const std::string * {
            if (i + 1 >= args.size()) {
                err << "mmulab-cli translate: " << name << " needs a value\n" << TranslateUsage;
                return nullptr;
            }
            return &args[++i];
        };
        if (a == "--json") {
            o.json = true;
        } else if (a == "--machine") {
            const std::string *v = value("--machine");
            if (!v)
                return false;
            o.machine = *v;
        } else if (a == "--format") {
            const std::string *v = value("--format");
            if (!v)
                return false;
            o.format = mmu::findFormat(*v);
            if (!o.format) {
                err << "mmulab-cli translate: unknown format '" << *v << "' (known: " << formatNames() << ")\n";
                return false;
            }
        } else if (a == "--access") {
            const std::string *v = value("--access");
            if (!v)
                return false;
            if (*v == "read" || *v == "r")
                o.access = mmu::AccessType::Read;
            else if (*v == "write" || *v == "w")
                o.access = mmu::AccessType::Write;
            else if (*v == "execute" || *v == "x")
                o.access = mmu::AccessType::Execute;
            else {
                err << "mmulab-cli translate: --access takes read, write or execute, not '" << *v << "'\n";
                return false;
            }
        } else if (a == "--mode") {
            const std::string *v = value("--mode");
            if (!v)
                return false;
            if (*v == "user")
                o.privilege = mmu::Privilege::User;
            else if (*v == "supervisor")
                o.privilege = mmu::Privilege::Supervisor;
            else {
                err << "mmulab-cli translate: --mode takes user or supervisor, not '" << *v << "'\n";
                return false;
            }
        } else if (a == "--") {
            o.addresses.insert(o.addresses.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        } else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
            err << "mmulab-cli translate: unknown option '" << a << "'\n" << TranslateUsage;
            return false;
        } else {
            o.addresses.push_back(a);
        }
    }
    if (o.addresses.empty()) {
        err << "mmulab-cli translate: no address given\n" << TranslateUsage;
        return false;
    }
    return true;
}

} // namespace

int runTranslate(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    TranslateOptions o;
    if (!parseOptions(args, o, err))
        return ExitUsage;

    auto machine = mmu::loadMachine(o.machine);
    if (!machine) {
        err << "mmulab-cli translate: machine " << machine.error().message() << '\n';
        return ExitBadInput;
    }
    mmu::MachineConfig config = *machine;
    if (o.format)
        config.paging = o.format->id;
    const mmu::PagingFormat &format = *mmu::findFormat(config.paging);

    // Parse every address before translating any, so bad input prints nothing but the error.
    std::vector<uint64_t> addresses;
    for (size_t i = 0; i < o.addresses.size(); ++i) {
        auto parsed = mmu::parseAddress(o.addresses[i], format);
        if (!parsed) {
            err << "mmulab-cli translate: address " << (i + 1) << " '" << o.addresses[i]
                << "': " << parsed.error().message() << '\n';
            return ExitBadInput;
        }
        addresses.push_back(*parsed);
    }

    mmu::System system(config);
    if (auto layout = system.addDefaultLayout(); !layout) {
        err << "mmulab-cli translate: " << layout.error().message() << '\n';
        return ExitBadInput;
    }

    nlohmann::json translations = nlohmann::json::array();
    for (uint64_t va : addresses) {
        std::vector<mmu::Step> steps;
        // As a program sees it: a page fault is handled by the kernel and the access retried.
        const mmu::AccessResult r = system.access(va, o.access, o.privilege, &steps);
        if (o.json)
            translations.push_back(translationToJson(system.format(), r, steps));
        else
            printTranslation(out, system, r, steps);
    }
    if (o.json)
        out << nlohmann::json{{"translations", translations}}.dump(2) << '\n';
    return ExitOk;
}

} // namespace cli
