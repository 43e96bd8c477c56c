#include "graphics/chart.hpp"

#include "graphics/chart_parts.hpp"

namespace bp::graphics {

std::vector<std::string> draw_chart(std::vector<display::Item>& out, const ChartSpec& spec,
                                    Rect box, const ChartStyle& style) {
    ChartGeometry g = chart_geometry(spec, box, style);
    out.push_back(display::StructBegin{display::StructKind::Figure, 0,
                                       spec.alt.empty() ? chart_alt_text(spec, g) : spec.alt});
    detail::draw_bands(out, g, style);
    detail::draw_reference_bands(out, spec, g);
    detail::draw_grid(out, spec, g, style);
    if (detail::is_bar_chart(spec))
        detail::draw_bars(out, spec, g, style);
    else
        detail::draw_lines(out, spec, g, style);
    detail::draw_axis_break(out, g, style);
    detail::draw_reference_lines(out, spec, g, style);
    TextStyle values = style.values;
    values.size = g.value_label_size;
    for (const auto& v : g.value_labels)
        out.push_back(text_run(values, v.text));
    detail::draw_axis_text(out, g, style);
    for (const auto& t : g.title)
        out.push_back(text_run(style.title, t));
    for (const auto& t : g.subtitle)
        out.push_back(text_run(style.subtitle, t));
    detail::draw_legend(out, spec, g, style);
    if (g.source) out.push_back(text_run(style.source, *g.source));
    out.push_back(display::StructEnd{});
    return std::move(g.left_out);
}

} // namespace bp::graphics
