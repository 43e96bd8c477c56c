#include "graphics/spc_icon.hpp"

#include <algorithm>

namespace bp::graphics {

namespace {

// A point of the icon in units of its diameter, relative to its centre (y down).
Point at(Point c, double d, double ux, double uy) {
    return Point{c.x + ux * d, c.y + uy * d};
}

display::PathItem stroked(display::Path path, Color color, double width) {
    display::Stroke s;
    s.color = color;
    s.width = width;
    s.cap = display::Stroke::Cap::Round;
    s.join = display::Stroke::Join::Round;
    return display::PathItem{std::move(path), std::nullopt, s};
}

// The ring: white inside, stroked on its edge (shrunk so the icon stays within d); dashed when
// `dashed`, with a second thin ring inside when `doubled`.
void ring(std::vector<display::Item>& out, Point c, double d, Color color, bool dashed,
          bool doubled) {
    const double w = std::max(0.5, 0.075 * d);
    display::Path p;
    p.circle(c, (d - w) / 2);
    display::Stroke s;
    s.color = color;
    s.width = w;
    if (dashed) {
        const double on = std::max(1.0, static_cast<double>(static_cast<int>(0.16 * d + 0.5)));
        s.dash = {on, std::max(1.0, on / 2)};
    }
    out.push_back(display::PathItem{std::move(p), rgb(0xffffff), s});
    if (doubled) {
        display::Path inner;
        inner.circle(c, (d - w) / 2 - 1.8 * w);
        out.push_back(stroked(std::move(inner), color, w * 0.5));
    }
}

// A letter drawn as strokes in a box of height h with its top left at `tl`: H, L, P or F.
display::Path letter(char ch, Point tl, double h) {
    const double w = 0.62 * h;
    auto p_at = [&](double fx, double fy) { return Point{tl.x + fx * w, tl.y + fy * h}; };
    display::Path p;
    switch (ch) {
    case 'H':
        p.move_to(p_at(0, 0)).line_to(p_at(0, 1));
        p.move_to(p_at(1, 0)).line_to(p_at(1, 1));
        p.move_to(p_at(0, 0.5)).line_to(p_at(1, 0.5));
        break;
    case 'L':
        p.move_to(p_at(0, 0)).line_to(p_at(0, 1)).line_to(p_at(1, 1));
        break;
    case 'F':
        p.move_to(p_at(1, 0)).line_to(p_at(0, 0)).line_to(p_at(0, 1));
        p.move_to(p_at(0, 0.48)).line_to(p_at(0.8, 0.48));
        break;
    case 'P':
        p.move_to(p_at(0, 1)).line_to(p_at(0, 0)).line_to(p_at(0.5, 0));
        p.curve_to(p_at(1.15, 0), p_at(1.15, 0.55), p_at(0.5, 0.55)).line_to(p_at(0, 0.55));
        break;
    default:
        break;
    }
    return p;
}

// The run of five dots: level for common cause, its last three rising (high: below the letter)
// or falling (low: above it).
std::vector<Point> dots(Point c, double d, int direction) {
    static const double level[] = {0.02, -0.04, 0.03, -0.02, 0.02};
    const double base = direction > 0 ? 0.14 : direction < 0 ? -0.12 : 0;
    std::vector<Point> out;
    for (int k = 0; k < 5; ++k) {
        double y = level[k];
        if (direction != 0) y = k < 2 ? level[k] / 2 : -direction * 0.07 * (k - 1);
        out.push_back(at(c, d, -0.26 + 0.13 * k, base + y));
    }
    return out;
}

} // namespace

Color icon_color(VariationShape shape, const SpcColors& colors) {
    switch (shape) {
    case VariationShape::CommonCause:
        return colors.common;
    case VariationShape::ImprovementHigh:
    case VariationShape::ImprovementLow:
        return colors.improvement;
    case VariationShape::ConcernHigh:
    case VariationShape::ConcernLow:
        return colors.concern;
    case VariationShape::NeitherHigh:
    case VariationShape::NeitherLow:
        return colors.special;
    }
    return colors.common;
}

Color icon_color(AssuranceShape shape, const SpcColors& colors) {
    switch (shape) {
    case AssuranceShape::Passing:
        return colors.improvement;
    case AssuranceShape::Failing:
        return colors.concern;
    case AssuranceShape::HitAndMiss:
        return colors.common;
    }
    return colors.common;
}

void draw_variation_icon(std::vector<display::Item>& out, VariationShape shape, Point c, double d,
                         const SpcColors& colors, const std::string& alt,
                         const display::TextRun* spoken) {
    using V = VariationShape;
    out.push_back(display::StructBegin{display::StructKind::Figure, 0, alt});
    const Color color = icon_color(shape, colors);
    const bool high =
        shape == V::ImprovementHigh || shape == V::ConcernHigh || shape == V::NeitherHigh;
    const bool low = shape == V::ImprovementLow || shape == V::ConcernLow || shape == V::NeitherLow;
    ring(out, c, d, color, shape == V::ConcernHigh || shape == V::ConcernLow,
         shape == V::NeitherHigh || shape == V::NeitherLow);
    const std::vector<Point> run = dots(c, d, high ? 1 : low ? -1 : 0);
    // The line through the dots, then the dots: grey for common cause, the last three in the
    // icon's colour for a special cause.
    display::Path line;
    line.move_to(run.front());
    for (std::size_t k = 1; k < run.size(); ++k)
        line.line_to(run[k]);
    out.push_back(stroked(std::move(line), colors.common, std::max(0.3, 0.035 * d)));
    for (std::size_t k = 0; k < run.size(); ++k) {
        display::Path dot;
        dot.move_to(run[k]).line_to(run[k]);
        out.push_back(
            stroked(std::move(dot), (high || low) && k >= 2 ? color : colors.common, 0.1 * d));
    }
    if (high || low) { // H at the top, L at the bottom
        const double h = 0.22 * d;
        const Point tl = at(c, d, -0.068, high ? -0.34 : 0.12);
        out.push_back(stroked(letter(high ? 'H' : 'L', tl, h), color, std::max(0.4, 0.06 * d)));
    }
    if (spoken) out.push_back(*spoken);
    out.push_back(display::StructEnd{});
}

void draw_assurance_icon(std::vector<display::Item>& out, AssuranceShape shape, Point c, double d,
                         const SpcColors& colors, const std::string& alt,
                         const display::TextRun* spoken) {
    out.push_back(display::StructBegin{display::StructKind::Figure, 0, alt});
    const Color color = icon_color(shape, colors);
    ring(out, c, d, color, false, false);
    const double w = std::max(0.5, 0.085 * d);
    if (shape == AssuranceShape::HitAndMiss) {
        display::Path wave;
        wave.move_to(at(c, d, -0.26, 0.03))
            .curve_to(at(c, d, -0.16, -0.20), at(c, d, -0.04, -0.16), at(c, d, 0, 0))
            .curve_to(at(c, d, 0.04, 0.16), at(c, d, 0.16, 0.20), at(c, d, 0.26, -0.03));
        out.push_back(stroked(std::move(wave), color, w));
    } else {
        const double h = 0.44 * d;
        const Point tl = at(c, d, -0.14, -0.22);
        out.push_back(
            stroked(letter(shape == AssuranceShape::Passing ? 'P' : 'F', tl, h), color, w));
    }
    if (spoken) out.push_back(*spoken);
    out.push_back(display::StructEnd{});
}

} // namespace bp::graphics
