// Value labels: above every bar (below negative ones), and above line points when they fit.
#include "graphics/chart_parts.hpp"
#include "graphics/data_marks.hpp"

#include <algorithm>
#include <cmath>

namespace bp::graphics::detail {

namespace {

bool inside(const Rect& r, const Rect& area) {
    const double eps = 1e-6;
    return r.x >= area.x - eps && r.right() <= area.right() + eps && r.y >= area.y - eps &&
           r.bottom() <= area.bottom() + eps;
}

// Collects labels that stay inside `area`, clear of the data and of everything placed so far;
// a label with no such place is noted as left out.
struct Placer {
    TextStyle ts;
    Rect area;
    std::vector<Rect> taken;
    std::vector<ValueLabel>& out;
    const DataMarks& marks;
    std::vector<std::string>& left_out;

    bool fits(const PlacedText& t) const {
        Rect r = text_bounds(ts, t);
        if (!inside(r, area) || marks.hit(r)) return false;
        for (const auto& o : taken)
            if (boxes_overlap(r, o)) return false;
        return true;
    }
    void add(int s, int c, PlacedText t) {
        taken.push_back(text_bounds(ts, t));
        out.push_back(ValueLabel{s, c, std::move(t)});
    }
    // Places `t` at the first of its spots (origins) that fits; notes it left out if none does.
    void first_fit(int s, int c, PlacedText t, const std::vector<Point>& spots) {
        for (const Point& at : spots) {
            t.origin = at;
            if (fits(t)) {
                add(s, c, std::move(t));
                return;
            }
        }
        left_out.push_back(t.text);
    }
};

// Produces one bar end to label: a bar's value, or a stack's total at the stack's end.
struct BarEnd {
    int series = 0; // -1 for a stack's total
    int category = 0;
    double value = 0;
    Rect bar; // the bar (or the part of the stack on the value's side of zero)
};

std::vector<BarEnd> bar_ends(const ChartSpec& spec, const ChartGeometry& g) {
    std::vector<BarEnd> ends;
    const int n = static_cast<int>(spec.categories.size());
    if (g.stacked) {
        const Stacks st = stacks_of(spec);
        for (int c = 0; c < n; ++c) {
            const double total = st.total[c];
            if (!std::isfinite(total)) continue;
            ends.push_back(
                {-1, c, total, g.bar_between(c, 0, 0, total >= 0 ? st.top[c] : st.bottom[c])});
        }
        return ends;
    }
    for (int c = 0; c < n; ++c)
        for (int s = 0; s < g.series_count; ++s) {
            const double v = spec.series[s].values[c];
            if (std::isfinite(v)) ends.push_back({s, c, v, g.bar(c, s, v)});
        }
    return ends;
}

void label_bars(const ChartSpec& spec, const ChartStyle& style, ChartGeometry& g, Placer& placer) {
    const std::vector<BarEnd> ends = bar_ends(spec, g);
    // The largest of three sizes at which every label fits its bar's pitch (its width for
    // vertical bars, its height for horizontal ones).
    TextStyle& ts = placer.ts;
    const double pitch = g.series_count > 1 && !g.stacked ? g.bar_width + g.bar_gap : g.slot;
    bool fit = false;
    for (double scale : {1.0, 0.85, 0.72}) {
        ts.size = style.values.size * scale;
        fit = true;
        for (const auto& e : ends) {
            const double extent = g.horizontal ? text_ascent(ts) + text_descent(ts)
                                               : text_width(ts, value_text(spec, e.value));
            if (extent > pitch - 0.15 * ts.size) fit = false;
        }
        if (fit) break;
    }
    if (!fit) return;
    g.value_label_size = ts.size;
    const double a = text_ascent(ts), d = text_descent(ts), pad = 0.25 * ts.size;
    for (const auto& e : ends) {
        std::string text = value_text(spec, e.value);
        const double w = text_width(ts, text);
        const bool below = e.value < g.baseline;
        const Rect& bar = e.bar;
        // At the bar's end; else moved on outwards, a quarter of the text size at a time up to
        // three times its size (past a reference line that crosses it); a negative bar's label
        // may also go on the other side of the base line.
        std::vector<Point> spots;
        for (int k = 0; k <= 12; ++k) {
            const double out = pad + 0.25 * ts.size * k;
            if (g.horizontal) {
                const double baseline = bar.y + bar.h / 2 + text_cap_height(ts) / 2;
                spots.push_back({below ? bar.x - out - w : bar.right() + out, baseline});
                if (below && k == 0) spots.push_back({g.value_x(g.baseline) + pad, baseline});
            } else {
                spots.push_back(
                    {bar.x + bar.w / 2 - w / 2, below ? bar.bottom() + out + a : bar.y - out - d});
                if (below && k == 0)
                    spots.push_back({bar.x + bar.w / 2 - w / 2, g.y_of(g.baseline) - pad - d});
            }
        }
        placer.first_fit(e.series, e.category, PlacedText{text, {}, w}, spots);
    }
}

void label_points(const ChartSpec& spec, const ChartStyle& style, ChartGeometry& g,
                  Placer& placer) {
    const TextStyle& ts = placer.ts;
    g.value_label_size = ts.size;
    const int n = static_cast<int>(spec.categories.size());
    // Every point if each label fits its slot, else only each series' first and last values.
    bool all = true;
    for (const auto& s : spec.series)
        for (double v : s.values)
            if (std::isfinite(v) && text_width(ts, value_text(spec, v)) > 0.9 * g.slot) all = false;
    const double a = text_ascent(ts), d = text_descent(ts);
    const double clearance = (g.markers ? style.marker_size / 2 : style.line_width) + 0.3 * ts.size;
    // Latest values first: when labels collide, the most recent one wins.
    for (int s = 0; s < g.series_count; ++s) {
        const auto& values = spec.series[s].values;
        std::vector<int> points;
        for (int c = n - 1; c >= 0; --c)
            if (std::isfinite(values[c])) points.push_back(c);
        if (!all && points.size() > 2) points = {points.front(), points.back()};
        for (int c : points) {
            std::string text = value_text(spec, values[c]);
            double w = text_width(ts, text);
            const double y = g.y_of(values[c]), cx = g.x_of(c);
            const double side = clearance + w / 2; // beside the point, clear of its marker
            auto clamped = [&](double x) {
                return std::clamp(x, placer.area.x, placer.area.right() - w);
            };
            // Above the point, below it, then above or below to its right or left.
            std::vector<Point> spots{{clamped(cx - w / 2), y - clearance - d},
                                     {clamped(cx - w / 2), y + clearance + a},
                                     {clamped(cx + side - w / 2), y - clearance - d},
                                     {clamped(cx - side - w / 2), y - clearance - d},
                                     {clamped(cx + side - w / 2), y + clearance + a},
                                     {clamped(cx - side - w / 2), y + clearance + a}};
            placer.first_fit(s, c, PlacedText{text, {}, w}, spots);
        }
    }
}

} // namespace

void layout_value_labels(const ChartSpec& spec, const ChartStyle& style, ChartGeometry& g,
                         const Rect& area) {
    g.value_labels.clear();
    if (!spec.value_labels || g.plot.w <= 0 || g.plot.h <= 0) return;
    const DataMarks marks = data_marks(spec, g, style);
    Placer placer{style.values, area, {}, g.value_labels, marks, g.left_out};
    for (const auto& b : g.bands)
        if (b.label) placer.taken.push_back(text_bounds(style.labels, *b.label));
    if (is_bar_chart(spec))
        label_bars(spec, style, g, placer);
    else
        label_points(spec, style, g, placer);
}

} // namespace bp::graphics::detail
