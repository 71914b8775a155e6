// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonfile.h"

#include "address.h"
#include "atomicfile.h"
#include "jsonreader.h"
#include "ostepproblem.h"
#include "pagingformat.h"
#include "stepnames.h"

#include <algorithm>
#include <cmath>

namespace mmu {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

/** More pages than this in populated mappings would make opening a lesson take seconds. */
constexpr uint64_t MaxPopulatedPages = uint64_t{1} << 16;
/** Annotation geometry, in line heights: beyond this an annotation is off any screen. */
constexpr double MaxAnnotationUnits = 1000.0;
constexpr int MaxAnnotationStep = 10000;

/** Markdown is kept as a string, or as an array of lines so hand-written files stay readable. */
std::string readText(const JsonReader &r, const json &obj, const std::string &path, const char *key)
{
    const json &v = obj.at(key);
    if (v.is_string())
        return v.get<std::string>();
    if (!v.is_array())
        r.fail(JsonReader::join(path, key), "must be a string or an array of lines, not " + JsonReader::typeName(v));
    std::string text;
    for (size_t i = 0; i < v.size(); ++i) {
        if (!v[i].is_string())
            r.fail(JsonReader::indexed(JsonReader::join(path, key), i),
                   "must be a string (a line of text), not " + JsonReader::typeName(v[i]));
        text += (i ? "\n" : "") + v[i].get<std::string>();
    }
    return text;
}

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

/** A byte count: a whole number, or a string "64K", "2M", "1G", "0x200000". */
uint64_t readSize(const JsonReader &r, const json &obj, const std::string &path, const char *key)
{
    const json &v = obj.at(key);
    const std::string where = JsonReader::join(path, key);
    if (v.is_number_unsigned() || v.is_number_integer())
        return r.count(obj, path, key, 1, uint64_t{1} << 57);
    if (!v.is_string())
        r.fail(where, "must be a size such as \"64K\" or a whole number of bytes, not " + JsonReader::typeName(v));
    const std::string s = v.get<std::string>();
    uint64_t value = 0;
    bool digits = false;
    size_t i = 0;
    const bool hex = s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    for (i = hex ? 2 : 0; i < s.size(); ++i) {
        const char c = s[i];
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0)
            break;
        if (value > (uint64_t{1} << 57))
            r.fail(where, "'" + s + "' is too large");
        value = value * (hex ? 16 : 10) + static_cast<uint64_t>(d);
        digits = true;
    }
    int shift = 0;
    if (!hex && i + 1 == s.size()) {
        switch (s[i]) {
        case 'K': shift = 10; break;
        case 'M': shift = 20; break;
        case 'G': shift = 30; break;
        case 'T': shift = 40; break;
        default: shift = -1;
        }
        ++i;
    }
    if (!digits || i != s.size() || shift < 0 || value == 0)
        r.fail(where, "'" + s + "' is not a size such as \"64K\", \"2M\", \"1G\" or \"0x10000\"");
    if (value > (uint64_t{1} << (57 - shift)))
        r.fail(where, "'" + s + "' is too large");
    return value << shift;
}

uint64_t readAddress(const JsonReader &r, const json &obj, const std::string &path, const char *key,
                     const PagingFormat &format)
{
    const std::string text = r.string(obj, path, key);
    auto address = parseAddress(text, format);
    if (!address)
        r.fail(JsonReader::join(path, key), "'" + text + "': " + address.error().message());
    return *address;
}

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

template <class Enum, size_t N>
Enum readChoice(const JsonReader &r, const json &obj, const std::string &path, const char *key,
                const std::array<Enum, N> &choices)
{
    const std::string s = r.string(obj, path, key);
    std::string known;
    for (Enum c : choices) {
        if (toId(c) == s)
            return c;
        known += (known.empty() ? "" : ", ") + std::string(toId(c));
    }
    r.fail(JsonReader::join(path, key), "unknown value '" + s + "' (known: " + known + ")");
}

Permissions readPerms(const JsonReader &r, const json &obj, const std::string &path)
{
    const std::string s = r.string(obj, path, "perms");
    const std::string where = JsonReader::join(path, "perms");
    if (s.size() != 3 || s[0] != 'r' || (s[1] != 'w' && s[1] != '-') || (s[2] != 'x' && s[2] != '-'))
        r.fail(where, "'" + s + "' is not a permission such as \"r--\", \"rw-\" or \"r-x\" (pages are always readable)");
    Permissions p;
    p.write = s[1] == 'w';
    p.execute = s[2] == 'x';
    return p;
}

Mapping readMapping(const JsonReader &r, const json &m, const std::string &path, const PagingFormat &format)
{
    r.checkKeys(m, path,
                {"name", "start", "length", "perms", "user", "global", "page_size", "populated", "thp", "file",
                 "page_cache_warm", "locked", "sequential"},
                {"name", "start", "length", "perms"});
    Mapping map;
    map.name = r.string(m, path, "name");
    map.start = readAddress(r, m, path, "start", format);
    map.length = readSize(r, m, path, "length");
    map.perms = readPerms(r, m, path);
    if (m.contains("user"))
        map.perms.user = r.boolean(m, path, "user");
    if (m.contains("page_size")) {
        const std::string s = r.string(m, path, "page_size");
        const auto size = parsePageSizeName(s);
        if (!size)
            r.fail(path + ".page_size", "'" + s + "' is not a page size such as 4K, 2M or 1G");
        map.pageSize = *size;
    } else {
        map.pageSize = format.pageSize();
    }
    const auto flag = [&](const char *key, bool &field) {
        if (m.contains(key))
            field = r.boolean(m, path, key);
    };
    flag("global", map.global);
    flag("populated", map.populated);
    flag("thp", map.thp);
    flag("file", map.fileBacked);
    flag("page_cache_warm", map.pageCacheWarm);
    flag("locked", map.locked);
    flag("sequential", map.sequential);

    if (format.leafLevelFor(map.pageSize) < 0)
        r.fail(path + ".page_size", pageSizeName(map.pageSize) + " pages do not exist in " + format.id);
    if (map.start % map.pageSize)
        r.fail(path + ".start", addressText(map.start) + " is not aligned to its " + pageSizeName(map.pageSize) + " pages");
    if (map.length % map.pageSize)
        r.fail(path + ".length", sizeName(map.length) + " is not a whole number of " + pageSizeName(map.pageSize) + " pages");
    if (!format.isCanonical(map.start) || map.end() < map.start || !format.isCanonical(map.end() - 1))
        r.fail(path + ".start", "the mapping " + addressText(map.start) + " + " + sizeName(map.length)
                                    + " is not canonical in " + format.id);
    if (map.pageCacheWarm && !map.fileBacked)
        r.fail(path + ".page_cache_warm", "only a file mapping (\"file\": true) has pages in the page cache");
    if (map.thp && map.pageSize != format.pageSize())
        r.fail(path + ".thp", "transparent hugepages are for mappings of " + pageSizeName(format.pageSize()) + " pages");
    return map;
}

std::vector<Mapping> readMappings(const JsonReader &r, const json &doc, const PagingFormat &format)
{
    const json &v = doc.at("mappings");
    if (v.is_string()) {
        if (v.get<std::string>() != "default")
            r.fail("mappings", "'" + v.get<std::string>() + "' is not \"default\" or an array of mappings");
        return defaultProcessLayout();
    }
    if (!v.is_array())
        r.fail("mappings", "must be \"default\" or an array of mappings, not " + JsonReader::typeName(v));
    std::vector<Mapping> mappings;
    uint64_t populatedPages = 0;
    for (size_t i = 0; i < v.size(); ++i) {
        const std::string path = JsonReader::indexed("mappings", i);
        Mapping m = readMapping(r, v[i], path, format);
        for (size_t k = 0; k < mappings.size(); ++k) {
            const Mapping &other = mappings[k];
            if (m.start < other.end() && other.start < m.end())
                r.fail(path + ".start", "'" + m.name + "' overlaps mappings[" + std::to_string(k) + "] '" + other.name + "'");
        }
        if (m.populated && m.pageSize == format.pageSize())
            populatedPages += m.length / m.pageSize;
        if (populatedPages > MaxPopulatedPages)
            r.fail(path + ".populated", "more than " + std::to_string(MaxPopulatedPages)
                                            + " pages would be populated; use \"populated\": false for demand paging");
        mappings.push_back(std::move(m));
    }
    return mappings;
}

MachineConfig readLessonMachine(const JsonReader &r, const json &doc)
{
    const json &v = doc.at("machine");
    if (v.is_string()) {
        const std::string name = v.get<std::string>();
        if (presetJson(name).empty()) {
            std::string names;
            for (const std::string &n : presetNames())
                names += (names.empty() ? "" : ", ") + n;
            r.fail("machine", "unknown preset '" + name + "' (presets: " + names + "; or give the machine as an object)");
        }
        auto m = loadMachine(name);
        if (!m)
            r.fail("machine", m.error().message());
        return *m;
    }
    if (!v.is_object())
        r.fail("machine", "must be a preset name or a machine object, not " + JsonReader::typeName(v));
    auto m = parseMachine(v.dump(), r.origin());
    if (!m) {
        ConfigError e = m.error();
        e.key = e.key.empty() ? "machine" : "machine." + e.key;
        throw e;
    }
    return *m;
}

double readGeometry(const JsonReader &r, const json &value, const std::string &path)
{
    if (!value.is_number())
        r.fail(path, "must be a number, not " + JsonReader::typeName(value));
    const double d = value.get<double>();
    if (!std::isfinite(d) || std::abs(d) > MaxAnnotationUnits)
        r.fail(path, value.dump() + " is out of range (-1000 to 1000 line heights)");
    return d;
}

std::pair<double, double> readPair(const JsonReader &r, const json &obj, const std::string &path, const char *key)
{
    const json &v = r.array(obj, path, key);
    const std::string where = JsonReader::join(path, key);
    if (v.size() != 2)
        r.fail(where, "must be two numbers [x, y], not " + std::to_string(v.size()));
    return {readGeometry(r, v[0], where + "[0]"), readGeometry(r, v[1], where + "[1]")};
}

Annotation readAnnotation(const JsonReader &r, const json &a, const std::string &path, int translation)
{
    r.checkKeys(a, path, {"kind", "anchor", "text", "offset", "size", "step"}, {"kind", "anchor"});
    Annotation n;
    n.translation = translation;
    const std::string kind = r.string(a, path, "kind");
    const auto k = parseAnnotationKind(kind);
    if (!k)
        r.fail(path + ".kind", "unknown kind '" + kind + "' (known: callout, arrow, box)");
    n.kind = *k;
    const json &anchor = a.at("anchor");
    const std::string anchorPath = path + ".anchor";
    r.checkKeys(anchor, anchorPath, {"panel", "element"}, {"panel"});
    n.panel = r.string(anchor, anchorPath, "panel");
    const auto &panels = lessonPanels();
    if (std::find(panels.begin(), panels.end(), n.panel) == panels.end()) {
        std::string names;
        for (std::string_view p : panels)
            names += (names.empty() ? "" : ", ") + std::string(p);
        r.fail(anchorPath + ".panel", "unknown panel '" + n.panel + "' (known: " + names + ")");
    }
    if (anchor.contains("element"))
        n.element = r.string(anchor, anchorPath, "element");
    if (a.contains("text"))
        n.text = readText(r, a, path, "text");
    if (n.kind == Annotation::Kind::Callout && n.text.empty())
        r.fail(path + ".text", "a callout needs text");
    if (a.contains("offset"))
        std::tie(n.offset.x, n.offset.y) = readPair(r, a, path, "offset");
    if (a.contains("size")) {
        std::tie(n.size.width, n.size.height) = readPair(r, a, path, "size");
        if (n.size.width < 0 || n.size.height < 0)
            r.fail(path + ".size", "must not be negative");
    }
    if (a.contains("step"))
        n.step = static_cast<int>(r.integer(a, path, "step", -1, MaxAnnotationStep));
    return n;
}

void readAnnotations(const JsonReader &r, const json &obj, const std::string &path, int translation,
                     std::vector<Annotation> &out)
{
    const json &list = r.array(obj, path, "annotations");
    const std::string where = JsonReader::join(path, "annotations");
    for (size_t i = 0; i < list.size(); ++i)
        out.push_back(readAnnotation(r, list[i], JsonReader::indexed(where, i), translation));
}

std::vector<EntryPatch> readEntryPatches(const JsonReader &r, const json &doc, const PagingFormat &format)
{
    const json &list = r.array(doc, "", "entries");
    std::vector<EntryPatch> patches;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string path = JsonReader::indexed("entries", i);
        const json &e = list[i];
        r.checkKeys(e, path, {"address", "level", "value"}, {"address", "level", "value"});
        EntryPatch p;
        p.va = readAddress(r, e, path, "address", format);
        const std::string level = r.string(e, path, "level");
        p.level = -1;
        std::string names;
        for (int l = 0; l < format.levelCount(); ++l) {
            names += (l ? ", " : "") + format.levels[static_cast<size_t>(l)].name;
            if (format.levels[static_cast<size_t>(l)].name == level)
                p.level = l;
        }
        if (p.level < 0)
            r.fail(path + ".level", "'" + level + "' is not a level of " + format.id + " (" + names + ")");
        // An entry, not an address: any 64-bit value, then checked against the entry's size.
        p.value = readAddress(r, e, path, "value", x86_64Format());
        if (format.entryBytes < 8 && p.value >> (8 * format.entryBytes))
            r.fail(path + ".value", addressText(p.value) + " does not fit a " + std::to_string(format.entryBytes)
                                        + "-byte entry of " + format.id);
        patches.push_back(p);
    }
    return patches;
}

LessonAccess readAccess(const JsonReader &r, const json &a, const std::string &path, const PagingFormat &format)
{
    r.checkKeys(a, path, {"address", "access", "mode", "expect_fault", "notes", "annotations"}, {"address"});
    LessonAccess access;
    access.access.va = readAddress(r, a, path, "address", format);
    if (a.contains("access"))
        access.access.type = readChoice(r, a, path, "access",
                                        std::array{AccessType::Read, AccessType::Write, AccessType::Execute});
    if (a.contains("mode"))
        access.access.privilege = readChoice(r, a, path, "mode", std::array{Privilege::User, Privilege::Supervisor});
    if (a.contains("expect_fault"))
        access.expectedFault = readChoice(r, a, path, "expect_fault",
                                          std::array{OsFault::None, OsFault::Minor, OsFault::Major, OsFault::Protection,
                                                     OsFault::Segv, OsFault::GeneralProtection, OsFault::Bus});
    if (a.contains("notes"))
        access.notes = readText(r, a, path, "notes");
    return access;
}

Lesson readLesson(const json &doc, const JsonReader &r)
{
    if (!doc.is_object())
        r.fail("", "not an mmulab lesson: the file holds " + JsonReader::typeName(doc) + ", not an object");
    // Format and version first: a newer file may use keys this version does not know.
    if (!doc.contains("format"))
        r.fail("format", std::string("missing; a lesson file starts with \"format\": \"") + std::string(LessonFormatName) + "\"");
    const std::string format = r.string(doc, "", "format");
    if (format != LessonFormatName)
        r.fail("format", "'" + format + "' is not an mmulab lesson (expected \"" + std::string(LessonFormatName) + "\")");
    if (!doc.contains("version"))
        r.fail("version", "missing");
    const uint64_t version = r.count(doc, "", "version", 1, UINT64_MAX);
    if (version > static_cast<uint64_t>(LessonFormatVersion))
        r.fail("", "version " + std::to_string(version) + " is newer than this mmulab understands ("
                       + std::to_string(LessonFormatVersion) + "); update mmulab");

    r.checkKeys(doc, "", {"format", "version", "title", "notes", "machine", "mappings", "entries", "ostep", "annotations", "accesses"},
                {"machine", "accesses"});
    Lesson lesson;
    if (doc.contains("title"))
        lesson.title = r.string(doc, "", "title");
    if (doc.contains("notes"))
        lesson.notes = readText(r, doc, "", "notes");
    lesson.machine = readLessonMachine(r, doc);
    const PagingFormat *pagingFormat = findFormat(lesson.machine.paging);
    if (!pagingFormat)
        r.fail("machine.paging", "unknown paging format '" + lesson.machine.paging + "'");
    lesson.mappings = doc.contains("mappings") ? readMappings(r, doc, *pagingFormat) : defaultProcessLayout();
    if (doc.contains("entries"))
        lesson.entries = readEntryPatches(r, doc, *pagingFormat);
    if (doc.contains("ostep")) {
        lesson.ostepProblem = readText(r, doc, "", "ostep");
        if (pagingFormat != &ostepFormat())
            r.fail("ostep", "an OSTEP problem needs \"paging\": \"ostep\", not '" + lesson.machine.paging + "'");
        if (auto problem = OstepProblem::parse(lesson.ostepProblem, "ostep"); !problem)
            r.fail("ostep", problem.error().message());
    }
    if (doc.contains("annotations"))
        readAnnotations(r, doc, "", -1, lesson.annotations);
    const json &accesses = r.array(doc, "", "accesses");
    for (size_t i = 0; i < accesses.size(); ++i) {
        const std::string path = JsonReader::indexed("accesses", i);
        lesson.accesses.push_back(readAccess(r, accesses[i], path, *pagingFormat));
        if (accesses[i].contains("annotations"))
            readAnnotations(r, accesses[i], path, static_cast<int>(i), lesson.annotations);
    }
    return lesson;
}

// --- writing ------------------------------------------------------------------------------------

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

Result<Lesson, ConfigError> parseLesson(std::string_view text, const std::string &origin)
{
    auto doc = parseJsonText(text, origin);
    if (!doc)
        return doc.error();
    try {
        return readLesson(*doc, JsonReader(origin));
    } catch (const ConfigError &e) {
        return e;
    } catch (const json::exception &e) {
        return ConfigError{origin, 0, 0, "", std::string("unexpected JSON content: ") + e.what()};
    }
}

Result<Lesson, ConfigError> loadLessonFile(const std::string &path)
{
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    return parseLesson(*text, path);
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
