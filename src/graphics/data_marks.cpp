#include "graphics/data_marks.hpp"

#include "graphics/chart_parts.hpp"

#include <algorithm>
#include <cmath>

namespace bp::graphics::detail {

bool boxes_overlap(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

namespace {

// True if segment a–b passes through the inside of `r` (Liang–Barsky clipping).
bool segment_crosses(Point a, Point b, const Rect& r) {
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x - r.x, r.right() - a.x, a.y - r.y, r.bottom() - a.y};
    for (int k = 0; k < 4; ++k) {
        if (p[k] == 0) {
            if (q[k] <= 0) return false; // parallel and outside (or on the edge)
            continue;
        }
        const double t = q[k] / p[k];
        if (p[k] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 >= t1) return false;
    }
    return true;
}

} // namespace

bool DataMarks::hit(const Rect& r) const {
    for (const auto& b : boxes)
        if (boxes_overlap(r, b)) return true;
    for (const auto& s : segments) {
        const Rect grown{r.x - s.half_width, r.y - s.half_width, r.w + 2 * s.half_width,
                         r.h + 2 * s.half_width};
        if (segment_crosses(s.a, s.b, grown)) return true;
    }
    return false;
}

DataMarks data_marks(const ChartSpec& spec, const ChartGeometry& g, const ChartStyle& style) {
    DataMarks marks;
    if (g.plot.w <= 0 || g.plot.h <= 0) return marks;
    const int n = static_cast<int>(spec.categories.size());
    if (is_bar_chart(spec)) {
        if (g.stacked) {
            const Stacks st = stacks_of(spec);
            for (int c = 0; c < n; ++c) {
                if (st.top[c] > 0) marks.boxes.push_back(g.bar_between(c, 0, 0, st.top[c]));
                if (st.bottom[c] < 0) marks.boxes.push_back(g.bar_between(c, 0, st.bottom[c], 0));
            }
        } else {
            for (int s = 0; s < g.series_count; ++s)
                for (int c = 0; c < n; ++c) {
                    const double v = spec.series[s].values[c];
                    if (std::isfinite(v)) marks.boxes.push_back(g.bar(c, s, v));
                }
        }
    } else {
        // SPC charts draw special-cause markers 1.25 × larger (and diamonds reach 1.15 × out).
        const double half = style.line_width / 2,
                     m = style.marker_size / 2 * (spec.spc ? 1.25 * 1.15 : 1.0);
        for (int s = 0; s < g.series_count; ++s) {
            const auto& values = spec.series[s].values;
            for (int c = 0; c < n; ++c) {
                if (!std::isfinite(values[c])) continue;
                const Point p{g.x_of(c), g.y_of(values[c])};
                marks.boxes.push_back(Rect{p.x - m, p.y - m, 2 * m, 2 * m});
                if (c + 1 < n && std::isfinite(values[c + 1]))
                    marks.segments.push_back({p, {g.x_of(c + 1), g.y_of(values[c + 1])}, half});
            }
        }
    }
    // Reference lines: a step through the category slots, as draw_reference_lines draws them.
    for (const auto& r : spec.references) {
        const double half = (r.kind == ReferenceLine::Kind::Target ? 1.3 : 1.0) / 2;
        std::optional<Point> last;
        for (int c = 0; c < static_cast<int>(r.values.size()); ++c) {
            const double v = r.values[c];
            if (!std::isfinite(v)) {
                last.reset();
                continue;
            }
            const auto at = [&](double slot_edge) {
                return g.horizontal ? Point{g.value_x(v), g.plot.y + slot_edge * g.slot}
                                    : Point{g.plot.x + slot_edge * g.slot, g.y_of(v)};
            };
            const Point start = at(c), end = at(c + 1);
            if (last) marks.segments.push_back({*last, start, half}); // the step between values
            marks.segments.push_back({start, end, half});
            last = end;
        }
    }
    return marks;
}

} // namespace bp::graphics::detail
