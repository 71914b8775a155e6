// SPDX-License-Identifier: GPL-3.0-or-later
#include "machinefile.h"

#include "jsonreader.h"
#include "pagingformat.h"
#include "presetdata.h"
#include "replacementpolicy.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace mmu {

using nlohmann::json;

std::string ConfigError::message() const
{
    std::string s = file;
    if (line > 0)
        s += ":" + std::to_string(line) + ":" + std::to_string(column);
    if (!key.empty())
        s += (s.empty() ? "" : ": ") + key;
    return s + (s.empty() ? "" : ": ") + what;
}

std::pair<int, int> lineAndColumn(std::string_view text, size_t offset)
{
    int line = 1;
    int column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        // LF, CR LF and a lone CR (old Mac files) each end a line, as editors count them.
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

namespace {

using Reader = JsonReader;

bool isPowerOfTwo(uint64_t v)
{
    return v && !(v & (v - 1));
}

std::string indexed(const char *key, size_t i)
{
    return std::string(key) + "[" + std::to_string(i) + "]";
}

MachineConfig readMachine(const json &doc, const Reader &r)
{
    r.checkKeys(doc, "",
                {"name", "description", "source", "paging", "clock_ghz", "tlbs", "walk_caches", "caches",
                 "dram_latency", "memory", "fault_costs"},
                {"name", "paging", "clock_ghz", "tlbs", "dram_latency"});
    MachineConfig m;
    m.name = r.string(doc, "", "name");
    if (m.name.empty())
        r.fail("name", "must not be empty");
    if (doc.contains("description"))
        r.string(doc, "", "description");
    if (doc.contains("source"))
        r.string(doc, "", "source");
    m.paging = r.string(doc, "", "paging");
    const PagingFormat *format = findFormat(m.paging);
    if (!format) {
        std::string names;
        for (const PagingFormat *f : allFormats())
            names += (names.empty() ? "" : ", ") + f->id;
        r.fail("paging", "unknown paging format '" + m.paging + "' (known: " + names + ")");
    }
    m.clockGhz = r.number(doc, "", "clock_ghz", 0.001, 100.0);
    m.dramLatency = static_cast<uint32_t>(r.count(doc, "", "dram_latency", 1, 100000));

    const json &tlbs = r.array(doc, "", "tlbs");
    if (tlbs.size() > 16)
        r.fail("tlbs", std::to_string(tlbs.size()) + " TLB arrays; at most 16 are supported");
    std::set<std::string> tlbNames;
    for (size_t i = 0; i < tlbs.size(); ++i) {
        const std::string path = indexed("tlbs", i);
        const json &t = tlbs[i];
        r.checkKeys(t, path, {"name", "level", "page_sizes", "entries", "ways", "policy", "latency"},
                    {"name", "level", "page_sizes", "entries", "ways", "latency"});
        TlbConfig c;
        c.name = r.string(t, path, "name");
        if (!tlbNames.insert(c.name).second)
            r.fail(path + ".name", "'" + c.name + "' names two TLBs");
        c.level = static_cast<int>(r.count(t, path, "level", 1, 4));
        c.entries = static_cast<uint32_t>(r.count(t, path, "entries", 1, 65536));
        c.ways = static_cast<uint32_t>(r.count(t, path, "ways", 1, 65536));
        c.latency = static_cast<uint32_t>(r.count(t, path, "latency", 0, 10000));
        if (c.entries % c.ways)
            r.fail(path + ".ways", std::to_string(c.ways) + " ways do not divide " + std::to_string(c.entries) + " entries");
        if (!isPowerOfTwo(c.sets()))
            r.fail(path + ".entries", std::to_string(c.entries) + " entries / " + std::to_string(c.ways) + " ways = "
                                          + std::to_string(c.sets()) + " sets, which is not a power of two");
        if (t.contains("policy")) {
            const std::string p = r.string(t, path, "policy");
            auto kind = parseReplacementKind(p);
            if (!kind)
                r.fail(path + ".policy", "unknown policy '" + p + "' (known: lru, tree-plru, fifo, random)");
            c.policy = *kind;
            if (c.policy == ReplacementKind::TreePlru && !isPowerOfTwo(c.ways))
                r.fail(path + ".policy", "tree-plru needs a power-of-two number of ways, not " + std::to_string(c.ways));
        }
        const json &sizes = r.array(t, path, "page_sizes");
        if (sizes.empty())
            r.fail(path + ".page_sizes", "must name at least one page size");
        for (size_t k = 0; k < sizes.size(); ++k) {
            const std::string sp = path + ".page_sizes[" + std::to_string(k) + "]";
            if (!sizes[k].is_string())
                r.fail(sp, "must be a string such as \"4K\", not " + Reader::typeName(sizes[k]));
            auto size = parsePageSizeName(sizes[k].get<std::string>());
            if (!size)
                r.fail(sp, "'" + sizes[k].get<std::string>() + "' is not a page size such as 4K, 2M or 1G");
            if (format->leafLevelFor(*size) < 0)
                r.fail(sp, sizes[k].get<std::string>() + " pages do not exist in " + format->id);
            c.pageSizes.push_back(*size);
        }
        m.tlbs.push_back(std::move(c));
    }

    if (doc.contains("walk_caches")) {
        const json &wcs = r.array(doc, "", "walk_caches");
        for (size_t i = 0; i < wcs.size(); ++i) {
            const std::string path = indexed("walk_caches", i);
            r.checkKeys(wcs[i], path, {"level", "entries", "latency"}, {"level", "entries", "latency"});
            WalkCacheConfig c;
            c.level = r.string(wcs[i], path, "level");
            int levelIndex = -1;
            for (int l = 0; l < format->levelCount(); ++l)
                if (format->levels[l].name == c.level)
                    levelIndex = l;
            if (levelIndex < 0 || levelIndex == format->levelCount() - 1)
                r.fail(path + ".level", "'" + c.level + "' is not an upper table level of " + format->id);
            for (const WalkCacheConfig &other : m.walkCaches)
                if (other.level == c.level)
                    r.fail(path + ".level", "two walk caches for level " + c.level);
            c.entries = static_cast<uint32_t>(r.count(wcs[i], path, "entries", 1, 4096));
            c.latency = static_cast<uint32_t>(r.count(wcs[i], path, "latency", 0, 10000));
            m.walkCaches.push_back(std::move(c));
        }
    }

    if (doc.contains("caches")) {
        const json &caches = r.array(doc, "", "caches");
        if (caches.size() > 8)
            r.fail("caches", std::to_string(caches.size()) + " cache levels; at most 8 are supported");
        for (size_t i = 0; i < caches.size(); ++i) {
            const std::string path = indexed("caches", i);
            r.checkKeys(caches[i], path, {"name", "size", "ways", "line", "latency"},
                        {"name", "size", "ways", "line", "latency"});
            CacheConfig c;
            c.name = r.string(caches[i], path, "name");
            // 256 MiB: larger than any real cache, small enough to simulate.
            c.size = r.count(caches[i], path, "size", 1, uint64_t{256} << 20);
            c.ways = static_cast<uint32_t>(r.count(caches[i], path, "ways", 1, 1024));
            c.line = static_cast<uint32_t>(r.count(caches[i], path, "line", 8, 4096));
            c.latency = static_cast<uint32_t>(r.count(caches[i], path, "latency", 0, 100000));
            if (!isPowerOfTwo(c.line))
                r.fail(path + ".line", std::to_string(c.line) + " is not a power of two");
            if (c.size % (uint64_t{c.ways} * c.line))
                r.fail(path + ".size", std::to_string(c.size) + " bytes is not a whole number of sets of "
                                           + std::to_string(c.ways) + " ways × " + std::to_string(c.line) + " bytes");
            if (!isPowerOfTwo(c.sets()))
                r.fail(path + ".size", std::to_string(c.sets()) + " sets is not a power of two");
            m.caches.push_back(std::move(c));
        }
    }

    if (doc.contains("memory")) {
        const json &mem = doc.at("memory");
        r.checkKeys(mem, "memory", {"frames", "policy", "swap"});
        if (mem.contains("frames") && !mem.at("frames").is_null())
            // 2^22 frames = 16 GiB of 4 KiB pages; leave "frames" out for unlimited memory.
            m.memory.frames = r.count(mem, "memory", "frames", 1, uint64_t{1} << 22);
        if (mem.contains("policy")) {
            m.memory.policy = r.string(mem, "memory", "policy");
            if (!policyFromName(m.memory.policy)) {
                std::string names;
                for (PolicyKind k : allPolicies())
                    names += (names.empty() ? "" : ", ") + std::string(policyName(k));
                r.fail("memory.policy", "unknown policy '" + m.memory.policy + "' (known: " + names + ")");
            }
        }
        if (mem.contains("swap")) {
            const std::string s = r.string(mem, "memory", "swap");
            auto device = parseStorageDevice(s);
            if (!device)
                r.fail("memory.swap", "unknown device '" + s + "' (known: nvme, sata-ssd, hdd)");
            m.memory.swap = *device;
        }
    }

    if (m.memory.frames) {
        const uint64_t reachable = format->physicalFrames() - format->firstFrame();
        if (*m.memory.frames > reachable)
            r.fail("memory.frames", std::to_string(*m.memory.frames) + " frames do not fit in the "
                                        + std::to_string(format->physBits) + "-bit physical addresses of " + format->id
                                        + " (at most " + std::to_string(reachable) + ")");
    }

    if (doc.contains("fault_costs")) {
        const json &fc = doc.at("fault_costs");
        r.checkKeys(fc, "fault_costs", {"minor_ns", "nvme_ns", "sata_ssd_ns", "hdd_ns"});
        const uint64_t maxNs = uint64_t{1} << 40;
        if (fc.contains("minor_ns"))
            m.faultCosts.minorNs = r.count(fc, "fault_costs", "minor_ns", 0, maxNs);
        if (fc.contains("nvme_ns"))
            m.faultCosts.nvmeNs = r.count(fc, "fault_costs", "nvme_ns", 0, maxNs);
        if (fc.contains("sata_ssd_ns"))
            m.faultCosts.sataSsdNs = r.count(fc, "fault_costs", "sata_ssd_ns", 0, maxNs);
        if (fc.contains("hdd_ns"))
            m.faultCosts.hddNs = r.count(fc, "fault_costs", "hdd_ns", 0, maxNs);
    }
    return m;
}

} // namespace

Result<MachineConfig, ConfigError> parseMachine(std::string_view text, const std::string &origin)
{
    auto parsed = parseJsonText(text, origin);
    if (!parsed)
        return parsed.error();
    const json &doc = *parsed;
    try {
        return readMachine(doc, Reader(origin));
    } catch (const ConfigError &e) {
        return e;
    } catch (const json::exception &e) {
        return ConfigError{origin, 0, 0, "", std::string("unexpected JSON content: ") + e.what()};
    }
}

Result<std::string, ConfigError> readTextFile(const std::string &path)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return ConfigError{path, 0, 0, "", "no such file"};
    if (std::filesystem::is_directory(status))
        return ConfigError{path, 0, 0, "", "is a directory, not a file"};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return ConfigError{path, 0, 0, "", std::string("cannot be read: ") + std::strerror(errno)};
    // Read in pieces up to a bound, so /dev/zero or a huge file cannot take all memory.
    std::string text;
    char piece[65536];
    while (in.read(piece, sizeof piece) || in.gcount() > 0) {
        text.append(piece, static_cast<size_t>(in.gcount()));
        if (text.size() > MaxTextFileBytes)
            return ConfigError{path, 0, 0, "",
                               "is larger than " + std::to_string(MaxTextFileBytes >> 20)
                                   + " MiB, more than any machine, lesson or problem file"};
    }
    if (in.bad())
        return ConfigError{path, 0, 0, "", "read error"};
    return text;
}

Result<MachineConfig, ConfigError> loadMachineFile(const std::string &path)
{
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    return parseMachine(*text, path);
}

Result<MachineConfig, ConfigError> loadMachine(const std::string &presetOrPath)
{
    const std::string_view preset = presetJson(presetOrPath);
    if (!preset.empty())
        return parseMachine(preset, presetOrPath + " (preset)");
    if (presetOrPath.find('/') == std::string::npos && presetOrPath.find('.') == std::string::npos) {
        std::string names;
        for (const std::string &n : presetNames())
            names += (names.empty() ? "" : ", ") + n;
        return ConfigError{presetOrPath, 0, 0, "", "no such preset (presets: " + names + "; or give a file path)"};
    }
    return loadMachineFile(presetOrPath);
}

json machineToJson(const MachineConfig &m)
{
    json tlbs = json::array();
    for (const TlbConfig &t : m.tlbs) {
        json sizes = json::array();
        for (uint64_t s : t.pageSizes)
            sizes.push_back(pageSizeName(s));
        tlbs.push_back({{"name", t.name}, {"level", t.level}, {"page_sizes", sizes}, {"entries", t.entries},
                        {"ways", t.ways}, {"policy", replacementKindName(t.policy)}, {"latency", t.latency}});
    }
    json wcs = json::array();
    for (const WalkCacheConfig &w : m.walkCaches)
        wcs.push_back({{"level", w.level}, {"entries", w.entries}, {"latency", w.latency}});
    json caches = json::array();
    for (const CacheConfig &c : m.caches)
        caches.push_back({{"name", c.name}, {"size", c.size}, {"ways", c.ways}, {"line", c.line}, {"latency", c.latency}});
    json memory{{"policy", m.memory.policy}, {"swap", storageDeviceName(m.memory.swap)}};
    if (m.memory.frames)
        memory["frames"] = *m.memory.frames;
    return json{{"name", m.name},
                {"paging", m.paging},
                {"clock_ghz", m.clockGhz},
                {"tlbs", tlbs},
                {"walk_caches", wcs},
                {"caches", caches},
                {"dram_latency", m.dramLatency},
                {"memory", memory},
                {"fault_costs",
                 {{"minor_ns", m.faultCosts.minorNs},
                  {"nvme_ns", m.faultCosts.nvmeNs},
                  {"sata_ssd_ns", m.faultCosts.sataSsdNs},
                  {"hdd_ns", m.faultCosts.hddNs}}}};
}

std::vector<std::string> presetNames()
{
    std::vector<std::string> names;
    for (const PresetData &p : bundledPresets())
        names.emplace_back(p.name);
    return names;
}

std::string_view presetJson(std::string_view name)
{
    for (const PresetData &p : bundledPresets())
        if (p.name == name)
            return p.json;
    return {};
}

} // namespace mmu
