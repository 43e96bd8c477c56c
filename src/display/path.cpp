#include "display/display_list.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <numbers>
#include <stdexcept>

namespace bp::display {

namespace {

// The number of Bézier segments of at most 90° that an arc from a0 to a1 is drawn with.
int arc_segments(double a0, double a1) {
    const double quarter = std::numbers::pi / 2;
    return std::max(1, static_cast<int>(std::ceil(std::fabs(a1 - a0) / quarter - 1e-9)));
}

} // namespace

Point* Path::point_data() const {
    return reinterpret_cast<Point*>(data_.get() + sizeof(Header));
}

Path::Op* Path::op_data() const {
    return reinterpret_cast<Op*>(data_.get() + sizeof(Header) +
                                 header()->point_room * sizeof(Point));
}

std::span<const Path::Op> Path::ops() const {
    if (!data_) return {};
    return {op_data(), header()->ops};
}

std::span<const Point> Path::points() const {
    if (!data_) return {};
    return {point_data(), header()->points};
}

Path Path::copy_with_room(const Path& from, std::size_t op_room, std::size_t point_room) {
    if (op_room > UINT32_MAX || point_room > UINT32_MAX)
        throw std::length_error("display::Path: too many points");
    static_assert(sizeof(Header) % alignof(Point) == 0);
    Path out;
    // new[] of bytes is aligned for any ordinary type and creates the objects used in it.
    out.data_.reset(new std::byte[sizeof(Header) + point_room * sizeof(Point) + op_room]);
    const auto ops = from.ops();
    const auto points = from.points();
    *out.header() =
        Header{static_cast<std::uint32_t>(ops.size()), static_cast<std::uint32_t>(points.size()),
               static_cast<std::uint32_t>(op_room), static_cast<std::uint32_t>(point_room)};
    if (from.data_) { // an empty path's spans have no data to copy from
        std::memcpy(out.point_data(), points.data(), points.size_bytes());
        std::memcpy(out.op_data(), ops.data(), ops.size_bytes());
    }
    return out;
}

void Path::reallocate(std::size_t op_room, std::size_t point_room) {
    *this = copy_with_room(*this, op_room, point_room);
}

Path::Path(const Path& other) {
    if (other.data_) *this = copy_with_room(other, other.ops().size(), other.points().size());
}

Path& Path::operator=(const Path& other) {
    if (this != &other) *this = Path(other);
    return *this;
}

Path& Path::reserve(std::size_t ops, std::size_t points) {
    if (!data_) {
        reallocate(ops, points);
        return *this;
    }
    const Header& h = *header();
    const std::size_t need_ops = h.ops + ops, need_points = h.points + points;
    if (need_ops > h.op_room || need_points > h.point_room)
        reallocate(need_ops > h.op_room ? std::max<std::size_t>(need_ops, 2 * h.op_room)
                                        : h.op_room,
                   need_points > h.point_room ? std::max<std::size_t>(need_points, 2 * h.point_room)
                                              : h.point_room);
    return *this;
}

void Path::push(Op op) {
    if (!data_ || header()->ops == header()->op_room) reserve(1, 0);
    op_data()[header()->ops++] = op;
}

void Path::push(Point p) {
    if (!data_ || header()->points == header()->point_room) reserve(0, 1);
    point_data()[header()->points++] = p;
}

Path& Path::move_to(Point p) {
    if (empty()) reserve(2, 2);
    push(Op::Move);
    push(p);
    return *this;
}

Path& Path::line_to(Point p) {
    push(Op::Line);
    push(p);
    return *this;
}

Path& Path::curve_to(Point c1, Point c2, Point end) {
    reserve(1, 3);
    push(Op::Curve);
    push(c1);
    push(c2);
    push(end);
    return *this;
}

Path& Path::close() {
    push(Op::Close);
    return *this;
}

Path& Path::rect(const Rect& r) {
    reserve(5, 4);
    push(Op::Move);
    push({r.x, r.y});
    for (Point p : {Point{r.right(), r.y}, Point{r.right(), r.bottom()}, Point{r.x, r.bottom()}}) {
        push(Op::Line);
        push(p);
    }
    return close();
}

Path& Path::arc(Point c, double radius, double a0, double a1) {
    const int segments = arc_segments(a0, a1);
    reserve(1 + static_cast<std::size_t>(segments), 1 + 3 * static_cast<std::size_t>(segments));
    double step = (a1 - a0) / segments;
    double k = 4.0 / 3.0 * std::tan(step / 4) * radius;
    auto at = [&](double a) {
        return Point{c.x + radius * std::cos(a), c.y + radius * std::sin(a)};
    };
    bool open = !empty() && ops().back() != Op::Close;
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
    const bool open = !empty() && ops().back() != Op::Close;
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
