#include "graphics/chart_parts.hpp"

#include "core/number_text.hpp"

namespace bp::graphics::detail {

const SeriesLook& look_of(const ChartSpec& spec, const ChartStyle& style, int s) {
    const auto& palette = style.palette.empty() ? default_palette() : style.palette;
    int index = spec.series[s].style.value_or(s);
    int size = static_cast<int>(palette.size());
    return palette[((index % size) + size) % size];
}

bool is_bar_chart(const ChartSpec& spec) {
    return spec.kind == ChartKind::Bar || spec.kind == ChartKind::GroupedBar;
}

std::string value_text(const ChartSpec& spec, double v) {
    NumberStyle ns;
    ns.decimals = spec.decimals;
    return format_number(v, ns) + spec.unit;
}

display::PathItem stroke_path(display::Path path, Color color, double width,
                              std::vector<double> dash) {
    display::Stroke s;
    s.color = color;
    s.width = width;
    s.dash = std::move(dash);
    return display::PathItem{std::move(path), std::nullopt, std::move(s)};
}

} // namespace bp::graphics::detail
