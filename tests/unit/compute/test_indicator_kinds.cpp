// Indicators of any kind: each unit's formatting (negative, zero, large, tiny), each
// aggregation, each change measure, each verdict rule at its boundaries, the best value held
// (0 → 0), targets and the rounding check.
#include "compute/figures.hpp"
#include "compute/lookup_error.hpp"
#include "compute/number_format.hpp"
#include "dataset_builder.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace bp::compute;
using bp::model::Aggregation;
using bp::model::ChangeMeasure;
using bp::model::Indicator;
using bp::model::Polarity;
using bp::model::RuleKind;
using bp::model::Unit;
using bp::model::Verdict;

namespace {
const std::string minus = "\u2212";

Indicator with_unit(const std::string& unit_text, int decimals,
                    Polarity polarity = Polarity::LowerIsBetter) {
    std::string problem;
    auto spec = bp::model::parse_unit_spec(unit_text, &problem);
    BOOST_TEST_REQUIRE(spec.has_value(), unit_text << ": " << problem);
    Indicator ind;
    ind.id = "x";
    ind.label = "X";
    ind.unit = spec->kind;
    ind.spec = *spec;
    ind.decimals = decimals;
    ind.polarity = polarity;
    return ind;
}

std::string value_text(const std::string& unit_text, int decimals, double v) {
    return format_value(v, with_unit(unit_text, decimals));
}
} // namespace

BOOST_AUTO_TEST_SUITE(indicator_kinds)

BOOST_AUTO_TEST_CASE(rates_per_n) {
    BOOST_TEST(value_text("rate", 1, 3.25) == "3.3 per 1,000");
    BOOST_TEST(value_text("rate:100000", 1, 40.7) == "40.7 per 100,000");
    BOOST_TEST(value_text("rate:100000", 1, 0) == "0.0 per 100,000");
    BOOST_TEST(value_text("rate:10", 2, 0.004) == "0.00 per 10");
    BOOST_TEST(value_text("rate:100000", 0, 1234567) == "1,234,567 per 100,000");
}

BOOST_AUTO_TEST_CASE(durations_decimal_and_split) {
    BOOST_TEST(value_text("duration:minutes", 1, 7.8) == "7.8 min");
    BOOST_TEST(value_text("duration:seconds", 0, 45) == "45 s");
    BOOST_TEST(value_text("duration:hours", 1, 1.25) == "1.3 h");
    BOOST_TEST(value_text("duration:days", 2, 8.534) == "8.53 days");
    BOOST_TEST(value_text("duration:days", 0, 1) == "1 day");
    BOOST_TEST(value_text("duration:minutes", 1, 0) == "0.0 min");
    BOOST_TEST(value_text("duration:minutes", 1, -2.25) == minus + "2.3 min");
    BOOST_TEST(value_text("duration:minutes:min-s", 0, 7.8) == "7 min 48 s");
    BOOST_TEST(value_text("duration:minutes:min-s", 0, 0.5) == "30 s");
    BOOST_TEST(value_text("duration:minutes:min-s", 0, 0) == "0 s");
    BOOST_TEST(value_text("duration:minutes:min-s", 0, 1441) == "1,441 min 00 s");
    BOOST_TEST(value_text("duration:seconds:min-s", 0, 138.129) == "2 min 18 s");
    BOOST_TEST(value_text("duration:seconds:min-s", 0, 0.4) == "0 s");
    BOOST_TEST(value_text("duration:hours:h-min", 0, 2.0833333) == "2 h 05 min");
    BOOST_TEST(value_text("duration:minutes:h-min", 0, 45) == "45 min");
    // Seconds round half away from zero: 59.5 s is a whole minute.
    BOOST_TEST(value_text("duration:seconds:min-s", 0, 59.5) == "1 min 00 s");
    Indicator wait = with_unit("duration:seconds:min-s", 0);
    BOOST_TEST(format_change(Change{ChangeKind::Difference, -40.3}, wait, 0) == minus + "40 s");
    BOOST_TEST(format_change(Change{ChangeKind::Difference, 65}, wait, 0) == "+1 min 05 s");
    BOOST_TEST(format_change(Change{ChangeKind::Difference, 0.2}, wait, 0) == "0 s");
    Indicator days = with_unit("duration:days", 1);
    BOOST_TEST(format_change(Change{ChangeKind::Difference, -4.83}, days, 1) == minus + "4.8 days");
}

BOOST_AUTO_TEST_CASE(money_in_pounds_thousands_and_millions) {
    BOOST_TEST(value_text("money", 2, 1234.5) == "\u00a31,234.50");
    BOOST_TEST(value_text("money", 0, 0) == "\u00a30");
    BOOST_TEST(value_text("money", 0, -350) == minus + "\u00a3350");
    BOOST_TEST(value_text("money", 2, 0.004) == "\u00a30.00");
    BOOST_TEST(value_text("money", 2, -0.004) == "\u00a30.00"); // no sign on a zero shown
    BOOST_TEST(value_text("money:k", 1, 1234) == "\u00a31.2k");
    BOOST_TEST(value_text("money:k", 0, 1054550) == "\u00a31,055k");
    BOOST_TEST(value_text("money:m", 1, 3449999) == "\u00a33.4m");
    BOOST_TEST(value_text("money:m", 2, 21700000) == "\u00a321.70m");
    BOOST_TEST(value_text("money:m", 1, 987654321012) == "\u00a3987,654.3m");
    Indicator k = with_unit("money:k", 1);
    BOOST_TEST(format_change(Change{ChangeKind::Difference, 1234}, k, 1) == "+\u00a31.2k");
    BOOST_TEST(format_change(Change{ChangeKind::Difference, -1234}, k, 1) == minus + "\u00a31.2k");
    BOOST_TEST(format_change(Change{ChangeKind::Percent, -13.3}, k, 1) == minus + "13.3%");
}

BOOST_AUTO_TEST_CASE(change_decimals_by_measure_unless_asked) {
    const Indicator days = with_unit("duration:days", 2);
    BOOST_TEST(change_decimals(Change{ChangeKind::Percent, 1}, days, -1) == 1);
    BOOST_TEST(change_decimals(Change{ChangeKind::Difference, 1}, days, -1) == 2);
    BOOST_TEST(change_decimals(Change{ChangeKind::Points, 1}, days, -1) == 2);
    BOOST_TEST(change_decimals(Change{ChangeKind::Percent, 1}, days, 0) == 0);
    BOOST_TEST(change_decimals(Change{ChangeKind::Difference, 1}, days, 3) == 3);
}

BOOST_AUTO_TEST_CASE(scores_ratios_and_numbers) {
    BOOST_TEST(value_text("score", 1, 72.45) == "72.5");
    BOOST_TEST(value_text("score", 1, -3) == minus + "3.0");
    BOOST_TEST(value_text("ratio", 2, 1.254) == "1.25:1");
    BOOST_TEST(value_text("ratio", 2, 0) == "0.00:1");
    BOOST_TEST(value_text("number:suffix= beds", 0, 1250) == "1,250 beds");
    BOOST_TEST(value_text("number:prefix=#:suffix= th", 0, 3) == "#3 th");
    BOOST_TEST(value_text("number", 3, 0.0005) == "0.001");
    Indicator beds = with_unit("number:suffix= beds", 0);
    BOOST_TEST(format_change(Change{ChangeKind::Difference, -12}, beds, 0) == minus + "12 beds");
}

BOOST_AUTO_TEST_CASE(bad_unit_specs_name_the_allowed_values) {
    std::string problem;
    BOOST_TEST(!bp::model::parse_unit_spec("duration", &problem));
    BOOST_TEST(problem.find("duration:minutes") != std::string::npos);
    BOOST_TEST(!bp::model::parse_unit_spec("duration:hours:min-s", &problem));
    BOOST_TEST(problem.find(":min-s (for seconds or minutes)") != std::string::npos);
    BOOST_TEST(!bp::model::parse_unit_spec("money:b", &problem));
    BOOST_TEST(!bp::model::parse_unit_spec("count:5", &problem));
    BOOST_TEST(!bp::model::parse_unit_spec("rate:1e5", &problem));
    BOOST_TEST(!bp::model::parse_unit_spec("number:unit=x", &problem));
    BOOST_TEST(!bp::model::parse_unit_spec("kg", &problem));
    BOOST_TEST(problem == "unknown unit");
}

BOOST_AUTO_TEST_CASE(each_aggregation) {
    Indicator mean = with_unit("duration:minutes", 1);
    mean.id = "mean";
    Indicator last = with_unit("score", 1);
    last.id = "last";
    last.aggregation = Aggregation::Last;
    Indicator weighted = with_unit("duration:seconds", 0);
    weighted.id = "wait";
    weighted.aggregation = Aggregation::WeightedMean;
    weighted.denominator = "calls";
    Indicator money = with_unit("money", 0);
    money.id = "spend";
    bp::test::DatasetBuilder b;
    b.add(mean).add(last).add(weighted).add(money).indicator("calls", Unit::Count).area("a");
    b.months("mean", "a", "2024-07", {8, 8.5, 8});
    b.months("last", "a", "2024-07", {6.9, 7.5, 7.3});
    b.months("wait", "a", "2024-07", {100, 200, 50});
    b.months("calls", "a", "2024-07", {1000, 3000, 0});
    b.months("spend", "a", "2024-07", {1000.5, 2000.25, 0});
    Figures f(b.data);
    const Window q = parse_window("2024/25 Q2");
    BOOST_TEST(f.value("mean", "a", q) == 8.1666666667);
    BOOST_TEST(f.value("last", "a", q) == 7.3);
    // (100 × 1,000 + 200 × 3,000 + 50 × 0) / 4,000, not the mean of the months (116.7).
    BOOST_TEST(f.value("wait", "a", q) == 175.0);
    BOOST_TEST(f.value("spend", "a", q) == 3000.75);
    BOOST_TEST(f.value("calls", "a", q) == 4000.0);
    // Last needs only its last month; a mean needs them all.
    BOOST_TEST(f.value("last", "a", parse_window("12m:2024-09")) == 7.3);
    BOOST_TEST(!f.try_value("last", "a", parse_window("2024/25")).has_value());
    BOOST_TEST(!f.try_value("mean", "a", parse_window("2024")));
}

BOOST_AUTO_TEST_CASE(weighted_mean_names_missing_weights) {
    Indicator weighted = with_unit("duration:seconds", 0);
    weighted.id = "wait";
    weighted.aggregation = Aggregation::WeightedMean;
    weighted.denominator = "calls";
    bp::test::DatasetBuilder b;
    b.add(weighted).indicator("calls", Unit::Count).area("a");
    b.months("wait", "a", "2024-07", {100, 200, 50});
    b.months("calls", "a", "2024-07", {1000, 3000});
    Figures f(b.data);
    try {
        f.value("wait", "a", parse_window("2024/25 Q2"));
        BOOST_FAIL("no error");
    } catch (const LookupError& e) {
        BOOST_TEST(std::string(e.what()) ==
                   "no value for wait / a / 2024/25 Q2 (the weighted mean needs calls for month "
                   "2024-09)");
    }
    bp::test::DatasetBuilder zero;
    zero.add(weighted).indicator("calls", Unit::Count).area("a");
    zero.months("wait", "a", "2024-07", {100, 200, 50});
    zero.months("calls", "a", "2024-07", {0, 0, 0});
    Figures fz(zero.data);
    BOOST_TEST(!fz.try_value("wait", "a", parse_window("2024/25 Q2")).has_value());
}

BOOST_AUTO_TEST_CASE(each_change_measure) {
    Indicator count = with_unit("count", 0);
    Indicator pct = with_unit("percent", 1);
    Indicator minutes = with_unit("duration:minutes", 1);
    Indicator money = with_unit("money:k", 1);
    // Defaults: % for counts and money, points for percentages, plain difference otherwise.
    BOOST_TEST(compute_change(10, 9, count, ChangeMode::Auto).value == -10.0);
    BOOST_TEST((compute_change(10, 9, count, ChangeMode::Auto).kind == ChangeKind::Percent));
    BOOST_TEST((compute_change(56.1, 58.6, pct, ChangeMode::Auto).kind == ChangeKind::Points));
    BOOST_TEST(compute_change(56.1, 58.6, pct, ChangeMode::Auto).value == 2.5);
    BOOST_TEST((compute_change(8, 7, minutes, ChangeMode::Auto).kind == ChangeKind::Difference));
    BOOST_TEST((compute_change(1000, 900, money, ChangeMode::Auto).kind == ChangeKind::Percent));
    // Overridden per indicator.
    minutes.change = ChangeMeasure::Percent;
    BOOST_TEST(compute_change(8, 7, minutes, ChangeMode::Auto).value == -12.5);
    BOOST_TEST(rule_change(8, 7, minutes) == -12.5);
    count.change = ChangeMeasure::Absolute;
    BOOST_TEST((compute_change(10, 9, count, ChangeMode::Auto).kind == ChangeKind::Difference));
    BOOST_TEST(rule_change(10, 9, count) == -1.0);
    // A zero base shows the plain change; the rule sees ±∞ or 0.
    Indicator fires = with_unit("count", 0);
    BOOST_TEST((compute_change(0, 0, fires, ChangeMode::Auto).kind == ChangeKind::Difference));
    BOOST_TEST(format_change(compute_change(0, 0, fires, ChangeMode::Auto), fires, 0) == "0");
    BOOST_TEST(format_change(compute_change(0, 2, fires, ChangeMode::Auto), fires, 0) == "+2");
    BOOST_TEST(std::isinf(rule_change(0, 2, fires)));
    BOOST_TEST(rule_change(0, 0, fires) == 0.0);
}

BOOST_AUTO_TEST_CASE(own_limits_at_their_boundaries) {
    Indicator wait = with_unit("duration:minutes", 1);
    wait.id = "wait";
    wait.rule.kind = RuleKind::Limits;
    wait.rule.happy = -0.5;
    wait.rule.unhappy = 0.5;
    bp::test::DatasetBuilder b;
    b.add(wait).area("a");
    b.value("wait", "a", "2023", 8).value("wait", "a", "2024", 7.5);
    b.value("wait", "a", "2022", 7.6).value("wait", "a", "2021", 7.1);
    b.value("wait", "a", "2020", 7.2);
    Figures f(b.data);
    auto verdict = [&](const char* from, const char* to) {
        return f.compare("wait", "a", parse_window(from), parse_window(to)).verdict;
    };
    BOOST_TEST((verdict("2023", "2024") == Verdict::Happy));   // −0.5: at the happy limit
    BOOST_TEST((verdict("2024", "2023") == Verdict::Unhappy)); // +0.5: at the unhappy limit
    BOOST_TEST((verdict("2024", "2022") == Verdict::Monitor)); // +0.1
    BOOST_TEST((verdict("2022", "2021") == Verdict::Happy));   // −0.5 (binary noise removed)
    BOOST_TEST((verdict("2022", "2020") == Verdict::Monitor)); // −0.4
}

BOOST_AUTO_TEST_CASE(theme_limits_judge_the_indicators_own_change) {
    // A duration's change is in its unit: with the default limits (±2), 8.0 → 7.1 minutes
    // (−0.9) is Monitor; judged in % (−11.25%), it is Happy.
    Indicator sick = with_unit("duration:days", 2);
    sick.id = "sick";
    Indicator sick_pct = sick;
    sick_pct.id = "sick.pct";
    sick_pct.change = ChangeMeasure::Percent;
    bp::test::DatasetBuilder b;
    b.add(sick).add(sick_pct).area("a");
    b.value("sick", "a", "2023", 8).value("sick", "a", "2024", 7.1);
    b.value("sick.pct", "a", "2023", 8).value("sick.pct", "a", "2024", 7.1);
    Figures f(b.data);
    const Window y23 = parse_window("2023"), y24 = parse_window("2024");
    BOOST_TEST((f.compare("sick", "a", y23, y24).verdict == Verdict::Monitor));
    BOOST_TEST((f.compare("sick.pct", "a", y23, y24).verdict == Verdict::Happy));
}

BOOST_AUTO_TEST_CASE(best_value_held_is_not_a_warning) {
    bp::test::DatasetBuilder b;
    b.indicator("deaths", Unit::Count).indicator("share", Unit::Percent, Polarity::HigherIsBetter);
    b.indicator("calls", Unit::Count, Polarity::HigherIsBetter).area("a");
    b.value("deaths", "a", "2023", 0).value("deaths", "a", "2024", 0);
    b.value("share", "a", "2023", 100).value("share", "a", "2024", 100);
    b.value("calls", "a", "2023", 0).value("calls", "a", "2024", 0);
    Figures f(b.data);
    const Window y23 = parse_window("2023"), y24 = parse_window("2024");
    BOOST_TEST((f.compare("deaths", "a", y23, y24).verdict == Verdict::Happy));
    BOOST_TEST((f.compare("share", "a", y23, y24).verdict == Verdict::Happy));
    // 0 is not the best value for a higher-is-better count: no change is Monitor.
    BOOST_TEST((f.compare("calls", "a", y23, y24).verdict == Verdict::Monitor));
    BOOST_TEST(is_best_value(f.indicator("deaths"), 0));
    BOOST_TEST(!is_best_value(f.indicator("deaths"), 1));
}

BOOST_AUTO_TEST_CASE(an_explicit_verdict_still_wins) {
    bp::test::DatasetBuilder b;
    b.indicator("deaths", Unit::Count).area("a");
    b.value("deaths", "a", "2023", 0).value("deaths", "a", "2024", 0);
    b.verdict("deaths", "a", "2024", Verdict::Unhappy, "*", "one death after the period");
    Figures f(b.data);
    auto c = f.compare("deaths", "a", parse_window("2023"), parse_window("2024"));
    BOOST_TEST((c.verdict == Verdict::Unhappy));
    BOOST_TEST(c.mark == "*");
}

BOOST_AUTO_TEST_CASE(targets_met_within_tolerance_and_missed) {
    BOOST_TEST((judge_target(Polarity::LowerIsBetter, 8.0, 8, 0.5) == Verdict::Happy));
    BOOST_TEST((judge_target(Polarity::LowerIsBetter, 7.9, 8, 0.5) == Verdict::Happy));
    BOOST_TEST((judge_target(Polarity::LowerIsBetter, 8.1, 8, 0.5) == Verdict::Monitor));
    BOOST_TEST((judge_target(Polarity::LowerIsBetter, 8.5, 8, 0.5) == Verdict::Monitor));
    BOOST_TEST((judge_target(Polarity::LowerIsBetter, 8.51, 8, 0.5) == Verdict::Unhappy));
    BOOST_TEST((judge_target(Polarity::LowerIsBetter, 8.01, 8, 0) == Verdict::Unhappy));
    BOOST_TEST((judge_target(Polarity::HigherIsBetter, 60, 60, 2) == Verdict::Happy));
    BOOST_TEST((judge_target(Polarity::HigherIsBetter, 58, 60, 2) == Verdict::Monitor));
    BOOST_TEST((judge_target(Polarity::HigherIsBetter, 57.9, 60, 2) == Verdict::Unhappy));
    // Binary noise does not move a figure across the line: 0.1 + 0.2 meets 0.3.
    BOOST_TEST((judge_target(Polarity::LowerIsBetter, 0.1 + 0.2, 0.3, 0) == Verdict::Happy));
    BOOST_TEST((judge_target(Polarity::Neutral, 1, 0, 0) == Verdict::None));
}

BOOST_AUTO_TEST_CASE(target_rule_uses_targets_csv) {
    Indicator wait = with_unit("duration:minutes", 1);
    wait.id = "wait";
    wait.rule.kind = RuleKind::Target;
    wait.rule.tolerance = 0.5;
    bp::test::DatasetBuilder b;
    b.add(wait).area("a").area("b").area("c");
    b.value("wait", "a", "2023", 9).value("wait", "a", "2024", 8.4);
    b.value("wait", "b", "2023", 9).value("wait", "b", "2024", 7.9);
    b.value("wait", "c", "2023", 9).value("wait", "c", "2024", 8.4);
    b.target("wait", "", "2024", 8);     // every area, the rule's tolerance
    b.target("wait", "b", "2024", 7, 1); // b's own, with its own tolerance
    b.target("wait", "b", "2023", 7.5, 1);
    Figures f(b.data);
    const Window y23 = parse_window("2023"), y24 = parse_window("2024");
    auto a = f.compare("wait", "a", y23, y24);
    BOOST_TEST((a.verdict == Verdict::Monitor));
    BOOST_TEST(*a.target == 8.0);
    BOOST_TEST(a.tolerance == 0.5);
    auto bc = f.compare("wait", "b", y23, y24);
    BOOST_TEST(*bc.target == 7.0);
    BOOST_TEST((bc.verdict == Verdict::Monitor)); // 0.9 over, tolerance 1
    // A target for the same months under another name: 12m:2024-12 is 2024.
    BOOST_TEST(*f.target("wait", "c", parse_window("12m:2024-12")) == 8.0);
    // The series a chart draws, earliest first, the area's own winning.
    auto series = f.target_series("wait", "b");
    BOOST_TEST_REQUIRE(series.size() == 2u);
    BOOST_TEST(series[0].window.text() == "2023");
    BOOST_TEST(series[1].value == 7.0);
    BOOST_TEST(f.target_series("wait", "a").size() == 1u);
    // No target for the window: an error, not a silent verdict.
    BOOST_CHECK_THROW(f.compare("wait", "a", parse_window("2022"), y23), LookupError);
}

BOOST_AUTO_TEST_CASE(baseline_and_none_rules) {
    Indicator sick = with_unit("duration:days", 1);
    sick.id = "sick";
    sick.rule.kind = RuleKind::Baseline;
    sick.rule.baseline = "2020";
    sick.rule.own_limits = true;
    sick.rule.happy = -1;
    sick.rule.unhappy = 1;
    Indicator quiet = with_unit("count", 0);
    quiet.id = "quiet";
    quiet.rule.kind = RuleKind::None;
    bp::test::DatasetBuilder b;
    b.add(sick).add(quiet).area("a");
    b.value("sick", "a", "2020", 9).value("sick", "a", "2023", 7).value("sick", "a", "2024", 8);
    b.value("quiet", "a", "2023", 10).value("quiet", "a", "2024", 50);
    Figures f(b.data);
    // 2024 against the 2020 baseline (9 → 8, −1: Happy), not against 2023 (+1).
    auto c = f.compare("sick", "a", parse_window("2023"), parse_window("2024"));
    BOOST_TEST((c.verdict == Verdict::Happy));
    BOOST_TEST(c.change.value == 1.0);
    BOOST_TEST((f.compare("quiet", "a", parse_window("2023"), parse_window("2024")).verdict ==
                Verdict::None));
}

BOOST_AUTO_TEST_CASE(rounding_check_against_the_printed_figures) {
    Indicator days = with_unit("duration:days", 1);
    // 8.167 → 8.533 prints 8.2 → 8.5 and +0.4; a reader gets +0.3.
    Change shown = compute_change(8.1666666667, 8.5333333333, days, ChangeMode::Auto);
    BOOST_TEST(format_change(shown, days, 1) == "+0.4 days");
    auto again =
        unreproducible_change(8.1666666667, 8.5333333333, shown, days, ChangeMode::Auto, 1);
    BOOST_TEST_REQUIRE(again.has_value());
    BOOST_TEST(*again == "+0.3 days");
    // Figures stored as printed always agree.
    Change exact = compute_change(8.2, 8.5, days, ChangeMode::Auto);
    BOOST_TEST(!unreproducible_change(8.2, 8.5, exact, days, ChangeMode::Auto, 1));
    // A % change of counts is reproducible from whole numbers.
    Indicator count = with_unit("count", 0);
    Change pct = compute_change(473, 433, count, ChangeMode::Auto);
    BOOST_TEST(!unreproducible_change(473, 433, pct, count, ChangeMode::Auto, 1));
}

BOOST_AUTO_TEST_SUITE_END()
