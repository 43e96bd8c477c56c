// Every figure a report shows, derived from the data set: values for any window (stored, or
// summed / averaged from monthly values), comparisons with their change and verdict, monthly
// series for charts, totals of child areas, and the lookups the layout needs.
#pragma once

#include "compute/change.hpp"
#include "compute/verdict_rules.hpp"
#include "compute/window.hpp"
#include "model/dataset.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp::compute {

// Two figures compared, with the change as requested and the verdict.
struct Comparison {
    double before = 0;
    double after = 0;
    Change change;          // as the ChangeMode asked (see compute_change)
    double rule_change = 0; // what the rules judged (see compute::rule_change)
    model::Verdict verdict = model::Verdict::None;
    bool explicit_verdict = false; // true if the verdict came from verdicts.csv
    std::string mark;              // footnote mark of an explicit verdict ("*"), else ""
    std::string note;              // its footnote
    SourcePos verdict_pos;         // where the explicit verdict was given
    std::optional<double> target; // the target for (indicator, area, after), if targets.csv has one
    double tolerance = 0;         // its tolerance (or the rule's default)
};

// A target of one window, for tables and charts: the figure of `window` should reach `value`;
// within `tolerance` of it is "within tolerance".
struct TargetPoint {
    model::Period window;
    double value = 0;
    double tolerance = 0;
};

// One month of a chart series; `value` is empty where the data has no monthly value.
struct SeriesPoint {
    model::Period month;
    std::optional<double> value;
};

// How a window's value was found, for checks and messages.
struct Resolution {
    std::optional<double> value;
    const model::Value* stored = nullptr; // the stored value used, if one was
    std::vector<model::Period> missing;   // months missing when derivation failed
    int months_used = 0;                  // monthly values derived from (0 if stored)
    bool missing_weight = false;          // `missing` lists months without a denominator value
};

// The figures of one data set. Keeps a reference: the Dataset must outlive it. Every function
// throws LookupError for an unknown indicator or area or a figure the data cannot give.
class Figures {
public:
    explicit Figures(const model::Dataset& data, VerdictRules rules = {});

    const model::Dataset& data() const { return data_; }
    const VerdictRules& rules() const { return rules_; }

    // Lookups for the layout. Areas come in file order.
    const model::Indicator& indicator(std::string_view id) const;
    const model::Area& area(std::string_view id) const;
    std::vector<const model::Area*> areas_of_kind(std::string_view kind) const;
    std::vector<const model::Area*> children(std::string_view parent) const;

    // The value for a window: the stored value at that period if there is one (or at another
    // period with exactly the same months: "12m:2017-03" uses a stored "2016/17"); otherwise,
    // for a window longer than a month, derived from its monthly values — their sum for counts,
    // their (unweighted) mean for percentages and rates — and every month must be present.
    // Throws LookupError "no value for asb.total / force / 12m:2017-06 (missing months
    // 2016-09, 2016-10)".
    double value(std::string_view indicator, std::string_view area, const Window& window) const;
    // The same, but nullopt when the data cannot give it (still throws for unknown ids).
    std::optional<double> try_value(std::string_view indicator, std::string_view area,
                                    const Window& window) const;
    // The details of how value() finds its figure.
    Resolution resolve(const model::Indicator& indicator, std::string_view area,
                       const Window& window) const;
    // The same for a series of the data set (see model::Dataset::find_series); nullopt for a
    // series with no stored values.
    Resolution resolve_series(const model::Indicator& indicator,
                              std::optional<std::uint32_t> series, const Window& window) const;

    // Compares the values at `before` and `after`. The verdict is the explicit verdict for
    // (indicator, area, after) if verdicts.csv gives one, else the indicator's rule (see
    // rule_verdict). The target for `after` is filled in when targets.csv has one.
    Comparison compare(std::string_view indicator, std::string_view area, const Window& before,
                       const Window& after, ChangeMode mode = ChangeMode::Auto) const;
    // The verdict of the indicator's rule: None for neutral indicators and rule none; Target:
    // judge_target on the later figure (LookupError if there is no target); Theme, Limits and
    // Baseline judge the change in the indicator's change measure (from the baseline window's
    // figure for Baseline) against the theme's or the rule's limits, except that a figure that
    // stays at its best possible value (is_best_value) is Happy.
    model::Verdict rule_verdict(const model::Indicator& indicator, std::string_view area,
                                const Comparison& comparison, const Window& after) const;

    // The target that serves (indicator, area, window): one for exactly its months (the
    // area's own, else the one for every area); else, unless the indicator is summed over
    // months (a count's yearly target is not each month's), the target of the shortest window
    // containing it (a financial year's target serves its quarters and months, as a chart's
    // target steps do), the area's own winning over every area's of the same window; nullptr if
    // none.
    const model::Target* find_target(const model::Indicator& indicator, std::string_view area,
                                     const Window& window) const;
    // The value of find_target.
    std::optional<double> target(std::string_view indicator, std::string_view area,
                                 const Window& window) const;
    // Every target that applies to (indicator, area), by window (earliest first): what a
    // chart draws as a target line or steps.
    std::vector<TargetPoint> target_series(std::string_view indicator, std::string_view area) const;

    // The explicit verdict for (indicator, area, window), or nullptr.
    const model::ExplicitVerdict*
    explicit_verdict(std::string_view indicator, std::string_view area, const Window& window) const;

    // The stored monthly values from `from_month` to `to_month` inclusive (both months; at
    // most 1,200 months), one point per month, empty where missing.
    std::vector<SeriesPoint> monthly_series(std::string_view indicator, std::string_view area,
                                            const Window& from_month, const Window& to_month) const;

    // The sum of value(indicator, child, window) over the direct children of `parent_area`.
    // The indicator must be additive and the area must have children; every child needs a
    // value.
    double total_of_children(std::string_view indicator, std::string_view parent_area,
                             const Window& window) const;

private:
    const model::Dataset& data_;
    VerdictRules rules_;
};

// True when `value` is the best an indicator can reach: 0 for a lower-is-better count, rate,
// percentage, duration or ratio; 100 for a higher-is-better percentage.
bool is_best_value(const model::Indicator& indicator, double value);

// A figure against a target: Happy (met: at or better than the target), Monitor (worse by at
// most `tolerance`), Unhappy (missed); None for a neutral polarity. "Better" follows the
// polarity: lower-is-better meets 8 with 7.9 or 8, is within a tolerance of 0.5 at 8.5, misses
// at 8.6.
model::Verdict judge_target(model::Polarity polarity, double value, double target,
                            double tolerance);

// The mean of the values that are present (the "Avg" column across months); nullopt if none.
std::optional<double> average(const std::vector<std::optional<double>>& values);
std::optional<double> average(const std::vector<double>& values);

// Whether the indicator's rule judges the change from a comparison's earlier window (the
// theme's limits or its own); a target, baseline or no rule judges the later figure alone.
bool judges_change_from_before(const model::Indicator& indicator);

// The verdict of a period table's row for `window`: the explicit verdict if verdicts.csv gives
// one, else the indicator's rule — a change rule against `above` (the row above; no verdict on
// the first row), a target or baseline rule on the window alone. The one place a row's verdict
// is decided (compare() for two windows).
model::Verdict period_verdict(const Figures& figures, std::string_view indicator,
                              std::string_view area, const Window& window,
                              const std::optional<Window>& above);

} // namespace bp::compute
