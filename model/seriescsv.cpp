// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriescsv.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace mmu {

namespace {

/** Whole numbers exactly (byte counts, fault counts), the rest with nine significant digits. */
std::string csvNumber(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
        return std::to_string(static_cast<long long>(v));
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.9g", v);
    return buffer;
}

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + '"';
}

} // namespace

void writeSeriesCsv(std::ostream &out, std::span<const LabelledSeries> runs)
{
    out << "run,first_access,accesses";
    for (size_t m = 0; m < SeriesMetricCount; ++m) {
        const std::string name(seriesMetricName(static_cast<SeriesMetric>(m)));
        out << ',' << name << ',' << name << "_min," << name << "_max";
    }
    out << '\n';
    for (const LabelledSeries &run : runs) {
        const ReplaySeries &series = *run.series;
        for (size_t i = 0; i < series.size(); ++i) {
            const SeriesBucket &b = series.bucket(i);
            out << csvField(run.label) << ',' << b.firstAccess << ',' << b.accesses;
            for (size_t m = 0; m < SeriesMetricCount; ++m) {
                const auto metric = static_cast<SeriesMetric>(m);
                out << ',' << csvNumber(series.value(i, metric)) << ',' << csvNumber(b.min[m]) << ','
                    << csvNumber(b.max[m]);
            }
            out << '\n';
        }
    }
}

} // namespace mmu
