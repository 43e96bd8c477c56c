// Value labels: above every bar (below negative ones), and above line points when they fit.
#include "graphics/chart_parts.hpp"

#include <algorithm>
#include <cmath>

namespace bp::graphics::detail {

namespace {

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool inside(const Rect& r, const Rect& area) {
    const double eps = 1e-6;
    return r.x >= area.x - eps && r.right() <= area.right() + eps && r.y >= area.y - eps &&
           r.bottom() <= area.bottom() + eps;
}

// Collects labels that stay inside `area` and clear of everything placed so far.
struct Placer {
    TextStyle ts;
    Rect area;
    std::vector<Rect> taken;
    std::vector<ValueLabel>& out;

    bool fits(const PlacedText& t) const {
        Rect r = text_bounds(ts, t);
        if (!inside(r, area)) return false;
        for (const auto& o : taken)
            if (overlaps(r, o)) return false;
        return true;
    }
    void add(int s, int c, PlacedText t) {
        taken.push_back(text_bounds(ts, t));
        out.push_back(ValueLabel{s, c, std::move(t)});
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
        PlacedText t{text, {}, w};
        if (g.horizontal) {
            const double baseline = bar.y + bar.h / 2 + text_cap_height(ts) / 2;
            t.origin = {below ? bar.x - pad - w : bar.right() + pad, baseline};
            if (below && !placer.fits(t)) t.origin.x = g.value_x(g.baseline) + pad;
        } else {
            const double base_y = g.y_of(g.baseline);
            t.origin = {bar.x + bar.w / 2 - w / 2,
                        below ? bar.bottom() + pad + a : bar.y - pad - d};
            if (below && !placer.fits(t)) t.origin.y = base_y - pad - d; // above the base line
        }
        if (placer.fits(t)) placer.add(e.series, e.category, std::move(t));
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
            double x = std::clamp(g.x_of(c) - w / 2, placer.area.x, placer.area.right() - w);
            double y = g.y_of(values[c]);
            PlacedText t{text, {x, y - clearance - d}, w};
            if (!placer.fits(t)) t.origin.y = y + clearance + a;
            if (placer.fits(t)) placer.add(s, c, std::move(t));
        }
    }
}

} // namespace

void layout_value_labels(const ChartSpec& spec, const ChartStyle& style, ChartGeometry& g,
                         const Rect& area) {
    g.value_labels.clear();
    if (!spec.value_labels || g.plot.w <= 0 || g.plot.h <= 0) return;
    Placer placer{style.values, area, {}, g.value_labels};
    for (const auto& b : g.bands)
        if (b.label) placer.taken.push_back(text_bounds(style.labels, *b.label));
    if (is_bar_chart(spec))
        label_bars(spec, style, g, placer);
    else
        label_points(spec, style, g, placer);
}

} // namespace bp::graphics::detail
