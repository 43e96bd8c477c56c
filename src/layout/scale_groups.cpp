#include "layout/scale_groups.hpp"

#include "graphics/chart_geometry.hpp"
#include "graphics/chart_spec.hpp"
#include "layout/chart_block.hpp"
#include "layout/data_blocks.hpp"
#include "layout/paginate.hpp"

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

ScalePlots shared_plot_heights(const model::Report& report,
                               const std::vector<const model::Template*>& templates,
                               const BuildContext& ctx) {
    ScalePlots plots;
    if (!ctx.scales || ctx.scales->empty()) return plots;
    // Sections are measured with fonts and a document of their own: the report's font ids,
    // warnings and cached cells are left as the real build makes them.
    display::Document scratch_doc;
    StyleFonts scratch_fonts(ctx.fonts.book(), scratch_doc);
    BuildContext scratch{ctx.report, ctx.theme, scratch_fonts, ctx.figures};
    scratch.scales = ctx.scales;
    for (std::size_t i = 0; i < report.sections.size(); ++i) {
        const model::Section& section = report.sections[i];
        const double width = body_frame(*templates[i]).w;
        const double share = grid_share(section, *templates[i]);
        bool grouped_fill = false;
        for (const auto& block : section.blocks)
            if (const auto* chart = std::get_if<model::Chart>(&block.content))
                grouped_fill = grouped_fill || (!chart->scale.empty() && chart->fill);
        // A fill chart's height: what the section's other blocks leave of its share.
        double fill = 0;
        if (grouped_fill && share > 0) {
            try {
                fill = std::max(60.0, fill_height(build_blocks(section, width, scratch), share));
            } catch (const std::exception&) {
                continue; // the real build reports it, in order
            }
        }
        for (const auto& block : section.blocks) {
            const auto* chart = std::get_if<model::Chart>(&block.content);
            if (!chart || chart->scale.empty()) continue;
            try {
                graphics::ChartSpec spec = chart_spec(block, *chart, scratch);
                auto range = ctx.scales->find(chart->scale);
                if (range != ctx.scales->end()) spec.shared_range = range->second;
                const double height = chart->fill && share > 0 ? fill : chart->height;
                const double plot =
                    graphics::chart_geometry(spec, Rect{0, 0, width, height}, *chart_style(scratch))
                        .plot.h;
                auto [it, added] = plots.emplace(chart->scale, plot);
                if (!added) it->second = std::min(it->second, plot);
            } catch (const std::exception&) {
                continue;
            }
        }
    }
    return plots;
}

} // namespace bp::layout
