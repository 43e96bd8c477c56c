// Axes: y tick labels, light horizontal gridlines, the base line, x tick marks and axis text.
#include "graphics/chart_parts.hpp"

#include "core/number_text.hpp"
#include "graphics/ticks.hpp"

#include <cmath>

namespace bp::graphics::detail {

std::vector<PlacedText> layout_y_tick_labels(const ChartSpec& spec, const ChartStyle& style,
                                             const std::vector<double>& ticks, double right,
                                             const std::vector<double>& ys) {
    const TextStyle& lab = style.labels;
    NumberStyle ns;
    ns.decimals = ticks.size() > 1 ? tick_decimals(ticks[1] - ticks[0]) : 0;
    std::vector<PlacedText> out;
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        std::string text = format_number(ticks[i], ns) + spec.unit;
        double w = text_width(lab, text);
        double y = i < ys.size() ? ys[i] : 0;
        out.push_back(PlacedText{std::move(text), {right - w, y + text_cap_height(lab) / 2}, w});
    }
    return out;
}

void draw_grid(std::vector<display::Item>& out, const ChartSpec& spec, const ChartGeometry& g,
               const ChartStyle& style) {
    if (g.plot.w <= 0) return;
    const double base_y = g.y_of(g.baseline);
    display::Path grid;
    for (double t : g.y_ticks) {
        double y = g.y_of(t);
        if (std::fabs(y - base_y) < 0.01) continue;
        grid.move_to({g.plot.x, y}).line_to({g.plot.right(), y});
    }
    if (!grid.empty())
        out.push_back(stroke_path(std::move(grid), style.gridline, style.gridline_width));

    display::Path axis;
    axis.move_to({g.plot.x, base_y}).line_to({g.plot.right(), base_y});
    if (!is_bar_chart(spec) && g.x_tick_length > 0)
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
}

} // namespace bp::graphics::detail
