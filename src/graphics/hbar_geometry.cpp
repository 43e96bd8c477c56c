// Horizontal bars: titles and legend on top, category names down the left, the value scale
// along the bottom, bars from the base line to the right (negative values to the left);
// reference lines run down the plot, labelled in a row above it.
#include "graphics/chart_parts.hpp"

#include "graphics/ticks.hpp"

#include <algorithm>
#include <cmath>

namespace bp::graphics::detail {

namespace {

// The widest value label a bar end may carry, for the room right of the plot.
double widest_value_label(const ChartSpec& spec, const ChartStyle& style) {
    if (!spec.value_labels) return 0;
    double w = 0;
    auto measure = [&](double v) {
        if (std::isfinite(v)) w = std::max(w, text_width(style.values, value_text(spec, v)));
    };
    if (spec.stacked) {
        for (double v : stacks_of(spec).total)
            measure(v);
    } else {
        for (const auto& s : spec.series)
            for (double v : s.values)
                measure(v);
    }
    return w;
}

} // namespace

ChartGeometry hbar_geometry(const ChartSpec& spec, Rect box, const ChartStyle& style) {
    ChartGeometry g;
    g.box = box;
    g.horizontal = true;
    g.stacked = spec.stacked;
    g.series_count = static_cast<int>(spec.series.size());
    const int n = static_cast<int>(spec.categories.size());
    const TextStyle& lab = style.labels;
    const double lab_lh = line_height(lab);
    const double gap = 0.45 * lab.size;

    // Top: title (up to two lines), subtitle, legend; bottom: the source line, tick labels.
    double y = box.y;
    g.title = stack_lines(style.title, spec.title, box, 2, y);
    g.subtitle = stack_lines(style.subtitle, spec.subtitle, box, 2, y);
    if (y > box.y) y += gap;
    if (show_legend(spec, style)) {
        const double h = layout_legend(spec, style, box, y, g.legend);
        if (h > 0) y += h + gap;
    }
    if (!spec.y_label.empty()) {
        std::string text = fit_text(lab, spec.y_label, box.w);
        if (!text.empty())
            g.y_label = place_text(lab, std::move(text), {box.x, y + text_ascent(lab)});
        y += lab_lh;
    }
    y += reference_label_rows(spec) * lab_lh; // rows for the labels of reference lines
    double bottom = box.bottom();
    if (!spec.source.empty()) {
        std::string text = fit_text(style.source, spec.source, box.w);
        if (!text.empty()) {
            g.source = place_text(style.source, std::move(text),
                                  {box.x, bottom - text_descent(style.source)});
            bottom -= line_height(style.source) + gap;
        }
    }
    const double tick_offset = 0.35 * lab.size;
    g.plot.y = y + 0.25 * lab.size;
    g.plot.h = std::max(0.0, bottom - tick_offset - lab_lh - g.plot.y);
    g.slot = n > 0 ? g.plot.h / n : g.plot.h;

    // Left: the category names, right-aligned, at most 40% of the width, two lines if the slot
    // is tall enough for them (else one, shortened with an ellipsis).
    double names_w = 0;
    for (const auto& c : spec.categories)
        names_w = std::max(names_w, text_width(lab, c));
    names_w = std::min(names_w, 0.4 * box.w);
    const int name_lines = g.slot >= 2 * lab_lh ? 2 : 1;
    const double name_gap = 0.5 * lab.size;

    // Right: room for the value label of the longest bar.
    const double value_room =
        spec.value_labels ? widest_value_label(spec, style) + 0.5 * lab.size : 0.25 * lab.size;
    g.plot.x = box.x + (names_w > 0 ? names_w + name_gap : 0);
    g.plot.w = std::max(0.0, box.right() - value_room - g.plot.x);

    // The value scale from zero (or the fixed ends), ticks far enough apart for their labels.
    const auto range = spec.shared_range ? spec.shared_range : value_range(spec);
    double lo = range ? range->first : 0, hi = range ? range->second : 1;
    if (spec.y_from_zero.value_or(true)) lo = std::min(lo, 0.0), hi = std::max(hi, 0.0);
    if (spec.y_min) lo = *spec.y_min;
    if (spec.y_max) hi = *spec.y_max;
    int max_ticks = std::max(2, style.max_y_ticks);
    for (;; --max_ticks) {
        g.y_ticks = pin_scale_ends(nice_ticks(lo, hi, max_ticks), spec.y_min, spec.y_max);
        g.y_tick_labels = y_tick_labels(spec, style, g.y_ticks);
        double widest = 0;
        for (const auto& t : g.y_tick_labels)
            widest = std::max(widest, t.width);
        const double spacing =
            g.plot.w / static_cast<double>(std::max<std::size_t>(1, g.y_ticks.size() - 1));
        if (spacing >= widest + lab.size || max_ticks == 2) break;
    }
    g.baseline = std::clamp(0.0, g.y_ticks.front(), g.y_ticks.back());
    g.axis_break = g.baseline != 0;
    const double tick_baseline = g.plot.bottom() + tick_offset + text_ascent(lab);
    for (std::size_t i = 0; i < g.y_tick_labels.size(); ++i) {
        auto& t = g.y_tick_labels[i];
        const double x = std::clamp(g.value_x(g.y_ticks[i]) - t.width / 2, box.x,
                                    std::max(box.x, box.right() - t.width));
        t.origin = {x, tick_baseline};
    }
    // Drop tick labels that would touch the one before (a fixed end can crowd its neighbour).
    std::vector<PlacedText> kept;
    for (auto& t : g.y_tick_labels)
        if (kept.empty() || t.origin.x >= kept.back().origin.x + kept.back().width + 0.5 * lab.size)
            kept.push_back(std::move(t));
    g.y_tick_labels = std::move(kept);

    // Bars: 60% of the slot for one bar (or a stack), 78% for a group.
    const int m = spec.stacked ? 1 : std::max(1, g.series_count);
    const double group = g.slot * (m == 1 ? 0.6 : 0.78);
    g.bar_gap = m == 1 ? 0 : std::min(1.5, group * 0.04);
    g.bar_width = (group - (m - 1) * g.bar_gap) / m;

    // Category names: every one if the slots are tall enough, else every k-th.
    if (n > 0 && names_w > 0) {
        const int every = g.slot >= lab_lh ? 1 : static_cast<int>(std::ceil(lab_lh / g.slot));
        const double right = g.plot.x - name_gap;
        for (int i = 0; i < n; i += every) {
            auto lines = wrap_text(lab, spec.categories[i], names_w, name_lines);
            const double block = static_cast<double>(lines.size()) * lab_lh;
            double baseline = g.category_y(i) - block / 2 +
                              (lab_lh - text_ascent(lab) - text_descent(lab)) / 2 +
                              text_ascent(lab);
            for (auto& line : lines) {
                const double w = text_width(lab, line);
                g.x_labels.push_back(PlacedText{std::move(line), {right - w, baseline}, w});
                g.x_label_categories.push_back(i);
                baseline += lab_lh;
            }
        }
    }

    g.value_label_size = style.values.size;
    layout_value_labels(spec, style, g, Rect{g.plot.x, g.plot.y, box.right() - g.plot.x, g.plot.h});
    g.reference_labels = layout_reference_labels(spec, style, g);
    return g;
}

} // namespace bp::graphics::detail
