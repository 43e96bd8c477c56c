// Checks that a laid-out chart draws no label over another or over the data: every value,
// reference, band and legend label is clear of every other text of the chart, and no value or
// reference label covers a bar, a marker or a point of a series line or reference line (the
// lines sampled every half point, independently of how the chart placed its labels).
#pragma once

#include "graphics/chart_geometry.hpp"

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

namespace bp::graphics::test {

// The faults of `g` (laid out from `spec` in `style`), one line each; empty if none.
inline std::vector<std::string> label_faults(const ChartSpec& spec, const ChartGeometry& g,
                                             const ChartStyle& style) {
    struct Box {
        std::string what;
        Rect r;
        bool over_data; // a label that must not cover the data
    };
    std::vector<Box> labels, others;
    TextStyle values = style.values;
    values.size = g.value_label_size;
    for (const auto& v : g.value_labels)
        labels.push_back({"value label " + v.text.text, text_bounds(values, v.text), true});
    for (const auto& r : g.reference_labels)
        labels.push_back(
            {"reference label " + r.text.text, text_bounds(style.labels, r.text), true});
    for (const auto& b : g.bands)
        if (b.label)
            labels.push_back(
                {"band label " + b.label->text, text_bounds(style.labels, *b.label), false});
    for (const auto& e : g.legend)
        labels.push_back({"legend " + e.label.text, text_bounds(style.legend, e.label), false});
    for (const auto& t : g.title)
        others.push_back({"title", text_bounds(style.title, t), false});
    for (const auto& t : g.subtitle)
        others.push_back({"subtitle", text_bounds(style.subtitle, t), false});
    for (const auto& t : g.x_labels)
        others.push_back({"x label " + t.text, text_bounds(style.labels, t), false});
    for (const auto& t : g.y_tick_labels)
        others.push_back({"tick label " + t.text, text_bounds(style.labels, t), false});
    if (g.source) others.push_back({"source", text_bounds(style.source, *g.source), false});

    auto overlap = [](const Rect& a, const Rect& b) {
        const double e = 1e-6;
        return a.x < b.right() - e && b.x < a.right() - e && a.y < b.bottom() - e &&
               b.y < a.bottom() - e;
    };
    auto inside = [](Point p, const Rect& r) {
        const double e = 1e-6;
        return p.x > r.x + e && p.x < r.right() - e && p.y > r.y + e && p.y < r.bottom() - e;
    };
    std::vector<std::string> faults;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (std::size_t j = i + 1; j < labels.size(); ++j)
            if (overlap(labels[i].r, labels[j].r))
                faults.push_back(labels[i].what + " overlaps " + labels[j].what);
        for (const auto& o : others)
            if (overlap(labels[i].r, o.r)) faults.push_back(labels[i].what + " overlaps " + o.what);
    }

    // The data: bars, and points every half point along every series and reference line.
    std::vector<Rect> bars;
    std::vector<Point> points;
    auto sample = [&](Point a, Point b) {
        const double len = std::hypot(b.x - a.x, b.y - a.y);
        const int steps = std::max(1, static_cast<int>(len / 0.5));
        for (int k = 0; k <= steps; ++k) {
            const double t = static_cast<double>(k) / steps;
            points.push_back({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)});
        }
    };
    const int n = static_cast<int>(spec.categories.size());
    const bool bars_chart = spec.kind != ChartKind::Line;
    for (int s = 0; s < static_cast<int>(spec.series.size()); ++s)
        for (int c = 0; c < n; ++c) {
            const double v = spec.series[s].values[c];
            if (!std::isfinite(v)) continue;
            if (bars_chart) {
                if (!g.stacked) bars.push_back(g.bar(c, s, v));
                continue;
            }
            const Point p{g.x_of(c), g.y_of(v)};
            points.push_back(p);
            if (c + 1 < n && std::isfinite(spec.series[s].values[c + 1]))
                sample(p, {g.x_of(c + 1), g.y_of(spec.series[s].values[c + 1])});
        }
    for (const auto& r : spec.references)
        for (int c = 0; c < static_cast<int>(r.values.size()); ++c)
            if (std::isfinite(r.values[c]) && !g.horizontal)
                sample({g.plot.x + c * g.slot, g.y_of(r.values[c])},
                       {g.plot.x + (c + 1) * g.slot, g.y_of(r.values[c])});
    for (const auto& l : labels) {
        if (!l.over_data) continue;
        for (const auto& b : bars)
            if (overlap(l.r, b)) {
                faults.push_back(l.what + " covers a bar");
                break;
            }
        for (const auto& p : points)
            if (inside(p, l.r)) {
                std::ostringstream at;
                at << l.what << " covers the line at (" << p.x << ", " << p.y << ")";
                faults.push_back(at.str());
                break;
            }
    }
    return faults;
}

} // namespace bp::graphics::test
