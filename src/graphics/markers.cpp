// Point markers for line series: circle, square, triangle and diamond of similar visual weight.
#include "graphics/chart_parts.hpp"

#include <utility>

namespace bp::graphics::detail {

namespace {

// The outline of a square, triangle or diamond marker, appended as a closed subpath.
void add_outline(display::Path& p, Marker m, Point c, double size) {
    const double r = size / 2;
    switch (m) {
    case Marker::None:
    case Marker::Circle:
        break;
    case Marker::Square: {
        double h = r * 0.88;
        p.rect(Rect{c.x - h, c.y - h, 2 * h, 2 * h});
        break;
    }
    case Marker::Triangle: {
        double h = r * 1.1;
        p.move_to({c.x, c.y - h})
            .line_to({c.x + h, c.y + h * 0.8})
            .line_to({c.x - h, c.y + h * 0.8});
        p.close();
        break;
    }
    case Marker::Diamond: {
        double h = r * 1.15;
        p.move_to({c.x, c.y - h})
            .line_to({c.x + h, c.y})
            .line_to({c.x, c.y + h})
            .line_to({c.x - h, c.y});
        p.close();
        break;
    }
    }
}

// The ops and points add_outline appends for one marker.
std::pair<std::size_t, std::size_t> outline_size(Marker m) {
    switch (m) {
    case Marker::None:
    case Marker::Circle:
        break;
    case Marker::Square:
    case Marker::Diamond:
        return {5, 4};
    case Marker::Triangle:
        return {4, 3};
    }
    return {0, 0};
}

} // namespace

display::PathItem marker_item(Marker m, std::span<const Point> at, double size, Color color) {
    display::PathItem item;
    if (m == Marker::Circle) {
        item.path.reserve(2 * at.size(), 2 * at.size());
        for (Point p : at)
            item.path.move_to(p).line_to(p);
        display::Stroke dot{color, size, {}};
        dot.cap = display::Stroke::Cap::Round;
        item.stroke = dot;
        return item;
    }
    const auto [ops, points] = outline_size(m);
    item.path.reserve(ops * at.size(), points * at.size());
    for (Point p : at)
        add_outline(item.path, m, p, size);
    item.fill = color;
    return item;
}

} // namespace bp::graphics::detail
