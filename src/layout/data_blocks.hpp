// Blocks computed from the data: indicator tables (two windows compared, with change and verdict
// face), period tables, month tables with an average, and the verdict legend.
#pragma once

#include "compute/window_label.hpp"
#include "graphics/chart_spec.hpp"
#include "graphics/chart_style.hpp"
#include "layout/block_builder.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace bp::layout {

void build_indicator_table(const model::Block& b, const model::IndicatorTable& t, double width,
                           BuildContext& ctx, std::vector<BlockPtr>& out);
void build_period_table(const model::Block& b, const model::PeriodTable& t, double width,
                        BuildContext& ctx, std::vector<BlockPtr>& out);
void build_month_table(const model::Block& b, const model::MonthTable& t, double width,
                       BuildContext& ctx, std::vector<BlockPtr>& out);
// The chart's spec from the data: categories, series, reference lines and bands, highlighted
// windows (no shared scale yet; build_chart adds the group's range).
graphics::ChartSpec chart_spec(const model::Block& b, const model::Chart& c, BuildContext& ctx);
// The spec as drawn: chart_spec with its scale group's range and plot height, validated (a
// fault is an error at the chart's axis attributes). The PDF and the web edition draw this.
graphics::ChartSpec drawn_chart_spec(const model::Block& b, const model::Chart& c,
                                     BuildContext& ctx);
// The face that shows a verdict (none for Verdict::None).
std::optional<graphics::Face> face_of(model::Verdict v);
// The theme's chart style, made at the first chart and shared by all of them.
std::shared_ptr<const graphics::ChartStyle> chart_style(BuildContext& ctx);
void build_chart(const model::Block& b, const model::Chart& c, double width, BuildContext& ctx,
                 std::vector<BlockPtr>& out);
// The SPC summary: compute::spc_table_cells rendered, icons beside their words.
void build_spc_table(const model::Block& b, const model::SpcTable& t, double width,
                     BuildContext& ctx, std::vector<BlockPtr>& out);
// The SPC matrix: the indicators of compute::spc_table_cells in a grid of variation (rows:
// improving, common cause, concerning, and neither when an indicator is neutral) × assurance
// (columns: passing, hit and miss, failing, no target), each a link to its section if asked.
void build_spc_matrix(const model::Block& b, const model::SpcTable& t, double width,
                      BuildContext& ctx, std::vector<BlockPtr>& out);
void build_verdict_legend(const model::Block& b, const model::VerdictLegend& legend, double width,
                          BuildContext& ctx, std::vector<BlockPtr>& out);

// The label of an average line: the chart's average-label, else the theme's [labels]
// average-line ("Average {value}"), with {value} the mean as drawn ("4.7%").
std::string average_label(const model::Chart& c, const BuildContext& ctx, const std::string& value);

// The label of a target line from the data: "Target " and its last value ("Target 90").
std::string data_target_label(const std::vector<double>& values, int decimals,
                              const std::string& unit);

// How a window is named (compute/window_label.hpp: one namer for every output).
using compute::window_label;

} // namespace bp::layout
