// Bars: one filled rectangle per finite value, grouped per category, from the base line (or
// stacked on the series before it); vertical or horizontal as the geometry says.
#include "graphics/chart_parts.hpp"

#include <cmath>

namespace bp::graphics::detail {

void draw_bars(std::vector<display::Item>& out, const ChartSpec& spec, const ChartGeometry& g,
               const ChartStyle& style) {
    const Stacks stacks = g.stacked ? stacks_of(spec) : Stacks{};
    for (int c = 0; c < static_cast<int>(spec.categories.size()); ++c)
        for (int s = 0; s < g.series_count; ++s) {
            double v = spec.series[s].values[c];
            if (!std::isfinite(v)) continue;
            const double from = g.stacked ? stacks.starts[s][c] : g.baseline;
            Rect r = g.bar_between(c, s, from, g.stacked ? from + v : v);
            if (r.h <= 0 || r.w <= 0) continue;
            display::Path p;
            p.rect(r);
            out.emplace_back(std::in_place_type<display::PathItem>, std::move(p),
                             look_of(spec, style, s).bar, std::nullopt);
        }
}

} // namespace bp::graphics::detail
