#include "display/display_list.hpp"

#include <cmath>
#include <numbers>

namespace bp::display {

Path& Path::move_to(Point p) {
    ops_.push_back(Op::Move);
    points_.push_back(p);
    return *this;
}

Path& Path::line_to(Point p) {
    ops_.push_back(Op::Line);
    points_.push_back(p);
    return *this;
}

Path& Path::curve_to(Point c1, Point c2, Point end) {
    ops_.push_back(Op::Curve);
    points_.insert(points_.end(), {c1, c2, end});
    return *this;
}

Path& Path::close() {
    ops_.push_back(Op::Close);
    return *this;
}

Path& Path::rect(const Rect& r) {
    return move_to({r.x, r.y})
        .line_to({r.right(), r.y})
        .line_to({r.right(), r.bottom()})
        .line_to({r.x, r.bottom()})
        .close();
}

Path& Path::arc(Point c, double radius, double a0, double a1) {
    const double quarter = std::numbers::pi / 2;
    int segments = std::max(1, static_cast<int>(std::ceil(std::fabs(a1 - a0) / quarter - 1e-9)));
    double step = (a1 - a0) / segments;
    double k = 4.0 / 3.0 * std::tan(step / 4) * radius;
    auto at = [&](double a) {
        return Point{c.x + radius * std::cos(a), c.y + radius * std::sin(a)};
    };
    bool open = !ops_.empty() && ops_.back() != Op::Close;
    if (open)
        line_to(at(a0));
    else
        move_to(at(a0));
    for (int i = 0; i < segments; ++i) {
        double s = a0 + i * step, e = s + step;
        Point p0 = at(s), p3 = at(e);
        Point c1{p0.x - k * std::sin(s), p0.y + k * std::cos(s)};
        Point c2{p3.x + k * std::sin(e), p3.y - k * std::cos(e)};
        curve_to(c1, c2, p3);
    }
    return *this;
}

Path& Path::circle(Point centre, double radius) {
    if (!ops_.empty() && ops_.back() != Op::Close) close();
    arc(centre, radius, 0, 2 * std::numbers::pi);
    return close();
}

FontId Document::font_id(const FontFace& face) {
    for (std::size_t i = 0; i < fonts.size(); ++i)
        if (fonts[i] == face) return static_cast<FontId>(i);
    fonts.push_back(face);
    return static_cast<FontId>(fonts.size() - 1);
}

} // namespace bp::display
