// Line series: a polyline per series through the category centres, broken at missing values,
// with a dash pattern and markers from the palette; isolated points always get a marker.
#include "graphics/chart_parts.hpp"

#include <cmath>
#include <optional>
#include <span>

namespace bp::graphics::detail {

namespace {

// Produces the questions draw_lines asks of one series' values.
struct SeriesValues {
    const std::vector<double>& values;
    const ChartGeometry& g;

    int size() const { return static_cast<int>(values.size()); }
    bool has(int i) const { return i >= 0 && i < size() && std::isfinite(values[i]); }
    bool joined(int i) const { return has(i) && (has(i - 1) || has(i + 1)); }
    Point at(int i) const { return Point{g.x_of(i), g.y_of(values[i])}; }

    template <class Pred> std::size_t count(Pred pred) const {
        std::size_t n = 0;
        for (int i = 0; i < size(); ++i)
            n += pred(i) ? 1 : 0;
        return n;
    }
};

// The polyline through the values that have a neighbour, a new subpath after every gap.
display::Path polyline(const SeriesValues& v) {
    display::Path line;
    const std::size_t n = v.count([&](int i) { return v.joined(i); });
    line.reserve(n, n);
    for (int i = 0; i < v.size(); ++i) {
        if (!v.joined(i)) continue;
        if (v.has(i - 1))
            line.line_to(v.at(i));
        else
            line.move_to(v.at(i));
    }
    return line;
}

// Where markers go: at every value if `every`, else only at values with no neighbour.
std::vector<Point> marked_points(const SeriesValues& v, bool every) {
    auto marked = [&](int i) { return v.has(i) && (every || !v.joined(i)); };
    std::vector<Point> points;
    points.reserve(v.count(marked));
    for (int i = 0; i < v.size(); ++i)
        if (marked(i)) points.push_back(v.at(i));
    return points;
}

// The series' markers: at every value if the chart has markers and the look one, else only at
// values with no neighbour (always as circles if the look has none); none if no value needs one.
std::optional<display::PathItem> series_markers(const SeriesValues& v, const display::Path& line,
                                                const SeriesLook& look, const ChartGeometry& g,
                                                const ChartStyle& style) {
    const Marker marker = look.marker == Marker::None ? Marker::Circle : look.marker;
    const bool every = g.markers && look.marker != Marker::None;
    // Markers at every value of a series without gaps sit on the line's own points.
    std::span<const Point> at = line.points();
    std::vector<Point> marked;
    if (!every || v.count([&](int i) { return v.has(i); }) != at.size()) {
        marked = marked_points(v, every);
        at = marked;
    }
    if (at.empty()) return std::nullopt;
    return marker_item(marker, at, style.marker_size, look.line);
}

// The marker and colour of each SPC point class.
Marker spc_marker(SpcMark mark) {
    switch (mark) {
    case SpcMark::Common:
        return Marker::Circle;
    case SpcMark::Improvement:
        return Marker::Square;
    case SpcMark::Concern:
        return Marker::Diamond;
    case SpcMark::Special:
        return Marker::Triangle;
    }
    return Marker::Circle;
}
Color spc_color(SpcMark mark, const SpcColors& colors) {
    switch (mark) {
    case SpcMark::Common:
        return colors.common;
    case SpcMark::Improvement:
        return colors.improvement;
    case SpcMark::Concern:
        return colors.concern;
    case SpcMark::Special:
        return colors.special;
    }
    return colors.common;
}

// An SPC chart's series: a grey line through every value, then every point marked, one item
// per class (its colour and its shape), common cause first so signals are drawn on top.
void draw_spc_series(std::vector<display::Item>& out, const ChartSpec& spec, const ChartGeometry& g,
                     const ChartStyle& style) {
    const SpcView& spc = *spec.spc;
    const SeriesValues values{spec.series.front().values, g};
    display::Path line = polyline(values);
    if (!line.empty()) {
        auto item = stroke_path(std::move(line), spc.colors.common, style.line_width * 0.8);
        item.stroke->cap = display::Stroke::Cap::Round;
        item.stroke->join = display::Stroke::Join::Round;
        out.push_back(std::move(item));
    }
    for (SpcMark mark :
         {SpcMark::Common, SpcMark::Improvement, SpcMark::Concern, SpcMark::Special}) {
        std::vector<Point> at;
        for (int i = 0; i < values.size(); ++i)
            if (values.has(i) && spc.marks[static_cast<std::size_t>(i)] == mark)
                at.push_back(values.at(i));
        if (at.empty()) continue;
        const double size = style.marker_size * (mark == SpcMark::Common ? 1.0 : 1.25);
        out.push_back(marker_item(spc_marker(mark), at, size, spc_color(mark, spc.colors)));
    }
}

} // namespace

Marker spc_marker_of(SpcMark mark) {
    return spc_marker(mark);
}

void draw_lines(std::vector<display::Item>& out, const ChartSpec& spec, const ChartGeometry& g,
                const ChartStyle& style) {
    if (spec.spc) return draw_spc_series(out, spec, g, style);
    for (int s = 0; s < g.series_count; ++s) {
        const SeriesLook& look = look_of(spec, style, s);
        const SeriesValues values{spec.series[s].values, g};
        display::Path line = polyline(values);
        std::optional<display::PathItem> markers = series_markers(values, line, look, g, style);
        if (!line.empty()) {
            auto item = stroke_path(std::move(line), look.line, style.line_width, look.dash);
            item.stroke->cap =
                look.dash.empty() ? display::Stroke::Cap::Round : display::Stroke::Cap::Butt;
            item.stroke->join = display::Stroke::Join::Round;
            out.push_back(std::move(item));
        }
        if (markers) out.push_back(std::move(*markers));
    }
}

} // namespace bp::graphics::detail
