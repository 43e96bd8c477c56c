#include "graphics/chart_spec.hpp"

#include <stdexcept>

namespace bp::graphics {

void validate(const ChartSpec& spec) {
    auto fail = [&](const std::string& what) {
        throw std::invalid_argument("chart \"" + spec.title + "\": " + what);
    };
    const auto n = spec.categories.size();
    if (!spec.categories_long.empty() && spec.categories_long.size() != n)
        fail("has " + std::to_string(spec.categories_long.size()) + " long category names for " +
             std::to_string(n) + " categories");
    for (const auto& s : spec.series)
        if (s.values.size() != n)
            fail("series \"" + s.name + "\" has " + std::to_string(s.values.size()) +
                 " values for " + std::to_string(n) + " categories");
    for (const auto& h : spec.highlights)
        if (h.first < 0 || h.last < h.first || static_cast<std::size_t>(h.last) >= n)
            fail("highlight \"" + h.label + "\" covers categories " + std::to_string(h.first) +
                 ".." + std::to_string(h.last) + " outside 0.." + std::to_string(n) + "-1");
}

} // namespace bp::graphics
