// Category charts: bars over areas, periods or indicators instead of months.
#pragma once

#include "graphics/chart_spec.hpp"
#include "layout/data_blocks.hpp"

namespace bp::layout {

// The spec of a chart with x="areas", "periods" or "indicators": one category per area (in the
// order listed, or areas.csv order for area-kind), window or indicator; one series per
// <series>, each value the figure from the data for its indicator, area and window. Unknown
// names, bad windows and figures the data cannot give are InputErrors at the attribute or
// series that named them. target="data" draws each category's target from targets.csv.
graphics::ChartSpec category_chart_spec(const model::Block& b, const model::Chart& c,
                                        BuildContext& ctx);

} // namespace bp::layout
