#include "layout/scale_groups.hpp"

#include "graphics/chart_spec.hpp"
#include "layout/data_blocks.hpp"

#include <algorithm>

namespace bp::layout {

ScaleRanges shared_scales(const model::Report& report, BuildContext& ctx) {
    ScaleRanges ranges;
    for (const auto& section : report.sections)
        for (const auto& block : section.blocks) {
            const auto* chart = std::get_if<model::Chart>(&block.content);
            if (!chart || chart->scale.empty()) continue;
            const graphics::ChartSpec spec = chart_spec(block, *chart, ctx);
            auto range = graphics::value_range(spec);
            if (!range) continue;
            if (spec.y_min) range->first = std::min(range->first, *spec.y_min);
            if (spec.y_max) range->second = std::max(range->second, *spec.y_max);
            auto [it, added] = ranges.emplace(chart->scale, *range);
            if (!added)
                it->second = {std::min(it->second.first, range->first),
                              std::max(it->second.second, range->second)};
        }
    return ranges;
}

} // namespace bp::layout
