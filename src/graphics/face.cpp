#include "graphics/face.hpp"

#include <algorithm>

namespace bp::graphics {

namespace {

// A point of the face in units of its diameter, relative to its centre (y down).
Point at(Point centre, double d, double ux, double uy) {
    return Point{centre.x + ux * d, centre.y + uy * d};
}

// An axis-aligned ellipse as four Bézier quarter arcs.
display::Path ellipse(Point c, double rx, double ry) {
    const double k = 0.5522847498;
    display::Path p;
    p.reserve(6, 13);
    p.move_to({c.x + rx, c.y})
        .curve_to({c.x + rx, c.y + k * ry}, {c.x + k * rx, c.y + ry}, {c.x, c.y + ry})
        .curve_to({c.x - k * rx, c.y + ry}, {c.x - rx, c.y + k * ry}, {c.x - rx, c.y})
        .curve_to({c.x - rx, c.y - k * ry}, {c.x - k * rx, c.y - ry}, {c.x, c.y - ry})
        .curve_to({c.x + k * rx, c.y - ry}, {c.x + rx, c.y - k * ry}, {c.x + rx, c.y})
        .close();
    return p;
}

display::PathItem stroked(display::Path path, Color color, double width) {
    display::Stroke s;
    s.color = color;
    s.width = width;
    s.cap = display::Stroke::Cap::Round;
    s.join = display::Stroke::Join::Round;
    return display::PathItem{std::move(path), std::nullopt, s};
}

// The mouth: a smile (control points below its ends), a straight line, or a frown.
display::Path mouth(Face face, Point c, double d) {
    display::Path p;
    p.reserve(2, face == Face::Monitoring ? 2 : 4);
    switch (face) {
    case Face::Happy:
        p.move_to(at(c, d, -0.24, 0.10))
            .curve_to(at(c, d, -0.12, 0.31), at(c, d, 0.12, 0.31), at(c, d, 0.24, 0.10));
        break;
    case Face::Monitoring:
        p.move_to(at(c, d, -0.21, 0.20)).line_to(at(c, d, 0.21, 0.20));
        break;
    case Face::Unhappy:
        p.move_to(at(c, d, -0.22, 0.30))
            .curve_to(at(c, d, -0.11, 0.10), at(c, d, 0.11, 0.10), at(c, d, 0.22, 0.30));
        break;
    }
    return p;
}

} // namespace

Color face_fill(Face face, const FaceStyle& style) {
    switch (face) {
    case Face::Happy:
        return style.happy;
    case Face::Monitoring:
        return style.monitoring;
    case Face::Unhappy:
        return style.unhappy;
    }
    return style.monitoring;
}

void draw_face(std::vector<display::Item>& out, Face face, Point c, double d,
               const FaceStyle& style, const std::string& alt, const display::TextRun* spoken) {
    out.push_back(display::StructBegin{display::StructKind::Figure, 0, alt});

    const double outline_w = std::max(0.35, 0.055 * d);
    const double feature_w = std::max(0.5, 0.08 * d);
    // The outline is stroked on the circle's edge: shrink it so the face stays within d.
    display::Path head;
    head.circle(c, (d - outline_w) / 2);
    display::Stroke outline;
    outline.color = style.outline;
    outline.width = outline_w;
    out.push_back(display::PathItem{std::move(head), face_fill(face, style), outline});

    for (double side : {-1.0, 1.0})
        out.push_back(
            display::PathItem{ellipse(at(c, d, side * 0.165, -0.12), 0.065 * d, 0.095 * d),
                              style.features, std::nullopt});

    if (face == Face::Unhappy && style.brows) {
        // Brows raised towards the middle: concerned rather than angry.
        for (double side : {-1.0, 1.0}) {
            display::Path brow;
            brow.move_to(at(c, d, side * 0.27, -0.25)).line_to(at(c, d, side * 0.10, -0.31));
            out.push_back(stroked(std::move(brow), style.features, feature_w * 0.85));
        }
    }

    out.push_back(stroked(mouth(face, c, d), style.features, feature_w));
    if (spoken) out.push_back(*spoken);
    out.push_back(display::StructEnd{});
}

} // namespace bp::graphics
