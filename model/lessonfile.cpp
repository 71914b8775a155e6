// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonfile.h"

#include "address.h"
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

} // namespace

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

} // namespace mmu
