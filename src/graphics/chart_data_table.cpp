#include "graphics/chart_data_table.hpp"

#include "graphics/chart_parts.hpp"

#include <cmath>

namespace bp::graphics {

ChartDataTable chart_data_table(const ChartSpec& spec) {
    ChartDataTable t;
    t.header.push_back("");
    for (const auto& series : spec.series)
        t.header.push_back(series.name);
    const bool long_names = spec.categories_long.size() == spec.categories.size();
    for (std::size_t c = 0; c < spec.categories.size(); ++c) {
        std::vector<std::string> row{long_names ? spec.categories_long[c] : spec.categories[c]};
        for (const auto& series : spec.series) {
            const double v = c < series.values.size() ? series.values[c] : NAN;
            row.push_back(std::isfinite(v) ? detail::value_text(spec, v) : std::string());
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

} // namespace bp::graphics
