// Category charts: bars whose x axis lists areas, periods (windows) or indicators, every value
// an indicator's figure for an area and window from the data (compute::Figures).
#include "layout/category_chart.hpp"

#include "compute/lookup_error.hpp"
#include "core/error.hpp"
#include "core/number_text.hpp"

#include <algorithm>
#include <cmath>

namespace bp::layout {

namespace {

compute::Window window_at(const std::string& text, const SourcePos& pos) {
    try {
        return compute::parse_window(text);
    } catch (const compute::LookupError& e) {
        throw InputError(pos, e.what());
    }
}

using compute::at;

// Produces what one category is: an area, a window or an indicator (the others come from the
// series), its axis label and its name in the alt text.
struct Category {
    std::string area;
    std::optional<compute::Window> window;
    std::string indicator;
    std::string label;
};

std::vector<Category> categories_of(const model::Chart& c, const compute::Figures& figures,
                                    const model::Theme& theme) {
    std::vector<Category> out;
    if (c.x == "areas" && !c.area_kind.empty()) {
        for (const model::Area* a : figures.areas_of_kind(c.area_kind))
            out.push_back({a->id, std::nullopt, {}, a->name});
        if (out.empty())
            throw InputError(c.categories_pos,
                             "no area of kind '" + c.area_kind + "' in the data's areas.csv");
        return out;
    }
    out.reserve(c.categories.size());
    for (const auto& name : c.categories) {
        if (c.x == "areas") {
            const model::Area& a =
                at(c.categories_pos, [&]() -> const model::Area& { return figures.area(name); });
            out.push_back({a.id, std::nullopt, {}, a.name});
        } else if (c.x == "periods") {
            compute::Window w = window_at(name, c.categories_pos);
            out.push_back({{}, w, {}, window_label(w, theme)});
        } else {
            const model::Indicator& ind = at(c.categories_pos, [&]() -> const model::Indicator& {
                return figures.indicator(name);
            });
            out.push_back({{}, std::nullopt, ind.id, ind.label});
        }
    }
    return out;
}

} // namespace

graphics::ChartSpec category_chart_spec(const model::Block& b, const model::Chart& c,
                                        BuildContext& ctx) {
    const compute::Figures& figures = need_figures(ctx, b.pos);
    const std::vector<Category> cats = categories_of(c, figures, ctx.theme);
    graphics::ChartSpec spec;
    spec.kind =
        c.kind == "grouped-bar" ? graphics::ChartKind::GroupedBar : graphics::ChartKind::Bar;
    spec.categorical = true;
    spec.horizontal = c.kind == "hbar";
    spec.stacked = c.stack;
    spec.title = c.title;
    spec.subtitle = c.subtitle;
    spec.source = c.source;
    spec.alt = c.alt;
    spec.y_label = c.y_label;
    spec.value_labels = c.value_labels;
    spec.y_from_zero = true; // bars start at zero (y-min may still cut the scale, with a break)
    spec.y_min = c.y_min;
    spec.y_max = c.y_max;
    for (const auto& cat : cats)
        spec.categories.push_back(cat.label);

    // Every indicator drawn must share one unit: the chart has one value scale.
    std::optional<model::Unit> unit;
    auto use_indicator = [&](const std::string& id, const SourcePos& pos) {
        const model::Indicator* found =
            at(pos, [&]() -> const model::Indicator* { return &figures.indicator(id); });
        const model::Indicator& ind = *found;
        if (unit && *unit != ind.unit)
            throw InputError(pos, "the indicators of one chart must share a unit: " + ind.id +
                                      " is " + std::string(model::unit_name(ind.unit)) + ", not " +
                                      std::string(model::unit_name(*unit)));
        unit = ind.unit;
        spec.decimals = std::max(spec.decimals, ind.decimals);
        if (ind.unit == model::Unit::Percent) spec.unit = "%";
        return found;
    };
    if (c.x == "indicators")
        for (const auto& cat : cats)
            use_indicator(cat.indicator, c.categories_pos);

    for (const auto& s : c.series) {
        graphics::Series series;
        if (s.style > 0) series.style = s.style - 1;
        std::optional<compute::Window> window;
        if (!s.window.empty()) window = window_at(s.window, s.window_pos);
        if (c.x == "indicators") {
            series.name = s.label.empty() ? window_label(*window, ctx.theme) : s.label;
        } else {
            const model::Indicator& ind = *use_indicator(s.indicator, s.pos);
            // Series of one indicator in several windows are named by their windows.
            const bool one_indicator =
                std::all_of(c.series.begin(), c.series.end(), [&](const model::ChartSeries& o) {
                    return o.indicator == s.indicator;
                });
            series.name = !s.label.empty() ? s.label
                          : c.x == "areas" && c.series.size() > 1 && one_indicator
                              ? window_label(*window, ctx.theme)
                              : ind.label;
        }
        if (c.x != "areas") at(s.pos, [&] { return figures.area(s.area).id; });
        series.values.reserve(cats.size());
        for (const auto& cat : cats) {
            const std::string& indicator = c.x == "indicators" ? cat.indicator : s.indicator;
            const std::string& area = c.x == "areas" ? cat.area : s.area;
            const compute::Window& w = c.x == "periods" ? *cat.window : *window;
            series.values.push_back(at(s.pos, [&] { return figures.value(indicator, area, w); }));
        }
        spec.series.push_back(std::move(series));
    }

    if (c.target_from_data) {
        // The target of each category's figure (NaN where targets.csv has none), for the
        // first series.
        const auto& s = c.series.front();
        std::optional<compute::Window> window;
        if (!s.window.empty()) window = window_at(s.window, s.window_pos);
        std::vector<double> values;
        bool any = false;
        for (const auto& cat : cats) {
            const std::string& indicator = c.x == "indicators" ? cat.indicator : s.indicator;
            const std::string& area = c.x == "areas" ? cat.area : s.area;
            const compute::Window& w = c.x == "periods" ? *cat.window : *window;
            auto t = at(c.target_pos, [&] { return figures.target(indicator, area, w); });
            values.push_back(t ? *t : std::nan(""));
            any = any || t.has_value();
        }
        if (!any)
            throw InputError(c.target_pos, "target=\"data\": targets.csv has no target for any "
                                           "category of this chart");
        // One target for every category is named with its value; targets that differ are
        // named in the alt text's values.
        bool same = true;
        for (double v : values)
            same = same && (!std::isfinite(v) || v == values.back());
        std::string label = !c.target_label.empty() ? c.target_label
                            : same ? data_target_label(values, spec.decimals, spec.unit)
                                   : "Target";
        spec.references.push_back(
            {graphics::ReferenceLine::Kind::Target, std::move(label), std::move(values)});
    } else if (c.target) {
        std::string label =
            c.target_label.empty()
                ? "Target " +
                      format_number(*c.target, NumberStyle{spec.decimals, true, false, true}) +
                      spec.unit
                : c.target_label;
        spec.references.push_back({graphics::ReferenceLine::Kind::Target, std::move(label),
                                   std::vector<double>(cats.size(), *c.target)});
    }
    if (c.tolerance) {
        NumberStyle ns;
        ns.decimals = spec.decimals;
        spec.reference_bands.push_back({"Tolerance " + format_number(c.tolerance->first, ns) +
                                            "\u2013" + format_number(c.tolerance->second, ns) +
                                            spec.unit,
                                        std::vector<double>(cats.size(), c.tolerance->first),
                                        std::vector<double>(cats.size(), c.tolerance->second)});
    }
    if (c.average_line) {
        double sum = 0;
        int count = 0;
        for (double v : spec.series.front().values)
            if (std::isfinite(v)) sum += v, ++count;
        NumberStyle ns;
        ns.decimals = spec.decimals;
        const double mean = sum / count;
        spec.references.push_back({graphics::ReferenceLine::Kind::Average,
                                   average_label(c, ctx, format_number(mean, ns) + spec.unit),
                                   std::vector<double>(cats.size(), mean)});
    }
    return spec;
}

} // namespace bp::layout
