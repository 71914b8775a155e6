// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "machinefile.h"
#include "result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace mmu {

/**
 * Reads the values of a JSON document for a file parser (machine files, lessons) and
 * remembers where it is: every complaint names the origin and the key path, e.g.
 * "tlbs[1].ways", and is thrown as a ConfigError that the parser returns as its error.
 */
class JsonReader {
public:
    explicit JsonReader(std::string origin);

    const std::string &origin() const { return m_origin; }

    [[noreturn]] void fail(const std::string &key, const std::string &what) const;

    /** "a string", "an array", … for messages. */
    static std::string typeName(const nlohmann::json &value);
    static std::string join(const std::string &path, const std::string &key);
    static std::string indexed(const std::string &path, size_t index);

    /** Refuses a non-object, keys outside `allowed`, and missing `required` keys. */
    void checkKeys(const nlohmann::json &obj, const std::string &path, std::initializer_list<const char *> allowed,
                   std::initializer_list<const char *> required = {}) const;

    std::string string(const nlohmann::json &obj, const std::string &path, const char *key) const;
    bool boolean(const nlohmann::json &obj, const std::string &path, const char *key) const;
    uint64_t count(const nlohmann::json &obj, const std::string &path, const char *key, uint64_t min,
                   uint64_t max) const;
    int64_t integer(const nlohmann::json &obj, const std::string &path, const char *key, int64_t min,
                    int64_t max) const;
    double number(const nlohmann::json &obj, const std::string &path, const char *key, double min,
                  double max) const;
    const nlohmann::json &array(const nlohmann::json &obj, const std::string &path, const char *key) const;

private:
    std::string m_origin;
};

/** Parses JSON text; a syntax error names origin, line and column ("invalid JSON: …"). */
Result<nlohmann::json, ConfigError> parseJsonText(std::string_view text, const std::string &origin);

} // namespace mmu
