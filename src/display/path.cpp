#include "display/display_list.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numbers>

namespace bp::display {

namespace {

// Grows `v` to hold `more` elements beyond its size: exactly when it has no capacity yet, else
// to at least twice its capacity.
template <class T> void make_room(std::vector<T>& v, std::size_t more) {
    const std::size_t need = v.size() + more;
    if (need > v.capacity()) v.reserve(std::max(need, 2 * v.capacity()));
}

// The number of Bézier segments of at most 90° that an arc from a0 to a1 is drawn with.
int arc_segments(double a0, double a1) {
    const double quarter = std::numbers::pi / 2;
    return std::max(1, static_cast<int>(std::ceil(std::fabs(a1 - a0) / quarter - 1e-9)));
}

} // namespace

Path& Path::reserve(std::size_t ops, std::size_t points) {
    make_room(ops_, ops);
    make_room(points_, points);
    return *this;
}

Path& Path::move_to(Point p) {
    if (ops_.empty()) reserve(2, 2);
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
    reserve(1, 3);
    ops_.push_back(Op::Curve);
    points_.insert(points_.end(), {c1, c2, end});
    return *this;
}

Path& Path::close() {
    ops_.push_back(Op::Close);
    return *this;
}

Path& Path::rect(const Rect& r) {
    static constexpr Op outline[] = {Op::Move, Op::Line, Op::Line, Op::Line, Op::Close};
    reserve(std::size(outline), 4);
    ops_.insert(ops_.end(), std::begin(outline), std::end(outline));
    points_.insert(points_.end(),
                   {{r.x, r.y}, {r.right(), r.y}, {r.right(), r.bottom()}, {r.x, r.bottom()}});
    return *this;
}

Path& Path::arc(Point c, double radius, double a0, double a1) {
    const int segments = arc_segments(a0, a1);
    reserve(1 + static_cast<std::size_t>(segments), 1 + 3 * static_cast<std::size_t>(segments));
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
    const double full = 2 * std::numbers::pi;
    const auto segments = static_cast<std::size_t>(arc_segments(0, full));
    const bool open = !ops_.empty() && ops_.back() != Op::Close;
    reserve((open ? 1 : 0) + 1 + segments + 1, 1 + 3 * segments);
    if (open) close();
    arc(centre, radius, 0, full);
    return close();
}

FontId Document::font_id(const FontFace& face) {
    for (std::size_t i = 0; i < fonts.size(); ++i)
        if (fonts[i] == face) return static_cast<FontId>(i);
    fonts.push_back(face);
    return static_cast<FontId>(fonts.size() - 1);
}

} // namespace bp::display
