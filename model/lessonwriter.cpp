// SPDX-License-Identifier: GPL-3.0-or-later
// Writing lesson files (lessonfile.h); lessonfile.cpp reads them.
#include "lessonfile.h"

#include "atomicfile.h"
#include "ostepproblem.h"
#include "pagingformat.h"
#include "stepnames.h"

#include <algorithm>

namespace mmu {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

ordered_json writeText(const std::string &text)
{
    if (text.find('\n') == std::string::npos)
        return text;
    ordered_json lines = ordered_json::array();
    size_t from = 0;
    for (;;) {
        const size_t nl = text.find('\n', from);
        lines.push_back(text.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
        if (nl == std::string::npos)
            break;
        from = nl + 1;
    }
    return lines;
}

/** The machine by preset name when it is exactly a preset, else in full (machine-file keys in file order). */
ordered_json machineValue(const MachineConfig &machine)
{
    const json mine = machineToJson(machine);
    for (const std::string &name : presetNames())
        if (auto preset = loadMachine(name); preset && machineToJson(*preset) == mine)
            return name;
    static const char *const order[] = {"name", "paging", "clock_ghz", "tlbs", "walk_caches", "caches",
                                        "dram_latency", "memory", "fault_costs"};
    static const char *const tlbOrder[] = {"name", "level", "page_sizes", "entries", "ways", "policy", "latency"};
    static const char *const cacheOrder[] = {"name", "size", "ways", "line", "latency"};
    static const char *const walkOrder[] = {"level", "entries", "latency"};
    auto ordered = [](const json &obj, auto &keys) {
        ordered_json out = ordered_json::object();
        for (const char *k : keys)
            if (obj.contains(k))
                out[k] = ordered_json::parse(obj.at(k).dump());
        for (const auto &[k, v] : obj.items())
            if (!out.contains(k))
                out[k] = ordered_json::parse(v.dump());
        return out;
    };
    ordered_json out = ordered(mine, order);
    ordered_json tlbs = ordered_json::array();
    for (const json &t : mine.at("tlbs"))
        tlbs.push_back(ordered(t, tlbOrder));
    out["tlbs"] = tlbs;
    ordered_json caches = ordered_json::array();
    for (const json &c : mine.at("caches"))
        caches.push_back(ordered(c, cacheOrder));
    out["caches"] = caches;
    ordered_json walks = ordered_json::array();
    for (const json &w : mine.at("walk_caches"))
        walks.push_back(ordered(w, walkOrder));
    out["walk_caches"] = walks;
    return out;
}

ordered_json mappingValue(const Mapping &m, const PagingFormat *format)
{
    ordered_json o = ordered_json::object();
    o["name"] = m.name;
    o["start"] = addressText(m.start);
    o["length"] = sizeName(m.length);
    o["perms"] = std::string("r") + (m.perms.write ? "w" : "-") + (m.perms.execute ? "x" : "-");
    if (!m.perms.user)
        o["user"] = false;
    if (!format || m.pageSize != format->pageSize())
        o["page_size"] = pageSizeName(m.pageSize);
    // Flags appear when they differ from a plain Mapping, so a file says what is special.
    const Mapping plain;
    if (m.global != plain.global)
        o["global"] = m.global;
    if (m.populated != plain.populated)
        o["populated"] = m.populated;
    if (m.thp != plain.thp)
        o["thp"] = m.thp;
    if (m.fileBacked != plain.fileBacked)
        o["file"] = m.fileBacked;
    if (m.pageCacheWarm != plain.pageCacheWarm)
        o["page_cache_warm"] = m.pageCacheWarm;
    if (m.locked != plain.locked)
        o["locked"] = m.locked;
    if (m.sequential != plain.sequential)
        o["sequential"] = m.sequential;
    return o;
}

ordered_json annotationValue(const Annotation &a)
{
    ordered_json o = ordered_json::object();
    o["kind"] = std::string(annotationKindName(a.kind));
    ordered_json anchor = ordered_json::object();
    anchor["panel"] = a.panel;
    if (!a.element.empty())
        anchor["element"] = a.element;
    o["anchor"] = anchor;
    if (!a.text.empty())
        o["text"] = writeText(a.text);
    o["offset"] = ordered_json::array({a.offset.x, a.offset.y});
    if (a.size.width != 0.0 || a.size.height != 0.0)
        o["size"] = ordered_json::array({a.size.width, a.size.height});
    o["step"] = a.step;
    return o;
}

/** The annotations of access `translation` (−1: of every access), in the lesson's order. */
ordered_json annotationsOf(const Lesson &lesson, int translation)
{
    ordered_json list = ordered_json::array();
    for (const Annotation &n : lesson.annotations)
        if (n.translation == translation)
            list.push_back(annotationValue(n));
    return list;
}

ordered_json accessValue(const LessonAccess &a, ordered_json annotations)
{
    ordered_json o = ordered_json::object();
    o["address"] = addressText(a.access.va);
    o["access"] = std::string(toId(a.access.type));
    o["mode"] = std::string(toId(a.access.privilege));
    if (a.expectedFault)
        o["expect_fault"] = std::string(toId(*a.expectedFault));
    if (!a.notes.empty())
        o["notes"] = writeText(a.notes);
    if (!annotations.empty())
        o["annotations"] = std::move(annotations);
    return o;
}

bool isScalar(const ordered_json &v)
{
    return !v.is_object() && !v.is_array();
}

/** Objects and arrays of scalars (and small objects of scalars) fit on one line. */
bool isFlat(const ordered_json &v, int depth = 0)
{
    if (isScalar(v))
        return true;
    if (depth > 1)
        return false;
    for (const auto &item : v)
        if (!isFlat(item, depth + 1))
            return false;
    return true;
}

std::string oneLine(const ordered_json &v)
{
    if (isScalar(v))
        return v.dump();
    if (v.empty())
        return v.is_object() ? "{}" : "[]";
    std::string s = v.is_object() ? "{ " : "[";
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
        s += first ? "" : ", ";
        first = false;
        if (v.is_object())
            s += ordered_json(it.key()).dump() + ": ";
        s += oneLine(*it);
    }
    return s + (v.is_object() ? " }" : "]");
}

constexpr size_t LineWidth = 100;

void writePretty(std::string &out, const ordered_json &v, size_t indent, size_t used)
{
    if (isFlat(v)) {
        const std::string line = oneLine(v);
        if (isScalar(v) || used + line.size() <= LineWidth) {
            out += line;
            return;
        }
    }
    const bool object = v.is_object();
    out += object ? "{\n" : "[\n";
    const std::string pad(indent + 2, ' ');
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
        out += first ? "" : ",\n";
        first = false;
        out += pad;
        size_t at = pad.size();
        if (object) {
            const std::string key = ordered_json(it.key()).dump() + ": ";
            out += key;
            at += key.size();
        }
        writePretty(out, *it, indent + 2, at);
    }
    out += "\n" + std::string(indent, ' ') + (object ? "}" : "]");
}

} // namespace

/** "0x7fff_a1b2_c3d4": groups of four digits, as people write addresses in lessons. */
std::string addressText(uint64_t va)
{
    static const char digits[] = "0123456789abcdef";
    std::string hexDigits;
    do {
        hexDigits.insert(hexDigits.begin(), digits[va & 0xf]);
        va >>= 4;
    } while (va);
    std::string out = "0x";
    for (size_t i = 0; i < hexDigits.size(); ++i) {
        if (i && (hexDigits.size() - i) % 4 == 0)
            out += '_';
        out += hexDigits[i];
    }
    return out;
}

std::string sizeName(uint64_t bytes)
{
    static const char units[] = {'K', 'M', 'G', 'T'};
    int unit = -1;
    uint64_t value = bytes;
    while (unit < 3 && value >= 1024 && value % 1024 == 0) {
        value /= 1024;
        ++unit;
    }
    return unit < 0 ? std::to_string(bytes) : std::to_string(value) + units[unit];
}

ordered_json lessonToJson(const Lesson &lesson)
{
    ordered_json o = ordered_json::object();
    o["format"] = std::string(LessonFormatName);
    o["version"] = LessonFormatVersion;
    o["title"] = lesson.title;
    if (!lesson.notes.empty())
        o["notes"] = writeText(lesson.notes);
    o["machine"] = machineValue(lesson.machine);
    const PagingFormat *format = findFormat(lesson.machine.paging);
    if (lesson.mappings == defaultProcessLayout()) {
        if (lesson.ostepProblem.empty()) // an OSTEP problem brings its own memory: no process to lay out
            o["mappings"] = "default";
    } else {
        ordered_json mappings = ordered_json::array();
        for (const Mapping &m : lesson.mappings)
            mappings.push_back(mappingValue(m, format));
        o["mappings"] = mappings;
    }
    if (!lesson.entries.empty()) {
        ordered_json entries = ordered_json::array();
        for (const EntryPatch &p : lesson.entries)
            entries.push_back({{"address", addressText(p.va)},
                               {"level", format->levels[static_cast<size_t>(p.level)].name},
                               {"value", addressText(p.value)}});
        o["entries"] = entries;
    }
    if (!lesson.ostepProblem.empty())
        o["ostep"] = writeText(lesson.ostepProblem);
    if (ordered_json every = annotationsOf(lesson, -1); !every.empty())
        o["annotations"] = std::move(every);
    // Annotations of accesses the lesson does not have cannot be shown and are not written.
    ordered_json accesses = ordered_json::array();
    for (size_t i = 0; i < lesson.accesses.size(); ++i)
        accesses.push_back(accessValue(lesson.accesses[i], annotationsOf(lesson, static_cast<int>(i))));
    o["accesses"] = accesses;
    return o;
}

std::string serializeLesson(const Lesson &lesson)
{
    std::string out;
    writePretty(out, lessonToJson(lesson), 0, 0);
    return out + "\n";
}

Result<bool, ConfigError> saveLessonFile(const std::string &path, const Lesson &lesson)
{
    return writeFileAtomically(path, serializeLesson(lesson));
}

} // namespace mmu
