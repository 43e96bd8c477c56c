#include "render/pdf/parts.hpp"

#include <algorithm>
#include <cmath>

namespace bp::render::pdf {

namespace {

HPDF_REAL real(double v) {
    return static_cast<HPDF_REAL>(v);
}

// libharu's dash operands are whole points from 1 to 100, one or an even number, at most 8:
// lengths are rounded (at least 1), an odd pattern is doubled (PDF repeats it anyway), and a
// pattern with no length is solid. render/png/path.cpp applies the same rule.
std::vector<HPDF_UINT16> whole_point_dash(const std::vector<double>& dash) {
    double total = 0;
    for (double d : dash)
        total += std::max(d, 0.0);
    if (total < 0.5) return {};
    std::vector<HPDF_UINT16> out;
    for (double d : dash)
        out.push_back(static_cast<HPDF_UINT16>(std::clamp(std::lround(d), 1L, 100L)));
    if (out.size() % 2 == 1 && out.size() > 1) out.insert(out.end(), out.begin(), out.end());
    if (out.size() > 8) out.resize(8);
    return out;
}

void set_stroke_style(HPDF_Page page, const display::Stroke& s) {
    HPDF_Page_SetRGBStroke(page, real(s.color.r), real(s.color.g), real(s.color.b));
    HPDF_Page_SetLineWidth(page, real(s.width));
    switch (s.cap) {
    case display::Stroke::Cap::Butt:
        HPDF_Page_SetLineCap(page, HPDF_BUTT_END);
        break;
    case display::Stroke::Cap::Round:
        HPDF_Page_SetLineCap(page, HPDF_ROUND_END);
        break;
    case display::Stroke::Cap::Square:
        HPDF_Page_SetLineCap(page, HPDF_PROJECTING_SCUARE_END);
        break;
    }
    switch (s.join) {
    case display::Stroke::Join::Miter:
        HPDF_Page_SetLineJoin(page, HPDF_MITER_JOIN);
        break;
    case display::Stroke::Join::Round:
        HPDF_Page_SetLineJoin(page, HPDF_ROUND_JOIN);
        break;
    case display::Stroke::Join::Bevel:
        HPDF_Page_SetLineJoin(page, HPDF_BEVEL_JOIN);
        break;
    }
    auto dash = whole_point_dash(s.dash);
    if (!dash.empty()) HPDF_Page_SetDash(page, dash.data(), static_cast<HPDF_UINT>(dash.size()), 0);
}

// Emits the outline; a line or curve with no current point starts the subpath at its first
// point (as cairo does). Returns false if nothing was emitted.
bool emit_path(const PageTarget& t, const display::Path& path) {
    const auto& pts = path.points();
    std::size_t k = 0;
    bool open = false;
    for (auto op : path.ops()) {
        switch (op) {
        case display::Path::Op::Move:
            HPDF_Page_MoveTo(t.page, t.x(pts[k].x), t.y(pts[k].y));
            ++k;
            break;
        case display::Path::Op::Line:
            if (!open)
                HPDF_Page_MoveTo(t.page, t.x(pts[k].x), t.y(pts[k].y));
            else
                HPDF_Page_LineTo(t.page, t.x(pts[k].x), t.y(pts[k].y));
            ++k;
            break;
        case display::Path::Op::Curve:
            if (!open) HPDF_Page_MoveTo(t.page, t.x(pts[k].x), t.y(pts[k].y));
            HPDF_Page_CurveTo(t.page, t.x(pts[k].x), t.y(pts[k].y), t.x(pts[k + 1].x),
                              t.y(pts[k + 1].y), t.x(pts[k + 2].x), t.y(pts[k + 2].y));
            k += 3;
            break;
        case display::Path::Op::Close:
            if (open) HPDF_Page_ClosePath(t.page);
            break;
        }
        open = open || op != display::Path::Op::Close;
    }
    return open;
}

} // namespace

void draw_path(const PageTarget& target, const display::PathItem& item) {
    const bool stroke = item.stroke && item.stroke->width > 0; // width 0 draws nothing (as cairo)
    if (item.path.empty() || (!item.fill && !stroke)) return;
    HPDF_Page page = target.page;
    HPDF_Page_GSave(page);
    if (item.fill)
        HPDF_Page_SetRGBFill(page, real(item.fill->r), real(item.fill->g), real(item.fill->b));
    if (stroke) set_stroke_style(page, *item.stroke);
    if (emit_path(target, item.path)) {
        if (item.fill && stroke)
            HPDF_Page_FillStroke(page);
        else if (item.fill)
            HPDF_Page_Fill(page);
        else
            HPDF_Page_Stroke(page);
    }
    HPDF_Page_GRestore(page);
}

} // namespace bp::render::pdf
