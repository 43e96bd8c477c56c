#include "render/png/parts.hpp"

#include <algorithm>
#include <cmath>

namespace bp::render::png {

namespace {

void set_stroke_style(cairo_t* cr, const display::Stroke& s) {
    cairo_set_source_rgb(cr, s.color.r, s.color.g, s.color.b);
    cairo_set_line_width(cr, s.width);
    switch (s.cap) {
    case display::Stroke::Cap::Butt:
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
        break;
    case display::Stroke::Cap::Round:
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        break;
    case display::Stroke::Cap::Square:
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
        break;
    }
    switch (s.join) {
    case display::Stroke::Join::Miter:
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
        break;
    case display::Stroke::Join::Round:
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        break;
    case display::Stroke::Join::Bevel:
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL);
        break;
    }
    const auto& dash = s.drawn_dash();
    cairo_set_dash(cr, dash.data(), static_cast<int>(dash.size()), 0);
}

// Emits the outline. cairo itself starts a subpath at the first point of a line or curve with
// no current point and ignores a close with none, as render/pdf/content_writer.cpp does explicitly.
void emit_path(cairo_t* cr, const display::Path& path) {
    const auto& pts = path.points();
    std::size_t k = 0;
    for (auto op : path.ops()) {
        switch (op) {
        case display::Path::Op::Move:
            cairo_move_to(cr, pts[k].x, pts[k].y);
            ++k;
            break;
        case display::Path::Op::Line:
            cairo_line_to(cr, pts[k].x, pts[k].y);
            ++k;
            break;
        case display::Path::Op::Curve:
            cairo_curve_to(cr, pts[k].x, pts[k].y, pts[k + 1].x, pts[k + 1].y, pts[k + 2].x,
                           pts[k + 2].y);
            k += 3;
            break;
        case display::Path::Op::Close:
            cairo_close_path(cr);
            break;
        }
    }
}

} // namespace

void draw_path(const Canvas& canvas, const display::PathItem& item) {
    const bool stroke = item.stroke && item.stroke->width > 0; // width 0 draws nothing
    if (item.path.empty() || (!item.fill && !stroke)) return;
    cairo_t* cr = canvas.cr;
    cairo_save(cr);
    cairo_new_path(cr);
    emit_path(cr, item.path);
    if (item.fill) {
        cairo_set_source_rgb(cr, item.fill->r, item.fill->g, item.fill->b);
        cairo_fill_preserve(cr); // non-zero winding, as the PDF's f
    }
    if (stroke) {
        set_stroke_style(cr, *item.stroke);
        cairo_stroke_preserve(cr);
    }
    cairo_new_path(cr);
    cairo_restore(cr);
}

} // namespace bp::render::png
