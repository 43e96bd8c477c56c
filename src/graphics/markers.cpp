// Point markers for line series: circle, square, triangle and diamond of similar visual weight.
#include "graphics/chart_parts.hpp"

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

} // namespace

display::PathItem marker_item(Marker m, const std::vector<Point>& at, double size, Color color) {
    display::PathItem item;
    if (m == Marker::Circle) {
        for (Point p : at)
            item.path.move_to(p).line_to(p);
        display::Stroke dot{color, size, {}};
        dot.cap = display::Stroke::Cap::Round;
        item.stroke = dot;
        return item;
    }
    for (Point p : at)
        add_outline(item.path, m, p, size);
    item.fill = color;
    return item;
}

} // namespace bp::graphics::detail
