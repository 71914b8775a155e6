// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bad lesson files of the bad-input catalogue (issue 9), shared by the tests of every
// loader: the model's loadLessonFile, `mmulab-cli translate --lesson` and the GUI's
// `mmulab --lesson FILE --export`. Each case is written into a test's own directory when the
// test runs, so listing the tests creates no files.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace badlessons {

struct Case {
    enum class Kind { Contents, Missing, Directory, Unreadable, Device };
    const char *name;
    Kind kind = Kind::Contents;
    std::string contents;
    std::vector<std::string> mustSay; ///< substrings of the message, after the file's path
};

inline void PrintTo(const Case &c, std::ostream *os)
{
    *os << c.name;
}

inline std::string lesson(const std::string &rest)
{
    return R"({"format": "mmulab-lesson", "version": 1, "machine": "teaching", )" + rest + "}";
}

inline std::string inlineMachine(const std::string &tlb, const std::string &memory)
{
    return R"({"format": "mmulab-lesson", "version": 1, "accesses": [], "machine": {"name": "m", "paging": "x86-64",
              "clock_ghz": 1, "dram_latency": 100, "tlbs": [)" + tlb + "]" + memory + "}}";
}

inline std::vector<Case> catalogue()
{
    using K = Case::Kind;
    const std::string tlb = R"({"name": "L1", "level": 1, "page_sizes": ["4K"], "entries": 16, "ways": 4, "latency": 1})";
    return {
        {"Empty", K::Contents, "", {":1:1: invalid JSON", "unexpected end of input"}},
        {"Whitespace", K::Contents, " \t\n  \n", {":3:1: invalid JSON", "unexpected end of input"}},
        {"NonHexAddress", K::Contents, lesson(R"("accesses": [{"address": "0x12g4"}])"),
         {"accesses[0].address", "'g' at column 5 is not a hex digit"}},
        {"TooWideAddress", K::Contents, lesson(R"("accesses": [{"address": "0x1_0000_0000_0000_0000"}])"),
         {"accesses[0].address", "64 bits"}},
        {"NonCanonicalMapping", K::Contents,
         lesson(R"("mappings": [{"name": "a", "start": "0x7fff_ffff_f000", "length": "8K", "perms": "r--"}], "accesses": [])"),
         {"mappings[0].start", "not canonical"}},
        {"NegativeAddress", K::Contents, lesson(R"("accesses": [{"address": "-1"}])"),
         {"accesses[0].address", "'-' at column 1"}},
        {"NegativeStep", K::Contents,
         lesson(R"("accesses": [{"address": "0x1000", "annotations": [{"kind": "box", "anchor": {"panel": "walk"}, "step": -2}]}])"),
         {"accesses[0].annotations[0].step", "-2 is out of range"}},
        {"OverflowVersion", K::Contents, R"({"format": "mmulab-lesson", "version": 99999999999999999999999, "accesses": []})",
         {"version", "must be a whole number"}},
        {"NulBytes", K::Contents, std::string("{\"format\": \"mmulab-lesson\"\0\0\0}", 30), {":1:27: invalid JSON"}},
        {"InvalidUtf8", K::Contents, lesson("\"title\": \"\xff\xfe\", \"accesses\": []"), {":1:", "invalid JSON", "UTF-8"}},
        {"BinaryGarbage", K::Contents, std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), {":1:1: invalid JSON"}},
        {"Truncated", K::Contents, lesson(R"("accesses": [{"address": "0x1000"}])").substr(0, 90),
         {":1:", "invalid JSON", "unexpected end of input"}},
        {"CrOnlyLines", K::Contents, "{\r\"format\": \"mmulab-lesson\",\r\"version\": 1,,\r}", {":3:14: invalid JSON"}},
        {"TenMegabyteLine", K::Contents,
         R"({"format": "mmulab-lesson", "version": 1, "title": ")" + std::string(10 << 20, 'a'),
         {":1:", "invalid JSON", "missing closing quote"}},
        {"WrongType", K::Contents, lesson(R"("accesses": [{"address": 4096}])"),
         {"accesses[0].address: must be a string, not a whole number"}},
        {"MissingKey", K::Contents, lesson(R"("title": "no accesses")"), {"accesses: missing"}},
        {"UnknownKey", K::Contents, lesson(R"("accesses": [], "colour": "red")"), {"colour: unknown key"}},
        {"FutureVersion", K::Contents, R"({"format": "mmulab-lesson", "version": 2, "accesses": []})",
         {"version 2 is newer than this mmulab understands (1)"}},
        {"NotALesson", K::Contents, R"({"name": "m", "paging": "x86-64"})", {"format: missing"}},
        {"ImpossibleGeometry", K::Contents,
         inlineMachine(R"({"name": "L1", "level": 1, "page_sizes": ["4K"], "entries": 16, "ways": 3, "latency": 1})", ""),
         {"machine.tlbs[0].ways", "3 ways do not divide 16 entries"}},
        {"ZeroFrames", K::Contents, inlineMachine(tlb, R"(, "memory": {"frames": 0})"),
         {"machine.memory.frames", "out of range"}},
        {"Directory", K::Directory, "", {"is a directory"}},
        {"Unreadable", K::Unreadable, lesson(R"("accesses": [])"), {"cannot be read", "ermission denied"}},
        {"Nonexistent", K::Missing, "", {"no such file"}},
        {"EndlessDevice", K::Device, "", {"larger than 64 MiB"}},
    };
}

/**
 * Puts the case's file in `dir` and returns the path to give the loader, or nullopt when the
 * case cannot be made here (an unreadable file, when running as root, reads fine).
 */
inline std::optional<std::string> place(const Case &c, const std::filesystem::path &dir)
{
    namespace fs = std::filesystem;
    const fs::path path = dir / (std::string(c.name) + ".mmulab");
    switch (c.kind) {
    case Case::Kind::Missing:
        return path.string();
    case Case::Kind::Directory:
        fs::create_directories(path);
        return path.string();
    case Case::Kind::Device:
        return std::string("/dev/zero");
    case Case::Kind::Unreadable:
        if (geteuid() == 0)
            return std::nullopt;
        break;
    case Case::Kind::Contents:
        break;
    }
    std::ofstream(path, std::ios::binary) << c.contents;
    if (c.kind == Case::Kind::Unreadable)
        fs::permissions(path, fs::perms::none);
    return path.string();
}

} // namespace badlessons
