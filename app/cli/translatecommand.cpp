// SPDX-License-Identifier: GPL-3.0-or-later
#include "translatecommand.h"

#include "cliapp.h"
#include "ostepreport.h"
#include "translationjson.h"
#include "translationtext.h"

#include "address.h"
#include "lessonfile.h"
#include "machinefile.h"
#include "system.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

namespace cli {

namespace {

const char *const TranslateUsage =
    "usage: mmulab-cli translate [--machine PRESET|FILE] [--format NAME] [--access read|write|execute]\n"
    "                            [--mode user|supervisor] [--json] ADDRESS...\n"
    "       mmulab-cli translate --lesson FILE [--json] [ADDRESS...]\n"
    "  With --lesson: the lesson's machine and mappings, and its accesses when no address is given.\n"
    "       mmulab-cli translate --ostep FILE [--json]\n"
    "  With --ostep: answer a problem printed by OSTEP's paging-multilevel-translate.py.\n";

struct TranslateOptions {
    std::string machine = "teaching";
    bool machineGiven = false;
    std::string lesson;
    const mmu::PagingFormat *format = nullptr; ///< overrides the machine's paging format
    mmu::AccessType access = mmu::AccessType::Read;
    mmu::Privilege privilege = mmu::Privilege::User;
    bool json = false;
    std::vector<std::string> addresses;
};

/** User input echoed in a message: at most 40 characters, control and non-ASCII bytes escaped. */
std::string quotedInput(const std::string &text)
{
    std::string q;
    for (size_t i = 0; i < text.size() && i < 40; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7f) {
            q += static_cast<char>(c);
        } else {
            static const char digits[] = "0123456789abcdef";
            q += "\\x";
            q += digits[c >> 4];
            q += digits[c & 15];
        }
    }
    if (text.size() > 40)
        q += "… (" + std::to_string(text.size()) + " bytes)";
    return q;
}

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
            o.machineGiven = true;
        } else if (a == "--lesson") {
            const std::string *v = value("--lesson");
            if (!v)
                return false;
            o.lesson = *v;
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
    if (!o.lesson.empty() && (o.machineGiven || o.format)) {
        err << "mmulab-cli translate: --lesson brings its own machine; leave out --machine and --format\n";
        return false;
    }
    if (o.addresses.empty() && o.lesson.empty()) {
        err << "mmulab-cli translate: no address given\n" << TranslateUsage;
        return false;
    }
    return true;
}

/** Runs the accesses in order on one system and prints each translation. */
void translateAll(mmu::System &system, const std::vector<mmu::SessionAccess> &accesses, bool json, std::ostream &out)
{
    nlohmann::json translations = nlohmann::json::array();
    for (const mmu::SessionAccess &a : accesses) {
        std::vector<mmu::Step> steps;
        // As a program sees it: a page fault is handled by the kernel and the access retried.
        const mmu::AccessResult r = system.access(a.va, a.type, a.privilege, &steps);
        if (json)
            translations.push_back(translationToJson(system.format(), r, steps));
        else
            printTranslation(out, system, r, steps);
    }
    if (json)
        out << nlohmann::json{{"translations", translations}}.dump(2) << '\n';
}

/** Translates on the lesson's machine and mappings: its accesses, or the addresses given. */
int translateLesson(const TranslateOptions &o, std::ostream &out, std::ostream &err)
{
    auto lesson = mmu::loadLessonFile(o.lesson);
    if (!lesson) {
        err << "mmulab-cli translate: " << lesson.error().message() << '\n';
        return ExitBadInput;
    }
    if (!lesson->ostepProblem.empty()) {
        // Its memory is the problem's, with no process behind it: --ostep answers it as the exercise asks.
        err << "mmulab-cli translate: " << o.lesson
            << ": the lesson is an OSTEP problem; save its \"ostep\" text to a file and use translate --ostep FILE\n";
        return ExitBadInput;
    }
    const mmu::PagingFormat &format = *mmu::findFormat(lesson->machine.paging);
    std::vector<mmu::SessionAccess> accesses;
    for (const mmu::LessonAccess &a : lesson->accesses)
        accesses.push_back(a.access);
    if (!o.addresses.empty()) {
        accesses.clear();
        for (size_t i = 0; i < o.addresses.size(); ++i) {
            auto parsed = mmu::parseAddress(o.addresses[i], format);
            if (!parsed) {
                err << "mmulab-cli translate: address " << (i + 1) << " '" << o.addresses[i]
                    << "': " << parsed.error().message() << '\n';
                return ExitBadInput;
            }
            accesses.push_back({*parsed, o.access, o.privilege});
        }
    }
    mmu::System system(lesson->machine);
    for (const mmu::Mapping &m : lesson->mappings) {
        if (auto r = system.addMapping(m); !r) {
            err << "mmulab-cli translate: " << o.lesson << ": " << r.error().message() << '\n';
            return ExitBadInput;
        }
    }
    for (size_t i = 0; i < lesson->entries.size(); ++i) {
        if (!mmu::applyEntryPatch(format, system.memory(), system.pageTable().root(), lesson->entries[i])) {
            err << "mmulab-cli translate: " << o.lesson << ": entries[" << i << "]: the tables do not reach its "
                << format.levels[static_cast<size_t>(lesson->entries[i].level)].name << " entry\n";
            return ExitBadInput;
        }
    }
    translateAll(system, accesses, o.json, out);
    return ExitOk;
}

/**
 * `translate --ostep FILE [--json]`: builds the memory of an OSTEP paging-multilevel-translate.py
 * problem and answers each of its addresses; takes no other option and no address.
 */
int translateOstep(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::string path;
    bool json = false;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--json") {
            json = true;
        } else if (args[i] == "--ostep" && i + 1 < args.size() && path.empty()) {
            path = args[++i];
        } else {
            err << "mmulab-cli translate: --ostep takes a file and --json only; the addresses come from the file"
                << (args[i] == "--ostep" ? "" : " (not '" + quotedInput(args[i]) + "')") << '\n'
                << TranslateUsage;
            return ExitUsage;
        }
    }
    auto problem = mmu::OstepProblem::load(path);
    if (!problem) {
        err << "mmulab-cli translate: " << problem.error().message() << '\n';
        return ExitBadInput;
    }
    if (json)
        out << ostepAnswersToJson(*problem).dump(2) << '\n';
    else
        printOstepAnswers(out, *problem);
    return ExitOk;
}

} // namespace

int runTranslate(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (asksForHelp(args)) {
        out << TranslateUsage;
        return ExitOk;
    }
    if (std::find(args.begin(), args.end(), "--ostep") != args.end())
        return translateOstep(args, out, err);
    TranslateOptions o;
    if (!parseOptions(args, o, err))
        return ExitUsage;

    if (!o.lesson.empty())
        return translateLesson(o, out, err);
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
            err << "mmulab-cli translate: address " << (i + 1) << " '" << quotedInput(o.addresses[i])
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

    std::vector<mmu::SessionAccess> accesses;
    for (uint64_t va : addresses)
        accesses.push_back({va, o.access, o.privilege});
    translateAll(system, accesses, o.json, out);
    return ExitOk;
}

} // namespace cli
