#include "compute/spc_table_cells.hpp"

#include "compute/lookup_error.hpp"
#include "compute/number_format.hpp"
#include "compute/spc_series.hpp"
#include "compute/spc_words.hpp"
#include "compute/window.hpp"
#include "compute/window_label.hpp"
#include "core/error.hpp"

#include <cmath>
#include <stdexcept>

namespace bp::compute {

SpcTableCells spc_table_cells(const model::SpcTable& t, const Figures& figures,
                              const model::Theme& theme) {
    const Window from = at(t.range_pos, [&] { return parse_window(t.from); });
    const Window to = at(t.range_pos, [&] { return parse_window(t.to); });
    if (from.kind() != model::Period::Kind::Month || to.kind() != model::Period::Kind::Month ||
        to < from)
        throw InputError(t.range_pos, "an SPC table's from and to must be months, from before to");
    const auto count = static_cast<std::size_t>(to.first_serial() - from.first_serial() + 1);
    if (count > 120) throw InputError(t.range_pos, "an SPC table takes at most 120 months");
    const SpcWords words = spc_words(theme);
    XmrOptions options;
    options.rebase =
        at(t.rebase_pos, [&] { return rebase_indices(t.rebase, from.first_serial(), count); });
    if (t.baseline) options.baseline_points = static_cast<std::size_t>(*t.baseline);
    options.screen_moving_ranges = t.screen;
    SpcRuleOptions rules;
    rules.run_length = t.run;
    rules.trend_length = t.trend;

    SpcTableCells out;
    out.header = {words.metric,      words.latest,      words.target,    words.mean,
                  words.lower_limit, words.upper_limit, words.variation, words.assurance};
    for (const auto& id : t.indicators) {
        const model::Indicator& ind = at(
            t.indicators_pos, [&]() -> const model::Indicator& { return figures.indicator(id); });
        const auto points =
            at(t.indicators_pos, [&] { return figures.monthly_series(id, t.area, from, to); });
        std::vector<double> values;
        values.reserve(points.size());
        for (const auto& p : points) {
            if (!p.value)
                throw InputError(t.indicators_pos,
                                 "an SPC table needs a value in every month: " + id + " / " +
                                     t.area + " has none for " + window_label(p.month, theme));
            values.push_back(*p.value);
        }
        const auto targets = at(t.indicators_pos, [&] {
            return monthly_targets(figures, id, t.area, from.first_serial(), count);
        });
        // The latest target of the months shown (as an SPC chart with target="data" takes it).
        std::optional<double> target;
        for (auto it = targets.rbegin(); it != targets.rend() && !target; ++it)
            if (std::isfinite(*it)) target = *it;
        XmrOptions o = options;
        o.bounds = spc_bounds_of(ind.unit);
        const SpcSeries spc = [&] {
            try {
                return spc_series(values, o, rules, ind.polarity, target);
            } catch (const std::invalid_argument& e) {
                throw InputError(t.indicators_pos, id + ": " + e.what());
            }
        }();
        const XmrSegment& last = spc.chart.segments.back();
        SpcTableRow row;
        row.pos = t.indicators_pos;
        row.metric = ind.label;
        row.latest = format_value(values.back(), ind) + " (" +
                     window_label(points.back().month, theme) + ")";
        if (target) row.target = format_value(*target, ind);
        row.mean = format_value(last.mean, ind, ind.decimals + 1);
        row.lower = format_value(last.lower_limit, ind, ind.decimals + 1);
        row.upper = format_value(last.upper_limit, ind, ind.decimals + 1);
        row.variation = spc.variation;
        row.assurance = spc.assurance;
        row.variation_words = words.word(spc.variation);
        row.assurance_words = words.word(spc.assurance);
        out.rows.push_back(std::move(row));
    }
    return out;
}

// The matrix row of a variation icon: improving, common cause, concerning, neither (high or
// low alike); -1 for none.
int spc_matrix_row(VariationIcon v) {
    using V = VariationIcon;
    switch (v) {
    case V::ImprovementHigh:
    case V::ImprovementLow:
        return 0;
    case V::CommonCause:
        return 1;
    case V::ConcernHigh:
    case V::ConcernLow:
        return 2;
    case V::NeitherHigh:
    case V::NeitherLow:
        return 3;
    case V::None:
        break;
    }
    return -1;
}

// The matrix column of an assurance icon: passing, hit and miss, failing, no target.
int spc_matrix_column(AssuranceIcon a) {
    switch (a) {
    case AssuranceIcon::ConsistentlyPassing:
        return 0;
    case AssuranceIcon::HitAndMiss:
        return 1;
    case AssuranceIcon::ConsistentlyFailing:
        return 2;
    case AssuranceIcon::None:
        break;
    }
    return 3;
}

} // namespace bp::compute
