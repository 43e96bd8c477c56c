#include "graphics/ticks.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <vector>

using bp::graphics::nice_ticks;
using bp::graphics::tick_decimals;
using V = std::vector<double>;

BOOST_AUTO_TEST_SUITE(ticks)

BOOST_AUTO_TEST_CASE(sector_totals_range_gets_steps_of_5000) {
    V t = nice_ticks(0, 24106, 6);
    BOOST_TEST(t == (V{0, 5000, 10000, 15000, 20000, 25000}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unit_range_gets_exact_decimal_steps) {
    V t = nice_ticks(0, 1, 6);
    BOOST_TEST(t == (V{0, 0.2, 0.4, 0.6, 0.8, 1.0}), boost::test_tools::per_element());
    // The values are the doubles of the decimals, not accumulated sums.
    BOOST_TEST(t[3] == 0.6);
}

BOOST_AUTO_TEST_CASE(percentage_range_far_from_zero_keeps_its_level) {
    V t = nice_ticks(11.33, 12.98, 6);
    BOOST_TEST(t == (V{11, 11.5, 12, 12.5, 13}), boost::test_tools::per_element());
    BOOST_TEST(tick_decimals(t[1] - t[0]) == 1);
}

BOOST_AUTO_TEST_CASE(range_starting_near_zero_includes_zero) {
    // 100 is within half the span of zero: the axis starts at 0.
    V t = nice_ticks(100, 1000, 6);
    BOOST_TEST(t.front() == 0);
    BOOST_TEST(t.back() == 1000);
    // 2,790..3,960 is not: the axis keeps to the data.
    V u = nice_ticks(2790, 3960, 6);
    BOOST_TEST(u == (V{2500, 3000, 3500, 4000}), boost::test_tools::per_element());
    // With more room the step halves: 2,600..4,000 in 200s is eight ticks.
    BOOST_TEST(nice_ticks(2790, 3960, 8) == (V{2600, 2800, 3000, 3200, 3400, 3600, 3800, 4000}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(negative_ranges) {
    V t = nice_ticks(-3, 7, 6);
    BOOST_TEST(t == (V{-4, 0, 4, 8}), boost::test_tools::per_element()); // not -5..10

    V all_negative = nice_ticks(-980, -120, 6);
    BOOST_TEST(all_negative.back() == 0); // ends near zero, so ends at zero
    BOOST_TEST(all_negative.front() == -1000);
    V far_negative = nice_ticks(-12.98, -11.33, 6);
    BOOST_TEST(far_negative == (V{-13, -12.5, -12, -11.5, -11}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(equal_bounds_widen_to_include_zero) {
    BOOST_TEST(nice_ticks(0, 0, 6) == (V{0, 0.2, 0.4, 0.6, 0.8, 1.0}),
               boost::test_tools::per_element());
    V five = nice_ticks(5, 5, 6);
    BOOST_TEST(five.front() == 0);
    BOOST_TEST(five.back() == 5);
    V minus = nice_ticks(-5, -5, 6);
    BOOST_TEST(minus.front() == -5);
    BOOST_TEST(minus.back() == 0);
}

BOOST_AUTO_TEST_CASE(count_never_exceeds_the_limit_and_covers_the_data) {
    for (int max_ticks = 2; max_ticks <= 10; ++max_ticks)
        for (double hi : {0.7, 3.0, 17.0, 99.0, 101.0, 2345.0, 24106.0}) {
            V t = nice_ticks(0, hi, max_ticks);
            BOOST_TEST(static_cast<int>(t.size()) <= max_ticks);
            BOOST_TEST(t.size() >= 2u);
            BOOST_TEST(t.front() == 0);
            BOOST_TEST(t.back() >= hi);
        }
    // Straddling zero needs three ticks even when two are asked for.
    BOOST_TEST(nice_ticks(-1, 1, 2) == (V{-1, 0, 1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(swapped_and_non_finite_bounds) {
    BOOST_TEST(nice_ticks(24106, 0, 6) == nice_ticks(0, 24106, 6),
               boost::test_tools::per_element());
    BOOST_TEST(nice_ticks(0, 1.0 / 0.0, 6) == (V{0, 1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(limits_fit_the_data_closely) {
    // Data that stop at 11 get an axis to 12, not 15 (steps of 4: 15 would waste a quarter).
    BOOST_TEST(nice_ticks(0, 11, 5) == (V{0, 4, 8, 12}), boost::test_tools::per_element());
    BOOST_TEST(nice_ticks(0, 11, 4) == (V{0, 4, 8, 12}), boost::test_tools::per_element());
    // Whatever the data and the limit, no candidate step within the limit ends closer.
    for (int max_ticks = 4; max_ticks <= 8; ++max_ticks)
        for (double hi = 0.5; hi < 400; hi *= 1.37) {
            V t = nice_ticks(0, hi, max_ticks);
            BOOST_TEST(t.back() >= hi);
            BOOST_TEST(t.back() <= 1.6 * hi, "0.." << hi << " in " << max_ticks << " ticks");
        }
}

BOOST_AUTO_TEST_CASE(fixed_ends_keep_one_step_to_the_end) {
    using bp::graphics::pin_scale_ends;
    // 0–12 fixed: 0, 4, 8, 12 (never 0, 5, 10, 12).
    BOOST_TEST(pin_scale_ends(nice_ticks(0, 12, 4), 0.0, 12.0) == (V{0, 4, 8, 12}),
               boost::test_tools::per_element());
    for (double top : {7.0, 12.0, 13.0, 15.0, 18.0, 30.0, 75.0, 120.0, 0.9})
        for (int max_ticks = 3; max_ticks <= 7; ++max_ticks) {
            V t = pin_scale_ends(nice_ticks(0, top, max_ticks), 0.0, top);
            BOOST_TEST_REQUIRE(t.size() >= 2u);
            BOOST_TEST(t.front() == 0);
            BOOST_TEST(t.back() == top);
            for (std::size_t i = 1; i < t.size(); ++i) // every step the same
                BOOST_TEST(std::fabs((t[i] - t[i - 1]) - (t[1] - t[0])) < 1e-9 * top,
                           "0.." << top << " in " << max_ticks << ": step " << i);
        }
    // 13 has no round divisor within the limit: its two ends alone.
    BOOST_TEST(pin_scale_ends(nice_ticks(0, 13, 4), 0.0, 13.0) == (V{0, 13}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(decimals_for_steps) {
    BOOST_TEST(tick_decimals(5000) == 0);
    BOOST_TEST(tick_decimals(0.5) == 1);
    BOOST_TEST(tick_decimals(0.2) == 1);
    BOOST_TEST(tick_decimals(0.05) == 2);
    BOOST_TEST(tick_decimals(0.6000000000000001 - 0.4) == 1);
}

BOOST_AUTO_TEST_SUITE_END()
