// SPC (XmR limits, Making Data Count rules, variation and assurance icons) against series whose
// figures are worked out by hand below, including every boundary of the rules.
#include "compute/spc_icons.hpp"
#include "compute/spc_limits.hpp"
#include "compute/spc_rules.hpp"
#include "compute/spc_words.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

using namespace bp::compute;
using bp::model::Polarity;
using bp::model::Unit;

namespace {

XmrChart xmr(const std::vector<double>& values, std::optional<std::size_t> baseline = {}) {
    XmrOptions options;
    options.baseline_points = baseline;
    return compute_xmr(values, options);
}

// The indices of the points any rule flags.
std::vector<std::size_t> flagged(const std::vector<SpcPoint>& points) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].special()) out.push_back(i);
    return out;
}

int c(SpcPointClass k) {
    return static_cast<int>(k);
}
int c(SpcSide k) {
    return static_cast<int>(k);
}
int c(VariationIcon k) {
    return static_cast<int>(k);
}
int c(AssuranceIcon k) {
    return static_cast<int>(k);
}

// Only the rule under test.
SpcRuleOptions only_two_of_three() {
    SpcRuleOptions o;
    o.beyond_limits = false;
    o.run_length = 0;
    o.trend_length = 0;
    return o;
}

// Limits that land exactly on binary numbers: baseline 100,150,100,150,100 has mean 600/5 = 120
// and moving ranges 50,50,50,50, so MR-bar = 50 and 2.66 × 50 = 133 (the product of the double
// nearest 2.66 and 50 rounds to exactly 133): upper limit 253, lower limit -13. The points after
// the baseline do not change them. 2 sigma = 2/3 × 133 = 88.67: near-limit bands 208.67 and
// 31.33.
//   idx 5 = 253 and idx 8 = -13 lie exactly on a limit: not special (strictly outside only);
//   idx 11 = 253.5 and idx 13 = -13.5 are beyond.
// No run (sides L H L H L H = = L = = H = L), no trend longer than 3, and no window of three
// with two points beyond 2 sigma on the same side (253.5 and -13.5 are on opposite sides).
const std::vector<double> on_limits = {100, 150, 100, 150, 100,   253, 120,
                                       120, -13, 120, 120, 253.5, 120, -13.5};

} // namespace

BOOST_AUTO_TEST_SUITE(spc_limits)

BOOST_AUTO_TEST_CASE(mean_moving_ranges_and_limits) {
    // 10 12 11 15 12: mean 60/5 = 12; moving ranges 2 1 4 3, MR-bar 10/4 = 2.5;
    // limits 12 ± 2.66 × 2.5 = 12 ± 6.65: 18.65 and 5.35; sigma 6.65/3 = 2.21667;
    // two-thirds of the way to the limits: 12 ± 4.43333.
    const XmrChart chart = xmr({10, 12, 11, 15, 12});
    BOOST_TEST_REQUIRE(chart.segments.size() == 1u);
    const XmrSegment& s = chart.segments[0];
    BOOST_TEST(!chart.moving_ranges[0].has_value());
    BOOST_TEST(*chart.moving_ranges[1] == 2.0);
    BOOST_TEST(*chart.moving_ranges[3] == 4.0);
    BOOST_TEST(*chart.moving_ranges[4] == 3.0);
    BOOST_TEST(s.mean == 12.0);
    BOOST_TEST(s.mean_moving_range == 2.5);
    BOOST_TEST(s.upper_limit == 18.65, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.lower_limit == 5.35, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.sigma() == 6.65 / 3, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.upper_two_sigma() == 16.433333333333334, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.lower_two_sigma() == 7.566666666666666, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(!s.upper_clipped);
    BOOST_TEST(!s.lower_clipped);
    BOOST_TEST(s.baseline_end == 5u);
    BOOST_TEST(flagged(special_causes(chart, Polarity::HigherIsBetter)).empty());
}

BOOST_AUTO_TEST_CASE(a_baseline_fixes_the_limits) {
    const XmrChart chart = xmr(on_limits, 5);
    const XmrSegment& s = chart.segments[0];
    BOOST_TEST(s.baseline_end == 5u);
    BOOST_TEST(s.end == on_limits.size());
    BOOST_TEST(s.mean == 120.0);
    BOOST_TEST(s.mean_moving_range == 50.0);
    BOOST_TEST(s.upper_limit == 253.0);
    BOOST_TEST(s.lower_limit == -13.0);
    // Moving ranges after the baseline are still given (for a moving-range chart).
    BOOST_TEST(*chart.moving_ranges[5] == 153.0);
}

BOOST_AUTO_TEST_CASE(a_rebase_computes_each_segment_on_its_own) {
    // 10 12 10 12 | 50 54 50 54, rebased at index 4.
    // Before: mean 11, moving ranges 2 2 2, limits 11 ± 5.32 = 16.32 and 5.68.
    // After: mean 52, moving ranges 4 4 4, limits 52 ± 10.64 = 62.64 and 41.36.
    // The range 12 → 50 across the rebase is not a moving range of either.
    XmrOptions options;
    options.rebase = {4};
    const std::vector<double> values = {10, 12, 10, 12, 50, 54, 50, 54};
    const XmrChart chart = compute_xmr(values, options);
    BOOST_TEST_REQUIRE(chart.segments.size() == 2u);
    const XmrSegment& a = chart.segments[0];
    const XmrSegment& b = chart.segments[1];
    BOOST_TEST(a.first == 0u);
    BOOST_TEST(a.end == 4u);
    BOOST_TEST(b.first == 4u);
    BOOST_TEST(b.end == 8u);
    BOOST_TEST(a.mean == 11.0);
    BOOST_TEST(a.mean_moving_range == 2.0);
    BOOST_TEST(a.upper_limit == 16.32, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(a.lower_limit == 5.68, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(b.mean == 52.0);
    BOOST_TEST(b.mean_moving_range == 4.0);
    BOOST_TEST(b.upper_limit == 62.64, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(b.lower_limit == 41.36, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(!chart.moving_ranges[4].has_value());
    BOOST_TEST(chart.segment_of(5).first == 4u);
    BOOST_TEST(chart.segment_of(3).first == 0u);
    BOOST_TEST(flagged(special_causes(chart, Polarity::HigherIsBetter)).empty());

    // Without the rebase: mean 252/8 = 31.5, moving ranges 2 2 2 38 4 4 4, MR-bar 56/7 = 8,
    // limits 31.5 ± 21.28 = 52.78 and 10.22: both 54s are above, both 10s below.
    const XmrChart whole = compute_xmr(values);
    BOOST_TEST(whole.segments[0].upper_limit == 52.78, boost::test_tools::tolerance(1e-12));
    const auto points = special_causes(whole, Polarity::HigherIsBetter);
    BOOST_TEST(points[5].beyond_limit);
    BOOST_TEST(points[7].beyond_limit);
    BOOST_TEST(!points[6].beyond_limit);
    BOOST_TEST(points[0].beyond_limit);
    BOOST_TEST(c(points[0].side) == c(SpcSide::Low));
}

BOOST_AUTO_TEST_CASE(screening_leaves_out_a_large_moving_range) {
    // 10 11 10 11 10 11 10 11 10 60: mean (5×10 + 4×11 + 60)/10 = 15.4.
    // Moving ranges: eight of 1 and one of 50; MR-bar 58/9 = 6.444, screening cut-off
    // 3.267 × 6.444 = 21.05, so the 50 (ending at index 9) is left out: MR-bar 8/8 = 1,
    // upper limit 15.4 + 2.66 = 18.06. Unscreened: 15.4 + 2.66 × 58/9 = 32.5422.
    const std::vector<double> values = {10, 11, 10, 11, 10, 11, 10, 11, 10, 60};
    const XmrChart plain = compute_xmr(values);
    BOOST_TEST(plain.segments[0].screened.empty());
    BOOST_TEST(plain.segments[0].mean_moving_range == 58.0 / 9,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(plain.segments[0].upper_limit == 15.4 + 2.66 * 58.0 / 9,
               boost::test_tools::tolerance(1e-12));
    XmrOptions options;
    options.screen_moving_ranges = true;
    const XmrChart screened = compute_xmr(values, options);
    const XmrSegment& s = screened.segments[0];
    BOOST_TEST(s.mean == 15.4, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.mean_moving_range == 1.0);
    BOOST_TEST(s.upper_limit == 18.06, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.lower_limit == 12.74, boost::test_tools::tolerance(1e-12));
    BOOST_TEST_REQUIRE(s.screened.size() == 1u);
    BOOST_TEST(s.screened[0] == 9u);

    // Moving ranges 2 2 2 2 30 30 2 (10 12 10 12 10 40 10 12): MR-bar 70/7 = 10, cut-off
    // 32.67: the 30s stay.
    const XmrChart kept = compute_xmr(std::vector<double>{10, 12, 10, 12, 10, 40, 10, 12}, options);
    BOOST_TEST(kept.segments[0].screened.empty());
    BOOST_TEST(kept.segments[0].mean_moving_range == 10.0);
}

BOOST_AUTO_TEST_CASE(a_count_lower_limit_is_clipped_at_zero) {
    // Count 0 5 0 5 1: mean 11/5 = 2.2, moving ranges 5 5 5 4, MR-bar 19/4 = 4.75;
    // limits 2.2 ± 12.635: 14.835 and -10.435, the lower clipped to 0.
    XmrOptions options;
    options.bounds = spc_bounds_of(Unit::Count);
    const XmrChart chart = compute_xmr(std::vector<double>{0, 5, 0, 5, 1}, options);
    const XmrSegment& s = chart.segments[0];
    BOOST_TEST(s.lower_limit_raw == -10.435, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.lower_limit == 0.0);
    BOOST_TEST(s.lower_clipped);
    BOOST_TEST(s.upper_limit == 14.835, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(!s.upper_clipped);
}

BOOST_AUTO_TEST_CASE(a_percentage_upper_limit_is_clipped_at_100) {
    // Percent 95 100 96 100 98: mean 489/5 = 97.8, moving ranges 5 4 4 2, MR-bar 15/4 = 3.75;
    // limits 97.8 ± 9.975: 107.775 (clipped to 100) and 87.825.
    XmrOptions options;
    options.bounds = spc_bounds_of(Unit::Percent);
    const XmrChart chart = compute_xmr(std::vector<double>{95, 100, 96, 100, 98}, options);
    const XmrSegment& s = chart.segments[0];
    BOOST_TEST(s.upper_limit_raw == 107.775, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.upper_limit == 100.0);
    BOOST_TEST(s.upper_clipped);
    BOOST_TEST(s.lower_limit == 87.825, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(!s.lower_clipped);
    // Assurance reads the limits as shown: a target of 100 sits on the clipped limit, so hit
    // and miss; 85 is below the lower limit, so a higher-is-better metric passes consistently.
    BOOST_TEST(c(assurance_icon(chart, 100.0, Polarity::HigherIsBetter)) ==
               c(AssuranceIcon::HitAndMiss));
    BOOST_TEST(c(assurance_icon(chart, 85.0, Polarity::HigherIsBetter)) ==
               c(AssuranceIcon::ConsistentlyPassing));
}

BOOST_AUTO_TEST_CASE(bounds_by_unit) {
    BOOST_TEST(*spc_bounds_of(Unit::Count).lower == 0.0);
    BOOST_TEST(!spc_bounds_of(Unit::Count).upper.has_value());
    BOOST_TEST(*spc_bounds_of(Unit::Percent).upper == 100.0);
    BOOST_TEST(*spc_bounds_of(Unit::Rate).lower == 0.0);
    BOOST_TEST(!spc_bounds_of(Unit::Money).lower.has_value());
    BOOST_TEST(!spc_bounds_of(Unit::Number).upper.has_value());
}

BOOST_AUTO_TEST_CASE(bad_series_are_refused) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    BOOST_CHECK_THROW(compute_xmr(std::vector<double>{1, nan, 3}), std::invalid_argument);
    BOOST_CHECK_THROW(compute_xmr(std::vector<double>{1}), std::invalid_argument);
    XmrOptions past;
    past.rebase = {3};
    BOOST_CHECK_THROW(compute_xmr(std::vector<double>{1, 2, 3}, past), std::invalid_argument);
    XmrOptions lone; // a segment of one point has no moving range
    lone.rebase = {2};
    BOOST_CHECK_THROW(compute_xmr(std::vector<double>{1, 2, 3}, lone), std::invalid_argument);
    XmrOptions dup; // 0 and repeats are ignored
    dup.rebase = {2, 0, 2};
    BOOST_TEST(compute_xmr(std::vector<double>{1, 2, 3, 4}, dup).segments.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(spc_rules)

BOOST_AUTO_TEST_CASE(a_point_exactly_on_a_limit_is_not_beyond_it) {
    const XmrChart chart = xmr(on_limits, 5);
    const auto points = special_causes(chart, Polarity::HigherIsBetter);
    BOOST_TEST(flagged(points) == (std::vector<std::size_t>{11, 13}));
    BOOST_TEST(points[11].beyond_limit);
    BOOST_TEST(c(points[11].side) == c(SpcSide::High));
    BOOST_TEST(c(points[11].point_class) == c(SpcPointClass::Improvement));
    BOOST_TEST(points[13].beyond_limit);
    BOOST_TEST(c(points[13].side) == c(SpcSide::Low));
    BOOST_TEST(c(points[13].point_class) == c(SpcPointClass::Concern));
    BOOST_TEST(c(points[5].point_class) == c(SpcPointClass::CommonCause));

    const auto lower = special_causes(chart, Polarity::LowerIsBetter);
    BOOST_TEST(c(lower[11].point_class) == c(SpcPointClass::Concern));
    BOOST_TEST(c(lower[13].point_class) == c(SpcPointClass::Improvement));
    const auto neutral = special_causes(chart, Polarity::Neutral);
    BOOST_TEST(c(neutral[11].point_class) == c(SpcPointClass::SpecialCause));
    BOOST_TEST(c(neutral[13].point_class) == c(SpcPointClass::SpecialCause));

    SpcRuleOptions off;
    off.beyond_limits = false;
    BOOST_TEST(flagged(special_causes(chart, Polarity::HigherIsBetter, off)).empty());
}

// Baseline 10 0 10 0: mean 5, MR-bar 10, limits 5 ± 26.6, 2 sigma 17.73 — far from the points
// below, which alternate 6 7 so that no trend forms.
//   idx 4–9: 6 7 6 7 6 7, six points above the mean (N−1 for N = 7): no run;
//   idx 10: 4, below; idx 11–17: 6 7 6 7 6 7 6, seven above (N): a run, High;
//   idx 18: 5, exactly on the mean: not part of any run.
BOOST_AUTO_TEST_CASE(a_run_of_n_minus_1_and_of_n) {
    const std::vector<double> values = {10, 0, 10, 0, 6, 7, 6, 7, 6, 7, 4, 6, 7, 6, 7, 6, 7, 6, 5};
    const XmrChart chart = xmr(values, 4);
    BOOST_TEST(chart.segments[0].mean == 5.0);
    const auto points = special_causes(chart, Polarity::LowerIsBetter);
    BOOST_TEST(flagged(points) == (std::vector<std::size_t>{11, 12, 13, 14, 15, 16, 17}));
    for (std::size_t i = 11; i <= 17; ++i) {
        BOOST_TEST(points[i].run);
        BOOST_TEST(c(points[i].side) == c(SpcSide::High));
        BOOST_TEST(c(points[i].point_class) == c(SpcPointClass::Concern));
    }
    // With N = 6 the first six also make a run.
    SpcRuleOptions six;
    six.run_length = 6;
    BOOST_TEST(special_causes(chart, Polarity::LowerIsBetter, six)[4].run);
    // The last point (on the mean) is common cause.
    BOOST_TEST(c(variation_icon(points)) == c(VariationIcon::CommonCause));
    // Without it, the latest point is in the run: high, a concern when lower is better.
    const std::vector<double> upto(values.begin(), values.end() - 1);
    const XmrChart cut = xmr(upto, 4);
    BOOST_TEST(c(variation_icon(special_causes(cut, Polarity::LowerIsBetter))) ==
               c(VariationIcon::ConcernHigh));
    BOOST_TEST(c(variation_icon(special_causes(cut, Polarity::HigherIsBetter))) ==
               c(VariationIcon::ImprovementHigh));
    BOOST_TEST(c(variation_icon(special_causes(cut, Polarity::Neutral))) ==
               c(VariationIcon::NeitherHigh));
}

BOOST_AUTO_TEST_CASE(a_point_on_the_mean_breaks_a_run) {
    // Baseline 10 0 10 0 (mean 5); then 6 7 6 | 5 | 7 6 7 6: seven points above the mean but
    // broken by the 5 into three and four. With N = 3 both parts are runs and the 5 is not.
    const XmrChart chart = xmr({10, 0, 10, 0, 6, 7, 6, 5, 7, 6, 7, 6}, 4);
    BOOST_TEST(flagged(special_causes(chart, Polarity::HigherIsBetter)).empty());
    SpcRuleOptions three;
    three.run_length = 3;
    three.trend_length = 0;
    BOOST_TEST(flagged(special_causes(chart, Polarity::HigherIsBetter, three)) ==
               (std::vector<std::size_t>{4, 5, 6, 8, 9, 10, 11}));
}

// Baseline 0 100 0 100: mean 50, MR-bar 100, limits 50 ± 266, nothing near them.
//   idx 4–8: 47 48 49 51 52, five rising (N−1 for N = 6): no trend;
//   idx 9–14: 20 21 45 48 51 54, six rising (N): a trend, High, though 20 to 48 are below the
//   mean (a trend's direction is its own, not the side of the mean);
//   idx 15–21: 47 48 49 49 51 52 53, seven not falling, but the equal 49s break them into
//   three and four rising.
// Sides of the mean never run longer than 4, so only the trend rule speaks.
BOOST_AUTO_TEST_CASE(a_trend_of_n_minus_1_and_of_n) {
    const std::vector<double> values = {0,  100, 0,  100, 47, 48, 49, 51, 52, 20, 21,
                                        45, 48,  51, 54,  47, 48, 49, 49, 51, 52, 53};
    const XmrChart chart = xmr(values, 4);
    const auto points = special_causes(chart, Polarity::HigherIsBetter);
    BOOST_TEST(flagged(points) == (std::vector<std::size_t>{9, 10, 11, 12, 13, 14}));
    for (std::size_t i = 9; i <= 14; ++i) {
        BOOST_TEST(points[i].trend);
        BOOST_TEST(c(points[i].side) == c(SpcSide::High));
        BOOST_TEST(c(points[i].point_class) == c(SpcPointClass::Improvement));
    }
    SpcRuleOptions five;
    five.trend_length = 5;
    BOOST_TEST(flagged(special_causes(chart, Polarity::HigherIsBetter, five)) ==
               (std::vector<std::size_t>{4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}));
    SpcRuleOptions seven; // the older guidance's 7: none
    seven.trend_length = 7;
    BOOST_TEST(flagged(special_causes(chart, Polarity::HigherIsBetter, seven)).empty());
    SpcRuleOptions three; // 47 48 49 and 49 51 52 53 both count; the turning 54 → 47 does not
    three.trend_length = 3;
    const auto p3 = special_causes(chart, Polarity::HigherIsBetter, three);
    BOOST_TEST(p3[15].trend);
    BOOST_TEST(p3[18].trend);
    BOOST_TEST(p3[21].trend);
}

BOOST_AUTO_TEST_CASE(a_falling_trend_shares_its_turning_point) {
    // 0 100 0 100 60 58 56 54 52: the six points 100 60 58 56 54 52 (idx 3–8) fall, the 100
    // ending the rise 0 → 100 and starting the fall. Above the mean (50) for six points only.
    const XmrChart chart = xmr({0, 100, 0, 100, 60, 58, 56, 54, 52}, 4);
    const auto lower = special_causes(chart, Polarity::LowerIsBetter);
    BOOST_TEST(flagged(lower) == (std::vector<std::size_t>{3, 4, 5, 6, 7, 8}));
    BOOST_TEST(c(lower[8].side) == c(SpcSide::Low));
    BOOST_TEST(c(variation_icon(lower)) == c(VariationIcon::ImprovementLow));
    BOOST_TEST(c(variation_icon(special_causes(chart, Polarity::HigherIsBetter))) ==
               c(VariationIcon::ConcernLow));
    BOOST_TEST(c(variation_icon(special_causes(chart, Polarity::Neutral))) ==
               c(VariationIcon::NeitherLow));
}

BOOST_AUTO_TEST_CASE(a_limit_outranks_a_trend_for_the_direction) {
    // Baseline 0 100 0 100: mean 50, limits 316 and -216. Then 400 390 380 370 360 350: six
    // falling points (a Low trend) all beyond the upper limit (High). The limit rule comes
    // first, so each is High: an improvement when higher is better, though the trend falls.
    const XmrChart chart = xmr({0, 100, 0, 100, 400, 390, 380, 370, 360, 350}, 4);
    const auto points = special_causes(chart, Polarity::HigherIsBetter);
    for (std::size_t i = 4; i <= 9; ++i) {
        BOOST_TEST(points[i].trend);
        BOOST_TEST(points[i].beyond_limit);
        BOOST_TEST(c(points[i].side) == c(SpcSide::High));
    }
    BOOST_TEST(c(variation_icon(points)) == c(VariationIcon::ImprovementHigh));
    // With the limit rule off, two of three (all beyond 2 sigma, High) still outranks it;
    // with that off too, the run (100 then six above the mean: seven, High); with the run off,
    // the trend decides: Low.
    SpcRuleOptions trend_only;
    trend_only.beyond_limits = false;
    trend_only.two_of_three = false;
    trend_only.run_length = 0;
    BOOST_TEST(c(special_causes(chart, Polarity::HigherIsBetter, trend_only)[9].side) ==
               c(SpcSide::Low));
    trend_only.run_length = 7;
    BOOST_TEST(c(special_causes(chart, Polarity::HigherIsBetter, trend_only)[9].side) ==
               c(SpcSide::High));
}

// Baseline 0 30 0 30: mean 15, MR-bar 30, limits 15 ± 79.8, two-thirds of the way to them
// 15 ± 53.2: 68.2 and -38.2 (b below is that value exactly, as computed).
//   idx 4–6: 70 15 70 — two of three above 68.2: idx 4 and 6 flagged High, the 15 not;
//   idx 7–12: 20 b 20 70 20 20 — b is on the line, not beyond: no window has two;
//   idx 13–15: -40 70 -40 — two below -38.2 (Low), the 70 between them is on the other side.
BOOST_AUTO_TEST_CASE(two_of_three_beyond_two_thirds) {
    const double b = xmr({0, 30, 0, 30}).segments[0].upper_two_sigma();
    BOOST_TEST(b == 68.2, boost::test_tools::tolerance(1e-12));
    std::vector<double> values = {0, 30, 0, 30, 70, 15, 70, 20, b, 20, 70, 20, 20, -40, 70, -40};
    const XmrChart chart = xmr(values, 4);
    BOOST_TEST(chart.segments[0].upper_two_sigma() == b);
    const auto points = special_causes(chart, Polarity::HigherIsBetter, only_two_of_three());
    BOOST_TEST(flagged(points) == (std::vector<std::size_t>{4, 6, 13, 15}));
    BOOST_TEST(c(points[4].point_class) == c(SpcPointClass::Improvement));
    BOOST_TEST(c(points[13].side) == c(SpcSide::Low));
    BOOST_TEST(c(points[15].point_class) == c(SpcPointClass::Concern));

    // Just above the line, b counts: windows 6–8 (70, b) and 8–10 (b, 70) flag 8 and 10.
    values[8] = std::nextafter(b, 1000.0);
    const auto above =
        special_causes(xmr(values, 4), Polarity::HigherIsBetter, only_two_of_three());
    BOOST_TEST(flagged(above) == (std::vector<std::size_t>{4, 6, 8, 10, 13, 15}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(spc_icons)

BOOST_AUTO_TEST_CASE(variation_from_the_latest_point) {
    // on_limits ends with -13.5, beyond the lower limit: low.
    const XmrChart chart = xmr(on_limits, 5);
    BOOST_TEST(c(variation_icon(special_causes(chart, Polarity::HigherIsBetter))) ==
               c(VariationIcon::ConcernLow));
    BOOST_TEST(c(variation_icon(special_causes(chart, Polarity::LowerIsBetter))) ==
               c(VariationIcon::ImprovementLow));
    BOOST_TEST(c(variation_icon(special_causes(chart, Polarity::Neutral))) ==
               c(VariationIcon::NeitherLow));
    // Ending at 253.5 (idx 11): high.
    const std::vector<double> upto(on_limits.begin(), on_limits.begin() + 12);
    const XmrChart high = xmr(upto, 5);
    BOOST_TEST(c(variation_icon(special_causes(high, Polarity::HigherIsBetter))) ==
               c(VariationIcon::ImprovementHigh));
    BOOST_TEST(c(variation_icon(special_causes(high, Polarity::LowerIsBetter))) ==
               c(VariationIcon::ConcernHigh));
    // Ending at 120 (idx 12): common cause, though earlier points were special.
    const std::vector<double> calm(on_limits.begin(), on_limits.begin() + 13);
    BOOST_TEST(c(variation_icon(special_causes(xmr(calm, 5), Polarity::HigherIsBetter))) ==
               c(VariationIcon::CommonCause));
    BOOST_TEST(c(variation_icon(std::vector<SpcPoint>{})) == c(VariationIcon::None));
}

BOOST_AUTO_TEST_CASE(assurance_from_the_target_against_the_limits) {
    // Limits 18.65 and 5.35 (mean_moving_ranges_and_limits).
    const XmrChart chart = xmr({10, 12, 11, 15, 12});
    auto a = [&](std::optional<double> target, Polarity p) {
        return c(assurance_icon(chart, target, p));
    };
    BOOST_TEST(a(5.0, Polarity::HigherIsBetter) == c(AssuranceIcon::ConsistentlyPassing));
    BOOST_TEST(a(20.0, Polarity::HigherIsBetter) == c(AssuranceIcon::ConsistentlyFailing));
    BOOST_TEST(a(12.0, Polarity::HigherIsBetter) == c(AssuranceIcon::HitAndMiss));
    BOOST_TEST(a(20.0, Polarity::LowerIsBetter) == c(AssuranceIcon::ConsistentlyPassing));
    BOOST_TEST(a(5.0, Polarity::LowerIsBetter) == c(AssuranceIcon::ConsistentlyFailing));
    BOOST_TEST(a(12.0, Polarity::LowerIsBetter) == c(AssuranceIcon::HitAndMiss));
    BOOST_TEST(a(5.0, Polarity::Neutral) == c(AssuranceIcon::None));
    BOOST_TEST(a(std::nullopt, Polarity::HigherIsBetter) == c(AssuranceIcon::None));
    // A target exactly on a limit (253 and -13, on_limits) is hit and miss.
    const XmrChart exact = xmr(on_limits, 5);
    for (Polarity p : {Polarity::HigherIsBetter, Polarity::LowerIsBetter}) {
        BOOST_TEST(c(assurance_icon(exact, 253.0, p)) == c(AssuranceIcon::HitAndMiss));
        BOOST_TEST(c(assurance_icon(exact, -13.0, p)) == c(AssuranceIcon::HitAndMiss));
    }
    BOOST_TEST(c(assurance_icon(exact, 253.5, Polarity::HigherIsBetter)) ==
               c(AssuranceIcon::ConsistentlyFailing));
    // With a rebase the latest segment's limits count: 62.64 and 41.36 after index 4.
    XmrOptions options;
    options.rebase = {4};
    const XmrChart stepped =
        compute_xmr(std::vector<double>{10, 12, 10, 12, 50, 54, 50, 54}, options);
    BOOST_TEST(c(assurance_icon(stepped, 30.0, Polarity::HigherIsBetter)) ==
               c(AssuranceIcon::ConsistentlyPassing));
}

BOOST_AUTO_TEST_CASE(words_for_every_value_and_overridable) {
    SpcWords words;
    BOOST_TEST(words.word(VariationIcon::ImprovementHigh) == "Special cause — improving (high)");
    BOOST_TEST(words.word(VariationIcon::ConcernLow) == "Special cause — concerning (low)");
    BOOST_TEST(words.word(VariationIcon::CommonCause) == "Common cause variation");
    BOOST_TEST(words.word(VariationIcon::NeitherHigh) == "Special cause — high");
    BOOST_TEST(words.word(VariationIcon::None).empty());
    BOOST_TEST(words.word(AssuranceIcon::ConsistentlyPassing) == "Consistently passing the target");
    BOOST_TEST(words.word(AssuranceIcon::HitAndMiss) == "Hit and miss against the target");
    BOOST_TEST(words.word(AssuranceIcon::None).empty());
    BOOST_TEST(words.word(SpcPointClass::Concern) == "Concern");
    words.hit_and_miss = "Variable achievement";
    BOOST_TEST(words.word(AssuranceIcon::HitAndMiss) == "Variable achievement");
}

BOOST_AUTO_TEST_SUITE_END()
