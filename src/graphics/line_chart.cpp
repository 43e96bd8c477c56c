// Line series: a polyline per series through the category centres, broken at missing values,
// with a dash pattern and markers from the palette; isolated points always get a marker.
#include "graphics/chart_parts.hpp"

#include <cmath>

namespace bp::graphics::detail {

void draw_lines(std::vector<display::Item>& out, const ChartSpec& spec, const ChartGeometry& g,
                const ChartStyle& style) {
    const int n = static_cast<int>(spec.categories.size());
    for (int s = 0; s < g.series_count; ++s) {
        const SeriesLook& look = look_of(spec, style, s);
        const auto& values = spec.series[s].values;
        auto has = [&](int i) { return i >= 0 && i < n && std::isfinite(values[i]); };
        display::Path line;
        std::vector<Point> isolated;
        for (int i = 0; i < n; ++i) {
            if (!has(i)) continue;
            Point p{g.x_of(i), g.y_of(values[i])};
            if (has(i - 1))
                line.line_to(p);
            else if (has(i + 1))
                line.move_to(p);
            else
                isolated.push_back(p);
        }
        if (!line.empty()) {
            auto item = stroke_path(std::move(line), look.line, style.line_width, look.dash);
            item.stroke->cap =
                look.dash.empty() ? display::Stroke::Cap::Round : display::Stroke::Cap::Butt;
            item.stroke->join = display::Stroke::Join::Round;
            out.push_back(std::move(item));
        }
        Marker marker = look.marker == Marker::None ? Marker::Circle : look.marker;
        std::vector<Point> marked = isolated;
        if (g.markers && look.marker != Marker::None) {
            marked.clear();
            for (int i = 0; i < n; ++i)
                if (has(i)) marked.push_back({g.x_of(i), g.y_of(values[i])});
        }
        if (!marked.empty())
            out.push_back(marker_item(marker, marked, style.marker_size, look.line));
    }
}

} // namespace bp::graphics::detail
