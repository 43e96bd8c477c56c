// An indicator's metadata (one row of indicators.csv): what is measured, in which unit, how a
// period is made from months, how change is measured, and which direction of change is good.
#pragma once

#include "core/source_pos.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace bp::model {

// What kind of quantity an indicator measures: a count ("24,106"), a percentage ("11.33%"), a
// rate per N ("3.2 per 1,000"), a duration ("7.8 min"), money ("£1.2k"), a score or index
// ("72.5"), a ratio ("1.25:1") or a plain number with an optional prefix and suffix.
enum class Unit { Count, Percent, Rate, Duration, Money, Score, Ratio, Number };

// The unit a duration is stored in.
enum class TimeUnit { Seconds, Minutes, Hours, Days };

// How a duration is shown: in its own unit with decimals ("7.8 min"), or split into two units
// ("7 min 48 s" for minutes or seconds, "2 h 05 min" for hours).
enum class DurationStyle { Decimal, MinSec, HourMin };

// How money (stored in pounds) is shown: "£1,234.56", "£1.2k" or "£3.4m".
enum class MoneyScale { Pounds, Thousands, Millions };

// The unit with its options, as written in the `unit` column ("rate:100000",
// "duration:minutes:min-s", "money:k", "number:suffix= beds").
struct UnitSpec {
    Unit kind = Unit::Count;
    double per = 1000; // Rate: per how many
    TimeUnit time = TimeUnit::Minutes;
    DurationStyle duration_style = DurationStyle::Decimal;
    MoneyScale money = MoneyScale::Pounds;
    std::string prefix; // Number only
    std::string suffix; // Number only
};

// How a window longer than a month is made from monthly values when no value is stored for it.
enum class Aggregation { Sum, Mean, Last, WeightedMean };

// How a change between two figures is measured: % difference, percentage points (percent
// indicators only) or the plain difference in the unit.
enum class ChangeMeasure { Percent, Points, Absolute };

// How a verdict is reached when verdicts.csv gives none: the change against the theme's limits
// for the polarity (Theme), against the indicator's own limits (Limits), the later figure
// against a target from targets.csv (Target), the change from a fixed baseline window against
// limits (Baseline), or never (None).
enum class RuleKind { Theme, Limits, Target, Baseline, None };

// A verdict rule. Limits are in the indicator's change measure, with the sign convention of the
// theme's [verdicts]: lower-is-better happy at change ≤ happy, unhappy at ≥ unhappy.
struct VerdictRule {
    RuleKind kind = RuleKind::Theme;
    double happy = 0;
    double unhappy = 0;
    bool own_limits = false; // Baseline: limits given (else the theme's)
    std::string baseline;    // Baseline: the window text ("2016/17")
    double tolerance = 0;    // Target: default tolerance where targets.csv gives none
};

// Which direction of change is an improvement.
enum class Polarity { LowerIsBetter, HigherIsBetter, Neutral };

// One indicator: id ("asb.total"), label, unit, polarity, decimals shown for values, and
// whether child areas add up to their parent; then the extended columns (aggregate, change,
// rule), defaulted from the unit when not given, and the group and description a layout's
// <repeat indicators="…"> selects and shows.
struct Indicator {
    std::string id;
    std::string label;
    Unit unit = Unit::Count;
    Polarity polarity = Polarity::LowerIsBetter;
    int decimals = 0;
    bool additive = false;
    SourcePos pos;
    UnitSpec spec = {}; // the unit's options (spec.kind is not used: `unit` is the kind)
    std::optional<Aggregation> aggregation = {}; // empty: default_aggregation(unit)
    std::string denominator = {}; // WeightedMean: the indicator whose values weigh the months
    std::optional<ChangeMeasure> change = {}; // empty: default_change(unit)
    VerdictRule rule = {};
    SourcePos aggregate_pos = {};
    SourcePos rule_pos = {};
    std::string group = {};       // the optional `group` column: a word (a domain, "safe")
    std::string description = {}; // the optional `description` column: what it measures
};

// The defaults by unit: counts and money are summed and change in %; percentages are averaged
// and change in points; everything else is averaged and changes by the plain difference.
Aggregation default_aggregation(Unit unit);
ChangeMeasure default_change(Unit unit);
// The indicator's aggregation and change measure, given or by default.
Aggregation aggregation_of(const Indicator& ind);
ChangeMeasure change_of(const Indicator& ind);

// The data-file words: "count", "percent", "rate", "duration", "money", "score", "ratio",
// "number"; "lower-is-better", "higher-is-better", "neutral"; "sum", "mean", "last",
// "weighted"; "percent", "points", "absolute".
std::string_view unit_name(Unit unit);
std::optional<Unit> parse_unit(std::string_view text);
std::string_view polarity_name(Polarity polarity);
std::optional<Polarity> parse_polarity(std::string_view text);
std::string_view aggregation_name(Aggregation a);
std::string_view change_measure_name(ChangeMeasure c);
std::optional<ChangeMeasure> parse_change_measure(std::string_view text);

// Parses a `unit` field ("rate:100000", "duration:minutes:min-s", "money:k",
// "number:prefix=#:suffix= beds"); nullopt with `problem` naming the allowed values.
std::optional<UnitSpec> parse_unit_spec(std::string_view text, std::string* problem);

// The allowed words, for messages.
inline constexpr std::string_view unit_forms =
    "count, percent, rate, rate:N (per N), duration:seconds|minutes|hours|days with an optional "
    ":min-s or :h-min, money, money:k, money:m, score, ratio, number with optional "
    ":prefix=TEXT and :suffix=TEXT";

} // namespace bp::model
