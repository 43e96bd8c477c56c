#include "graphics/chart_geometry.hpp"

#include "core/number_text.hpp"
#include "graphics/category_labels.hpp"
#include "graphics/chart_parts.hpp"
#include "graphics/ticks.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace bp::graphics {

namespace {

// Which optional parts a layout attempt includes; parts are dropped in order when space is short.
struct Plan {
    bool title = true;
    int title_lines = 2;
    bool subtitle = true;
    bool legend = true;
    bool y_label = true;
    bool band_labels = true;
    bool value_labels = true;
    bool x_labels = true;
    bool source = true;
};

// The vertical layout of one plan: everything above and below the plot, and the plot's extent.
struct Vertical {
    std::vector<PlacedText> title, subtitle;
    std::vector<LegendEntry> legend;
    std::optional<PlacedText> y_label, source;
    double strip_top = 0; // top of the band/value label strip (= plot top if none)
    double plot_top = 0;
    double plot_bottom = 0;
};

} // namespace

namespace detail {

bool show_legend(const ChartSpec& spec, const ChartStyle& style) {
    bool named = std::any_of(spec.series.begin(), spec.series.end(),
                             [](const Series& s) { return !s.name.empty(); });
    switch (style.legend_mode) {
    case LegendMode::Auto:
        return named && spec.series.size() >= 2;
    case LegendMode::Show:
        return named;
    case LegendMode::Hide:
        return false;
    }
    return false;
}

std::vector<PlacedText> stack_lines(const TextStyle& ts, const std::string& text, const Rect& box,
                                    int max_lines, double& y) {
    std::vector<PlacedText> out;
    if (text.empty()) return out;
    auto lines = wrap_text(ts, text, box.w, max_lines);
    out.reserve(lines.size());
    for (auto& line : lines) {
        out.push_back(place_text(ts, std::move(line), {box.x, y + text_ascent(ts)}));
        y += line_height(ts);
    }
    return out;
}

} // namespace detail

double ChartGeometry::y_of(double v) const {
    if (y_ticks.size() < 2 || y_ticks.back() == y_ticks.front()) return plot.bottom();
    double lo = y_ticks.front(), hi = y_ticks.back();
    return plot.bottom() - (v - lo) / (hi - lo) * plot.h;
}

double ChartGeometry::x_of(int category) const {
    return plot.x + (category + 0.5) * slot;
}

double ChartGeometry::value_x(double v) const {
    if (y_ticks.size() < 2 || y_ticks.back() == y_ticks.front()) return plot.x;
    double lo = y_ticks.front(), hi = y_ticks.back();
    return plot.x + (v - lo) / (hi - lo) * plot.w;
}

double ChartGeometry::category_y(int category) const {
    return plot.y + (category + 0.5) * slot;
}

Rect ChartGeometry::bar(int category, int series, double v) const {
    return bar_between(category, series, baseline, v);
}

Rect ChartGeometry::bar_between(int category, int series, double from, double to) const {
    const int m = stacked ? 1 : std::max(1, series_count);
    const int k = stacked ? 0 : series;
    const double group = m * bar_width + (m - 1) * bar_gap;
    const double offset = -group / 2 + k * (bar_width + bar_gap);
    if (horizontal) {
        const double x0 = value_x(from), x1 = value_x(to);
        return Rect{std::min(x0, x1), category_y(category) + offset, std::fabs(x1 - x0), bar_width};
    }
    const double y0 = y_of(from), y1 = y_of(to);
    return Rect{x_of(category) + offset, std::min(y0, y1), bar_width, std::fabs(y1 - y0)};
}

namespace {

// A vertical chart's layout; `key_bands`: the legend keys the highlighted ranges (their labels
// are not drawn in the strip above the plot).
ChartGeometry vertical_geometry(const ChartSpec& spec, Rect box, const ChartStyle& style,
                                bool key_bands) {
    using detail::show_legend;
    using detail::stack_lines;
    ChartGeometry g;
    g.stacked = spec.stacked;
    g.box = box;
    g.series_count = static_cast<int>(spec.series.size());
    const int n = static_cast<int>(spec.categories.size());
    const bool bars = detail::is_bar_chart(spec);

    const TextStyle& lab = style.labels;
    const double lab_lh = line_height(lab);
    const double gap = 0.45 * lab.size;
    g.x_tick_length = bars ? 0 : 0.35 * lab.size;
    // Tick labels are centred (by cap height) on their gridline and reach this far around it.
    const double tick_up = text_ascent(lab) - text_cap_height(lab) / 2;
    const double tick_down = text_cap_height(lab) / 2 + text_descent(lab);
    const double x_label_offset =
        std::max(g.x_tick_length + 0.3 * lab.size, tick_down + 0.25 * lab.size);
    const double value_strip = text_ascent(style.values) + text_descent(style.values) +
                               0.35 * style.values.size +
                               (bars ? 0 : style.marker_size / 2 + style.line_width);

    // Category charts: names too wide for their slot take two lines when two are enough for
    // every name (else the names are thinned like months). Empty: one line each.
    auto two_lines = [&](double slot) {
        std::vector<std::vector<std::string>> out;
        if (!spec.categorical || n == 0) return out;
        const double w = slot - 0.8 * lab.size;
        bool needed = false;
        for (const auto& c : spec.categories) {
            if (text_width(lab, c) <= w) {
                out.push_back({c});
                continue;
            }
            needed = true;
            auto lines = wrap_text(lab, c, w, 2);
            std::string joined;
            for (const auto& l : lines)
                joined.append(joined.empty() ? "" : " ").append(l);
            if (joined != c) return std::vector<std::vector<std::string>>{}; // cut short
            out.push_back(std::move(lines));
        }
        if (!needed) out.clear();
        return out;
    };
    const bool wrap_names = !two_lines(0.92 * box.w / std::max(1, n)).empty();
    const int name_lines = wrap_names ? 2 : 1;

    double bottom_room = 0; // left empty at the box's bottom (a shared plot height)
    // An SPC chart's icons at the top right, the titles beside them.
    const int icons = spec.spc && spec.spc->icons && !bars
                          ? (spec.spc->variation ? 1 : 0) + (spec.spc->assurance ? 1 : 0)
                          : 0;
    const double icon_size = icons > 0 ? std::round(1.6 * line_height(style.title)) : 0;
    const double icon_gap = icon_size / 5;
    Rect title_box = box;
    title_box.w = std::max(0.0, box.w - icons * (icon_size + icon_gap));
    auto vertical = [&](const Plan& p) {
        Vertical v;
        double y = box.y;
        if (p.title) v.title = stack_lines(style.title, spec.title, title_box, p.title_lines, y);
        if (p.subtitle) v.subtitle = stack_lines(style.subtitle, spec.subtitle, title_box, 2, y);
        if (p.title && icon_size > 0) y = std::max(y, box.y + icon_size);
        if (y > box.y) y += gap;
        if (p.legend) {
            double h = detail::layout_legend(spec, style, box, y, v.legend,
                                             show_legend(spec, style), key_bands);
            if (h > 0) y += h + gap;
        }
        if (p.y_label && !spec.y_label.empty()) {
            std::string text = fit_text(lab, spec.y_label, box.w);
            if (!text.empty())
                v.y_label = place_text(lab, std::move(text), {box.x, y + text_ascent(lab)});
            y += lab_lh;
        }
        bool band_labels = p.band_labels && !spec.highlights.empty();
        double strip = std::max(band_labels ? lab_lh : 0.0,
                                p.value_labels && spec.value_labels ? value_strip : 0.0);
        v.strip_top = y;
        v.plot_top = y + std::max(strip, tick_up);
        if (strip == 0) v.strip_top = v.plot_top;

        double bottom = box.bottom() - bottom_room;
        if (p.source && !spec.source.empty()) {
            std::string text = fit_text(style.source, spec.source, box.w);
            if (!text.empty()) {
                v.source = place_text(style.source, std::move(text),
                                      {box.x, bottom - text_descent(style.source)});
                bottom -= line_height(style.source) + gap;
            }
        }
        bool x_labels = p.x_labels && n > 0;
        v.plot_bottom = bottom - (x_labels ? x_label_offset + name_lines * lab_lh : tick_down);
        return v;
    };

    // Drop optional parts, least important first, until the plot is tall enough.
    Plan plan;
    plan.legend = show_legend(spec, style) || key_bands;
    plan.band_labels = !key_bands;
    static constexpr void (*drops[])(Plan&) = {
        [](Plan& p) { p.source = false; },  [](Plan& p) { p.subtitle = false; },
        [](Plan& p) { p.y_label = false; }, [](Plan& p) { p.band_labels = false; },
        [](Plan& p) { p.title_lines = 1; }, [](Plan& p) { p.value_labels = false; },
        [](Plan& p) { p.legend = false; },  [](Plan& p) { p.x_labels = false; },
        [](Plan& p) { p.title = false; },
    };
    const double min_plot = 3 * lab_lh;
    Vertical v = vertical(plan);
    for (std::size_t k = 0; k < std::size(drops) && v.plot_bottom - v.plot_top < min_plot; ++k) {
        drops[k](plan);
        v = vertical(plan);
    }
    if (spec.plot_height && v.plot_bottom - v.plot_top > *spec.plot_height + 1e-9) {
        bottom_room = v.plot_bottom - v.plot_top - std::max(0.0, *spec.plot_height);
        v = vertical(plan);
    }
    if (plan.title && icons > 0 && title_box.w > 0) {
        g.icon_size = icon_size;
        for (int k = 0; k < icons; ++k)
            g.icon_centres.push_back(
                {box.right() - (icons - k - 0.5) * icon_size - (icons - k - 1) * icon_gap,
                 box.y + icon_size / 2});
    }
    g.title = std::move(v.title);
    g.subtitle = std::move(v.subtitle);
    g.legend = std::move(v.legend);
    g.y_label = std::move(v.y_label);
    g.source = std::move(v.source);
    g.plot.y = v.plot_top;
    g.plot.h = std::max(0.0, v.plot_bottom - v.plot_top);

    // Value scale.
    const auto range = spec.shared_range ? spec.shared_range : value_range(spec);
    double lo = range ? range->first : 0, hi = range ? range->second : 1;
    if (spec.y_from_zero.value_or(bars)) lo = std::min(lo, 0.0), hi = std::max(hi, 0.0);
    if (spec.y_min) lo = *spec.y_min;
    if (spec.y_max) hi = *spec.y_max;
    int max_ticks = std::clamp(static_cast<int>(g.plot.h / (2.2 * lab_lh)) + 1, 2,
                               std::max(2, style.max_y_ticks));
    g.y_ticks = nice_ticks(lo, hi, max_ticks);
    if (bars && plan.value_labels && spec.value_labels && lo < 0 && !spec.y_min && g.plot.h > 0) {
        // Room under the lowest bar for its label: extend the scale down until it fits.
        const double need =
            text_ascent(style.values) + text_descent(style.values) + 0.35 * style.values.size;
        for (int k = 0; k < 3; ++k) {
            double span = g.y_ticks.back() - g.y_ticks.front();
            if ((lo - g.y_ticks.front()) / span * g.plot.h >= need) break;
            g.y_ticks = nice_ticks(g.y_ticks.front() - need / g.plot.h * span, hi, max_ticks);
        }
    }
    g.y_ticks = pin_scale_ends(std::move(g.y_ticks), spec.y_min, spec.y_max);
    g.baseline = std::clamp(0.0, g.y_ticks.front(), g.y_ticks.back());
    g.axis_break = bars && g.baseline != 0;

    // Horizontal: tick labels left of the plot, if the ticks are far enough apart for them.
    double spacing = g.plot.h / static_cast<double>(std::max<std::size_t>(1, g.y_ticks.size() - 1));
    double label_w = 0;
    std::vector<PlacedText> tick_labels;
    if (spacing >= lab_lh) {
        tick_labels = detail::y_tick_labels(spec, style, g.y_ticks);
        for (const auto& t : tick_labels)
            label_w = std::max(label_w, t.width);
        if (label_w + 4 * lab.size > box.w) label_w = 0; // no room for labels and a plot
    }
    const double label_gap = 0.5 * lab.size;
    g.plot.x = box.x + (label_w > 0 ? label_w + label_gap : 0);
    double pad_right = 0.25 * lab.size;
    if (plan.x_labels && n > 0) {
        // Leave room for the last label centred under the last category, within reason.
        double last_w = text_width(lab, spec.categories.back());
        for (int it = 0; it < 2; ++it) {
            double slot = std::max(0.0, box.right() - pad_right - g.plot.x) / n;
            pad_right = std::max(pad_right, last_w / 2 - slot / 2);
        }
        pad_right = std::min(pad_right, 0.3 * std::max(0.0, box.right() - g.plot.x));
    }
    // An SPC chart's mean and limits are labelled in a gutter right of the plot, clear of the
    // data whatever it does there (at most a third of the box).
    if (spec.spc) {
        double gutter = 0;
        for (const auto& r : spec.references)
            if (detail::in_gutter(r)) gutter = std::max(gutter, text_width(lab, r.label));
        if (gutter > 0)
            pad_right =
                std::max(pad_right, std::min(gutter + 0.5 * lab.size, std::max(0.0, box.w / 3)));
    }
    g.plot.w = std::max(0.0, box.right() - pad_right - g.plot.x);
    g.slot = n > 0 ? g.plot.w / n : g.plot.w;
    if (label_w > 0) {
        detail::place_y_tick_labels(tick_labels, g, style, g.plot.x - label_gap);
        g.y_tick_labels = std::move(tick_labels);
    }

    if (bars) {
        int m = spec.stacked ? 1 : std::max(1, g.series_count);
        double group = g.slot * (m == 1 ? 0.6 : 0.78);
        g.bar_gap = m == 1 ? 0 : std::min(1.5, group * 0.04);
        g.bar_width = (group - (m - 1) * g.bar_gap) / m;
    }
    g.markers = !bars && style.markers && g.slot >= 2 * style.marker_size;

    const auto names =
        plan.x_labels && wrap_names ? two_lines(g.slot) : std::vector<std::vector<std::string>>{};
    if (!names.empty()) {
        const double top = g.plot.bottom() + x_label_offset + text_ascent(lab);
        for (int i = 0; i < n; ++i)
            for (std::size_t k = 0; k < names[i].size(); ++k) {
                const double w = text_width(lab, names[i][k]);
                const double x = std::clamp(g.x_of(i) - w / 2, box.x, box.right() - w);
                g.x_labels.push_back(
                    PlacedText{names[i][k], {x, top + static_cast<double>(k) * lab_lh}, w});
                g.x_label_categories.push_back(i);
            }
    } else if (plan.x_labels && n > 0) {
        std::vector<double> centres, widths;
        centres.reserve(static_cast<std::size_t>(n));
        widths.reserve(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            centres.push_back(g.x_of(i));
            widths.push_back(text_width(lab, spec.categories[i]));
        }
        auto choice = choose_category_labels(centres, widths, box.x, box.right(), 0.8 * lab.size);
        double baseline = g.plot.bottom() + x_label_offset + text_ascent(lab);
        g.x_labels.reserve(choice.shown.size());
        for (std::size_t k = 0; k < choice.shown.size(); ++k) {
            int i = choice.shown[k];
            g.x_labels.push_back(
                PlacedText{spec.categories[i], {choice.left[k], baseline}, widths[i]});
        }
        g.x_label_categories = std::move(choice.shown);
    }

    g.bands = detail::layout_bands(spec, g, style, v.strip_top, plan.band_labels);
    if (plan.value_labels)
        detail::layout_value_labels(
            spec, style, g,
            Rect{g.plot.x, v.strip_top, box.right() - g.plot.x, g.plot.bottom() - v.strip_top});
    g.reference_labels = detail::layout_reference_labels(spec, style, g);
    return g;
}

} // namespace

ChartGeometry chart_geometry(const ChartSpec& spec, Rect box, const ChartStyle& style) {
    validate(spec);
    box.w = std::max(0.0, box.w);
    box.h = std::max(0.0, box.h);
    if (spec.horizontal) return detail::hbar_geometry(spec, box, style);
    ChartGeometry g = vertical_geometry(spec, box, style, false);
    // A highlighted range whose label did not fit inside its band: the colours would say
    // nothing, so the legend keys every range instead.
    const bool unlabelled = std::any_of(g.bands.begin(), g.bands.end(), [&](const auto& b) {
        return !b.label && !spec.highlights[static_cast<std::size_t>(b.highlight)].label.empty();
    });
    if (unlabelled) g = vertical_geometry(spec, box, style, true);
    return g;
}

} // namespace bp::graphics
