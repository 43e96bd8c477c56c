// Point markers for line series: circle, square, triangle and diamond of similar visual weight.
#include "graphics/chart_parts.hpp"

namespace bp::graphics::detail {

display::Path marker_path(Marker m, Point c, double size) {
    display::Path p;
    add_marker(p, m, c, size);
    return p;
}

void add_marker(display::Path& p, Marker m, Point c, double size) {
    const double r = size / 2;
    switch (m) {
    case Marker::None:
        break;
    case Marker::Circle:
        p.circle(c, r);
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

} // namespace bp::graphics::detail
