// Reference lines and tolerance bands: a target or average line drawn as a step through the
// category slots (one segment for a constant), a shaded band between low and high values, a
// label at the right end of each (on horizontal bars: above the plot, beside the line's top
// end), and the break mark of bars whose scale leaves zero out.
#include "graphics/chart_parts.hpp"
#include "graphics/data_marks.hpp"

#include <algorithm>
#include <cmath>

namespace bp::graphics::detail {

namespace {

// Produces a run of consecutive categories first..last whose value is the same.
struct Run {
    int first = 0;
    int last = 0;
    double value = 0;
};

std::vector<Run> runs_of(const std::vector<double>& values) {
    std::vector<Run> runs;
    for (int i = 0; i < static_cast<int>(values.size()); ++i) {
        const double v = values[i];
        if (!std::isfinite(v)) continue;
        if (!runs.empty() && runs.back().last == i - 1 && runs.back().value == v)
            runs.back().last = i;
        else
            runs.push_back({i, i, v});
    }
    return runs;
}

// The last finite value of `values`, if any.
std::optional<double> last_value(const std::vector<double>& values) {
    for (auto it = values.rbegin(); it != values.rend(); ++it)
        if (std::isfinite(*it)) return *it;
    return std::nullopt;
}

// The first finite value of `values`, if any.
std::optional<double> first_value(const std::vector<double>& values) {
    for (double v : values)
        if (std::isfinite(v)) return v;
    return std::nullopt;
}

// The look of a reference line, distinct in greyscale from the data: a target is a dark long
// dash, an average a mid-grey short dash, an SPC mean a solid dark grey line and its limits a
// mid-grey medium dash.
Color line_color(ReferenceLine::Kind kind) {
    switch (kind) {
    case ReferenceLine::Kind::Target:
        return rgb(0x1a1a1a);
    case ReferenceLine::Kind::Mean:
        return rgb(0x3d3d3d);
    case ReferenceLine::Kind::Average:
    case ReferenceLine::Kind::UpperLimit:
    case ReferenceLine::Kind::LowerLimit:
        break;
    }
    return rgb(0x6b6b6b);
}
std::vector<double> line_dash(ReferenceLine::Kind kind) {
    switch (kind) {
    case ReferenceLine::Kind::Target:
        return {6, 3};
    case ReferenceLine::Kind::Mean:
        return {};
    case ReferenceLine::Kind::UpperLimit:
    case ReferenceLine::Kind::LowerLimit:
        return {4, 2};
    case ReferenceLine::Kind::Average:
        break;
    }
    return {2, 2};
}
const Color kBandFill = rgb(0xdcdcdc);

} // namespace

bool in_gutter(const ReferenceLine& r) {
    return r.kind == ReferenceLine::Kind::Mean || r.kind == ReferenceLine::Kind::UpperLimit ||
           r.kind == ReferenceLine::Kind::LowerLimit;
}

int reference_label_rows(const ChartSpec& spec) {
    const auto labelled = std::count_if(spec.references.begin(), spec.references.end(),
                                        [](const ReferenceLine& r) { return !r.label.empty(); }) +
                          std::count_if(spec.reference_bands.begin(), spec.reference_bands.end(),
                                        [](const ReferenceBand& b) { return !b.label.empty(); });
    return static_cast<int>(std::min<std::ptrdiff_t>(labelled, 3));
}

std::vector<ReferenceLabel> layout_reference_labels(const ChartSpec& spec, const ChartStyle& style,
                                                    ChartGeometry& g) {
    std::vector<ReferenceLabel> out;
    if (g.plot.w <= 0 || g.plot.h <= 0) return out;
    const TextStyle& lab = style.labels;
    const double pad = 0.25 * lab.size;
    // Every text laid out so far (value, band and legend labels, titles) and the labels placed
    // so far: never overlapped; nor is the data (bars, lines, markers, reference lines).
    std::vector<Rect> taken;
    TextStyle values = style.values;
    values.size = g.value_label_size;
    for (const auto& v : g.value_labels)
        taken.push_back(text_bounds(values, v.text));
    for (const auto& b : g.bands)
        if (b.label) taken.push_back(text_bounds(lab, *b.label));
    for (const auto& e : g.legend) {
        taken.push_back(text_bounds(style.legend, e.label));
        taken.push_back(e.swatch);
    }
    for (const auto& t : g.title)
        taken.push_back(text_bounds(style.title, t));
    for (const auto& t : g.subtitle)
        taken.push_back(text_bounds(style.subtitle, t));
    if (g.y_label) taken.push_back(text_bounds(lab, *g.y_label));
    for (const Point& c : g.icon_centres)
        taken.push_back(
            Rect{c.x - g.icon_size / 2, c.y - g.icon_size / 2, g.icon_size, g.icon_size});
    const DataMarks marks = data_marks(spec, g, style);
    auto clashes = [&](const Rect& r) {
        return marks.hit(r) || std::any_of(taken.begin(), taken.end(),
                                           [&](const Rect& t) { return boxes_overlap(r, t); });
    };
    // Places `label` at the first of `spots(width)` that keeps it in the box, above the plot's
    // bottom and clear of the data and every label placed so far; if none does, it is left
    // out (and noted in g.left_out).
    auto place = [&](bool band, int index, const std::string& label, auto spots) {
        std::string text = fit_text(lab, label, g.plot.w / 2);
        if (text.empty()) return;
        const double w = text_width(lab, text);
        for (const Point& at : spots(w)) {
            PlacedText placed{text, at, w};
            Rect r = text_bounds(lab, placed);
            if (r.x < g.box.x || r.right() > g.box.right() || r.y < g.box.y ||
                r.bottom() > g.plot.bottom() || clashes(r))
                continue;
            taken.push_back(r);
            out.push_back({band, index, std::move(placed)});
            return;
        }
        g.left_out.push_back(text);
    };
    if (g.horizontal) { // in the rows above the plot, beside the top end of each line
        const int rows = reference_label_rows(spec);
        auto beside_top = [&](double x) {
            return [&, x](double w) { // each row up from the plot: right of the line, then left
                std::vector<Point> spots;
                for (int row = 0; row < rows; ++row) {
                    const double baseline =
                        g.plot.y - pad - text_descent(lab) - row * line_height(lab);
                    spots.push_back({x + pad, baseline});
                    spots.push_back({x - pad - w, baseline});
                }
                return spots;
            };
        };
        for (int k = 0; k < static_cast<int>(spec.references.size()); ++k) {
            const ReferenceLine& r = spec.references[k];
            if (auto v = first_value(r.values); v && !r.label.empty())
                place(false, k, r.label, beside_top(g.value_x(*v)));
        }
        for (int k = 0; k < static_cast<int>(spec.reference_bands.size()); ++k) {
            const ReferenceBand& b = spec.reference_bands[k];
            if (auto hi = first_value(b.high); hi && !b.label.empty())
                place(true, k, b.label, beside_top(g.value_x(*hi)));
        }
        return out;
    }
    // At the right end above, then below the line; failing both, at the left end; failing
    // those, along the line (its middle, then its quarters), where the data leave room.
    auto at_an_end = [&](double above_y, double below_y) {
        return [&, above_y, below_y](double w) {
            const double right_x = g.plot.right() - pad - w, left_x = g.plot.x + pad;
            const double above = above_y - pad - text_descent(lab);
            const double below = below_y + pad + text_ascent(lab);
            std::vector<Point> spots{
                {right_x, above}, {right_x, below}, {left_x, above}, {left_x, below}};
            for (double f : {0.5, 0.75, 0.25}) {
                const double x = g.plot.x + f * g.plot.w - w / 2;
                spots.push_back({x, above});
                spots.push_back({x, below});
            }
            return spots;
        };
    };
    // In the gutter right of the plot: centred on the line's height, else moved up or down by
    // half lines, nearest first.
    auto in_the_gutter = [&](double y) {
        return [&, y](double) {
            const double x = g.plot.right() + pad;
            const double centred = y + (text_ascent(lab) - text_descent(lab)) / 2;
            std::vector<Point> spots{{x, centred}};
            for (int k = 1; k <= 6; ++k)
                for (double side : {-1.0, 1.0})
                    spots.push_back({x, centred + side * k * line_height(lab) / 2});
            return spots;
        };
    };
    // The gutter's labels first (they have few places), then the others.
    for (bool gutter : {true, false})
        for (int k = 0; k < static_cast<int>(spec.references.size()); ++k) {
            const ReferenceLine& r = spec.references[k];
            if (in_gutter(r) != gutter) continue;
            if (auto v = last_value(r.values); v && !r.label.empty()) {
                if (gutter)
                    place(false, k, r.label, in_the_gutter(g.y_of(*v)));
                else
                    place(false, k, r.label, at_an_end(g.y_of(*v), g.y_of(*v)));
            }
        }
    for (int k = 0; k < static_cast<int>(spec.reference_bands.size()); ++k) {
        const ReferenceBand& b = spec.reference_bands[k];
        auto hi = last_value(b.high), lo = last_value(b.low);
        if (hi && lo && !b.label.empty())
            place(true, k, b.label, at_an_end(g.y_of(*hi), g.y_of(*lo)));
    }
    return out;
}

void draw_reference_bands(std::vector<display::Item>& out, const ChartSpec& spec,
                          const ChartGeometry& g) {
    for (const auto& b : spec.reference_bands) {
        display::Path p;
        for (int i = 0; i < static_cast<int>(b.low.size()); ++i) {
            if (!std::isfinite(b.low[i]) || !std::isfinite(b.high[i])) continue;
            // Merge slots with the same low and high into one rectangle.
            int j = i;
            while (j + 1 < static_cast<int>(b.low.size()) && b.low[j + 1] == b.low[i] &&
                   b.high[j + 1] == b.high[i])
                ++j;
            const double lo = std::min(b.low[i], b.high[i]), hi = std::max(b.low[i], b.high[i]);
            if (g.horizontal) { // categories top to bottom, values left to right
                const double x0 = g.value_x(lo), x1 = g.value_x(hi);
                p.rect(Rect{x0, g.plot.y + i * g.slot, x1 - x0, (j - i + 1) * g.slot});
            } else {
                const double y0 = g.y_of(hi), y1 = g.y_of(lo);
                p.rect(Rect{g.plot.x + i * g.slot, y0, (j - i + 1) * g.slot, y1 - y0});
            }
            i = j;
        }
        if (!p.empty())
            out.emplace_back(std::in_place_type<display::PathItem>, std::move(p), kBandFill,
                             std::nullopt);
    }
}

void draw_reference_lines(std::vector<display::Item>& out, const ChartSpec& spec,
                          const ChartGeometry& g, const ChartStyle& style) {
    for (const auto& r : spec.references) {
        display::Path p;
        const auto runs = runs_of(r.values);
        for (std::size_t k = 0; k < runs.size(); ++k) {
            const Run& run = runs[k];
            // Along the category slots: across a vertical chart, down a horizontal one.
            const auto at = [&](double slot_edge) {
                return g.horizontal ? Point{g.value_x(run.value), g.plot.y + slot_edge * g.slot}
                                    : Point{g.plot.x + slot_edge * g.slot, g.y_of(run.value)};
            };
            const Point start = at(run.first);
            if (k > 0 && runs[k - 1].last == run.first - 1)
                p.line_to(start); // a step from the previous run's value
            else
                p.move_to(start);
            p.line_to(at(run.last + 1));
        }
        if (p.empty()) continue;
        out.push_back(stroke_path(std::move(p), line_color(r.kind),
                                  r.kind == ReferenceLine::Kind::Target ? 1.3 : 1.0,
                                  line_dash(r.kind)));
    }
    (void)style;
}

void draw_axis_break(std::vector<display::Item>& out, const ChartGeometry& g,
                     const ChartStyle& style) {
    if (!g.axis_break || g.plot.w <= 0) return;
    if (g.horizontal) { // the same mark turned a quarter, near the bottom of the base line
        const double x = g.value_x(g.baseline), w = 3.5, y = g.plot.bottom() - 4;
        display::Path gap;
        gap.rect(Rect{x - w, y - 3, 2 * w, 3});
        out.push_back(display::PathItem{std::move(gap), rgb(0xffffff), std::nullopt});
        display::Path marks;
        marks.move_to({x - w, y + 1}).line_to({x + w, y - 1});
        marks.move_to({x - w, y - 2}).line_to({x + w, y - 4});
        out.push_back(stroke_path(std::move(marks), style.axis, style.axis_width));
        return;
    }
    const double y = g.y_of(g.baseline), h = 3.5, x = g.plot.x + 4;
    display::Path gap;
    gap.rect(Rect{x, y - h, 3, 2 * h});
    out.push_back(display::PathItem{std::move(gap), rgb(0xffffff), std::nullopt});
    display::Path marks;
    marks.move_to({x - 1, y + h}).line_to({x + 1, y - h});
    marks.move_to({x + 2, y + h}).line_to({x + 4, y - h});
    out.push_back(stroke_path(std::move(marks), style.axis, style.axis_width));
}

} // namespace bp::graphics::detail
