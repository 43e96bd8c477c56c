#include "layout/spc_chart.hpp"

#include "compute/lookup_error.hpp"
#include "compute/spc_series.hpp"
#include "compute/spc_words.hpp"
#include "core/error.hpp"

#include <cmath>
#include <stdexcept>

namespace bp::layout {

namespace {

graphics::SpcMark mark_of(compute::SpcPointClass c) {
    switch (c) {
    case compute::SpcPointClass::CommonCause:
        break;
    case compute::SpcPointClass::Improvement:
        return graphics::SpcMark::Improvement;
    case compute::SpcPointClass::Concern:
        return graphics::SpcMark::Concern;
    case compute::SpcPointClass::SpecialCause:
        return graphics::SpcMark::Special;
    }
    return graphics::SpcMark::Common;
}

// The last finite value of a target line, the target the latest limits are judged against.
std::optional<double> latest_target(const graphics::ChartSpec& spec) {
    for (const auto& r : spec.references) {
        if (r.kind != graphics::ReferenceLine::Kind::Target) continue;
        for (auto it = r.values.rbegin(); it != r.values.rend(); ++it)
            if (std::isfinite(*it)) return *it;
    }
    return std::nullopt;
}

} // namespace

std::optional<graphics::VariationShape> variation_shape(compute::VariationIcon icon) {
    using V = compute::VariationIcon;
    using S = graphics::VariationShape;
    switch (icon) {
    case V::None:
        break;
    case V::CommonCause:
        return S::CommonCause;
    case V::ImprovementHigh:
        return S::ImprovementHigh;
    case V::ImprovementLow:
        return S::ImprovementLow;
    case V::ConcernHigh:
        return S::ConcernHigh;
    case V::ConcernLow:
        return S::ConcernLow;
    case V::NeitherHigh:
        return S::NeitherHigh;
    case V::NeitherLow:
        return S::NeitherLow;
    }
    return std::nullopt;
}

std::optional<graphics::AssuranceShape> assurance_shape(compute::AssuranceIcon icon) {
    switch (icon) {
    case compute::AssuranceIcon::None:
        break;
    case compute::AssuranceIcon::ConsistentlyPassing:
        return graphics::AssuranceShape::Passing;
    case compute::AssuranceIcon::ConsistentlyFailing:
        return graphics::AssuranceShape::Failing;
    case compute::AssuranceIcon::HitAndMiss:
        return graphics::AssuranceShape::HitAndMiss;
    }
    return std::nullopt;
}

graphics::SpcColors spc_colors(const model::Theme& theme) {
    graphics::SpcColors c;
    c.improvement = theme.color("spc-improvement", c.improvement);
    c.concern = theme.color("spc-concern", c.concern);
    c.common = theme.color("spc-common", c.common);
    c.special = theme.color("spc-special", c.special);
    return c;
}

void add_spc(graphics::ChartSpec& spec, const model::Chart& c, const model::Indicator& ind,
             int from_serial, const model::Theme& theme) {
    const std::vector<double>& values = spec.series.front().values;
    const std::size_t n = values.size();
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isfinite(values[i]))
            throw InputError(c.series.front().pos,
                             "an SPC chart needs a value in every month: " + ind.id + " / " +
                                 c.series.front().area + " has none for " +
                                 (i < spec.categories_long.size() ? spec.categories_long[i]
                                                                  : spec.categories[i]));
    compute::XmrOptions options;
    options.rebase = compute::at(c.rebase_pos,
                                 [&] { return compute::rebase_indices(c.rebase, from_serial, n); });
    if (c.baseline) options.baseline_points = static_cast<std::size_t>(*c.baseline);
    options.screen_moving_ranges = c.screen;
    options.bounds = compute::spc_bounds_of(ind.unit);
    compute::SpcRuleOptions rules;
    rules.run_length = c.run;
    rules.trend_length = c.trend;
    const compute::SpcSeries spc = [&] {
        try {
            return compute::spc_series(values, options, rules, ind.polarity, latest_target(spec));
        } catch (const std::invalid_argument& e) {
            throw InputError(c.spc_pos, std::string("SPC chart: ") + e.what());
        }
    }();
    const compute::XmrChart& chart = spc.chart;
    const std::vector<compute::SpcPoint>& points = spc.points;
    const compute::SpcWords words = compute::spc_words(theme);

    graphics::SpcView view;
    view.decimals = spec.decimals + 1;
    view.colors = spc_colors(theme);
    view.icons = c.icons;
    view.marks.reserve(n);
    for (const auto& p : points)
        view.marks.push_back(mark_of(p.point_class));
    view.mark_words = {words.point_common, words.point_improvement, words.point_concern,
                       words.point_special};
    std::vector<double> mean(n), upper(n), lower(n);
    for (const auto& seg : chart.segments) {
        view.segments.push_back({static_cast<int>(seg.first), static_cast<int>(seg.end) - 1,
                                 seg.lower_clipped, seg.upper_clipped});
        for (std::size_t i = seg.first; i < seg.end; ++i)
            mean[i] = seg.mean, upper[i] = seg.upper_limit, lower[i] = seg.lower_limit;
    }
    const compute::VariationIcon variation = spc.variation;
    const compute::AssuranceIcon assurance = spc.assurance;
    view.variation = variation_shape(variation);
    view.assurance = assurance_shape(assurance);
    view.variation_words = words.word(variation);
    view.assurance_words = words.word(assurance);
    spec.spc = std::move(view);

    using K = graphics::ReferenceLine::Kind;
    const double last_mean = mean.back(), last_upper = upper.back(), last_lower = lower.back();
    // The label of each line names its latest (last segment's) value.
    spec.references.push_back(
        {K::Mean, words.mean + " " + graphics::spc_value_text(spec, last_mean), std::move(mean)});
    spec.references.push_back({K::UpperLimit,
                               words.upper_limit + " " + graphics::spc_value_text(spec, last_upper),
                               std::move(upper)});
    spec.references.push_back({K::LowerLimit,
                               words.lower_limit + " " + graphics::spc_value_text(spec, last_lower),
                               std::move(lower)});
}

} // namespace bp::layout
