// Axes: y tick labels, light horizontal gridlines, the base line, x tick marks and axis text.
#include "graphics/chart_parts.hpp"

#include "core/number_text.hpp"
#include "graphics/ticks.hpp"

#include <algorithm>
#include <cmath>

namespace bp::graphics::detail {

std::vector<PlacedText> y_tick_labels(const ChartSpec& spec, const ChartStyle& style,
                                      const std::vector<double>& ticks) {
    const TextStyle& lab = style.labels;
    NumberStyle ns;
    ns.decimals = 0; // enough for every step (a fixed end can make one step irregular)
    for (std::size_t i = 1; i < ticks.size(); ++i)
        ns.decimals = std::max(ns.decimals, tick_decimals(ticks[i] - ticks[i - 1]));
    std::vector<PlacedText> out;
    out.reserve(ticks.size());
    for (double tick : ticks) {
        std::string text = format_number(tick, ns) + spec.unit;
        double w = text_width(lab, text);
        out.push_back(PlacedText{std::move(text), {}, w});
    }
    return out;
}

void place_y_tick_labels(std::vector<PlacedText>& labels, const ChartGeometry& g,
                         const ChartStyle& style, double right) {
    const double half_cap = text_cap_height(style.labels) / 2;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double y = i < g.y_ticks.size() ? g.y_of(g.y_ticks[i]) : 0;
        labels[i].origin = {right - labels[i].width, y + half_cap};
    }
}

namespace {

// Horizontal bars: vertical gridlines at the ticks and the base line at the baseline value.
void draw_vertical_grid(std::vector<display::Item>& out, const ChartGeometry& g,
                        const ChartStyle& style) {
    const double base_x = g.value_x(g.baseline);
    display::Path grid;
    grid.reserve(2 * g.y_ticks.size(), 2 * g.y_ticks.size());
    for (double t : g.y_ticks) {
        const double x = g.value_x(t);
        if (std::fabs(x - base_x) < 0.01) continue;
        grid.move_to({x, g.plot.y}).line_to({x, g.plot.bottom()});
    }
    if (!grid.empty())
        out.push_back(stroke_path(std::move(grid), style.gridline, style.gridline_width));
    display::Path axis;
    axis.move_to({base_x, g.plot.y}).line_to({base_x, g.plot.bottom()});
    out.push_back(stroke_path(std::move(axis), style.axis, style.axis_width));
}

} // namespace

void draw_grid(std::vector<display::Item>& out, const ChartSpec& spec, const ChartGeometry& g,
               const ChartStyle& style) {
    if (g.plot.w <= 0) return;
    if (g.horizontal) {
        draw_vertical_grid(out, g, style);
        return;
    }
    const double base_y = g.y_of(g.baseline);
    auto gridline = [&](double t) { return !(std::fabs(g.y_of(t) - base_y) < 0.01); };
    const auto lines =
        static_cast<std::size_t>(std::count_if(g.y_ticks.begin(), g.y_ticks.end(), gridline));
    display::Path grid;
    grid.reserve(2 * lines, 2 * lines);
    for (double t : g.y_ticks) {
        if (!gridline(t)) continue;
        double y = g.y_of(t);
        grid.move_to({g.plot.x, y}).line_to({g.plot.right(), y});
    }
    if (!grid.empty())
        out.push_back(stroke_path(std::move(grid), style.gridline, style.gridline_width));

    const bool ticks = !is_bar_chart(spec) && g.x_tick_length > 0;
    const std::size_t segments = 1 + (ticks ? g.x_label_categories.size() : 0);
    display::Path axis;
    axis.reserve(2 * segments, 2 * segments);
    axis.move_to({g.plot.x, base_y}).line_to({g.plot.right(), base_y});
    if (ticks)
        for (int i : g.x_label_categories)
            axis.move_to({g.x_of(i), g.plot.bottom()})
                .line_to({g.x_of(i), g.plot.bottom() + g.x_tick_length});
    out.push_back(stroke_path(std::move(axis), style.axis, style.axis_width));
}

void draw_axis_text(std::vector<display::Item>& out, const ChartGeometry& g,
                    const ChartStyle& style) {
    if (g.y_label) out.push_back(text_run(style.labels, *g.y_label));
    for (const auto& t : g.y_tick_labels)
        out.push_back(text_run(style.labels, t));
    for (const auto& t : g.x_labels)
        out.push_back(text_run(style.labels, t));
    for (const auto& r : g.reference_labels)
        out.push_back(text_run(style.labels, r.text));
}

} // namespace bp::graphics::detail
