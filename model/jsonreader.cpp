// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <cmath>

namespace mmu {

using nlohmann::json;

JsonReader::JsonReader(std::string origin)
    : m_origin(std::move(origin))
{
}

void JsonReader::fail(const std::string &key, const std::string &what) const
{
    throw ConfigError{m_origin, 0, 0, key, what};
}

std::string JsonReader::typeName(const json &j)
{
    switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    case json::value_t::number_float: return "a fractional number";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "a whole number";
    default: return "something else";
    }
}

std::string JsonReader::join(const std::string &path, const std::string &key)
{
    return path.empty() ? key : path + "." + key;
}

std::string JsonReader::indexed(const std::string &path, size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

void JsonReader::checkKeys(const json &obj, const std::string &path, std::initializer_list<const char *> allowed,
                           std::initializer_list<const char *> required) const
{
    if (!obj.is_object())
        fail(path, "must be an object, not " + typeName(obj));
    for (const auto &[key, value] : obj.items()) {
        bool known = false;
        for (const char *a : allowed)
            known = known || key == a;
        if (!known) {
            std::string list;
            for (const char *a : allowed)
                list += (list.empty() ? "" : ", ") + std::string(a);
            fail(join(path, key), "unknown key (known keys: " + list + ")");
        }
    }
    for (const char *r : required)
        if (!obj.contains(r))
            fail(join(path, r), "missing");
}

std::string JsonReader::string(const json &obj, const std::string &path, const char *key) const
{
    const json &v = obj.at(key);
    if (!v.is_string())
        fail(join(path, key), "must be a string, not " + typeName(v));
    return v.get<std::string>();
}

bool JsonReader::boolean(const json &obj, const std::string &path, const char *key) const
{
    const json &v = obj.at(key);
    if (!v.is_boolean())
        fail(join(path, key), "must be true or false, not " + typeName(v));
    return v.get<bool>();
}

uint64_t JsonReader::count(const json &obj, const std::string &path, const char *key, uint64_t min,
                           uint64_t max) const
{
    const json &v = obj.at(key);
    if (!v.is_number_integer() && !v.is_number_unsigned())
        fail(join(path, key), "must be a whole number, not " + typeName(v));
    if (v.is_number_integer() && v.get<int64_t>() < 0)
        fail(join(path, key), "must not be negative (" + v.dump() + ")");
    const uint64_t n = v.get<uint64_t>();
    if (n < min || n > max)
        fail(join(path, key),
             v.dump() + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
    return n;
}

int64_t JsonReader::integer(const json &obj, const std::string &path, const char *key, int64_t min,
                            int64_t max) const
{
    const json &v = obj.at(key);
    if (!v.is_number_integer() && !v.is_number_unsigned())
        fail(join(path, key), "must be a whole number, not " + typeName(v));
    if (v.is_number_unsigned() && v.get<uint64_t>() > static_cast<uint64_t>(max))
        fail(join(path, key),
             v.dump() + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
    const int64_t n = v.get<int64_t>();
    if (n < min || n > max)
        fail(join(path, key),
             v.dump() + " is out of range (" + std::to_string(min) + " to " + std::to_string(max) + ")");
    return n;
}

double JsonReader::number(const json &obj, const std::string &path, const char *key, double min, double max) const
{
    const json &v = obj.at(key);
    if (!v.is_number())
        fail(join(path, key), "must be a number, not " + typeName(v));
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < min || d > max)
        fail(join(path, key), v.dump() + " is out of range (" + json(min).dump() + " to " + json(max).dump() + ")");
    return d;
}

const json &JsonReader::array(const json &obj, const std::string &path, const char *key) const
{
    const json &v = obj.at(key);
    if (!v.is_array())
        fail(join(path, key), "must be an array, not " + typeName(v));
    return v;
}

Result<json, ConfigError> parseJsonText(std::string_view text, const std::string &origin)
{
    try {
        return json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        const size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        const auto [line, column] = lineAndColumn(text, offset);
        // nlohmann says "[json.exception.parse_error.101] parse error at line 1, column 2: <reason>".
        std::string what = e.what();
        if (auto col = what.find("column"); col != std::string::npos)
            if (auto colon = what.find(": ", col); colon != std::string::npos)
                what = what.substr(colon + 2);
        // "last read: '…'" quotes the whole token, which for an unclosed string is the rest of the file.
        constexpr size_t MaxQuote = 80;
        if (auto quote = what.find("last read: '"); quote != std::string::npos && what.size() > quote + 12 + MaxQuote + 1)
            what = what.substr(0, quote + 12 + MaxQuote) + "...'";
        return ConfigError{origin, line, column, "", "invalid JSON: " + what};
    } catch (const json::exception &e) {
        // A number too large for a double ("1e999") is out_of_range.406, without a position.
        std::string what = e.what();
        if (auto bracket = what.find("] "); bracket != std::string::npos)
            what = what.substr(bracket + 2);
        return ConfigError{origin, 0, 0, "", "invalid JSON: " + what};
    }
}

} // namespace mmu
