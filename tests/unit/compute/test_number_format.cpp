// Figures as text by unit: thousands separators, percent without a space, rates per 1,000,
// explicit signs with the true minus, percentage points, rounding half away from zero, and
// output that does not change with the global locale.
#include "compute/change.hpp"
#include "compute/number_format.hpp"

#include <boost/test/unit_test.hpp>

#include <locale>

#include "../../support/german_locale.hpp"
#include <sstream>

using namespace bp::compute;
using bp::model::Indicator;
using bp::model::Unit;

namespace {
const std::string minus = "\u2212";

Indicator indicator(Unit unit, int decimals) {
    Indicator ind;
    ind.unit = unit;
    ind.decimals = decimals;
    return ind;
}

// The figures every locale must print the same.
std::string sample() {
    return format_value(24106, indicator(Unit::Count, 0)) + " " +
           format_value(11.33, indicator(Unit::Percent, 2)) + " " +
           format_value(3.25, indicator(Unit::Rate, 1)) + " " +
           format_change(Change{ChangeKind::Percent, -9.9601758899}, 2) + " " +
           format_change(Change{ChangeKind::Points, 1.65}, 2) + " " +
           format_change(Change{ChangeKind::Difference, 1234}, 0);
}
} // namespace

BOOST_AUTO_TEST_SUITE(number_format)

BOOST_AUTO_TEST_CASE(values_by_unit) {
    BOOST_TEST(format_value(24106, indicator(Unit::Count, 0)) == "24,106");
    BOOST_TEST(format_value(1234567, indicator(Unit::Count, 0)) == "1,234,567");
    BOOST_TEST(format_value(954, indicator(Unit::Count, 0)) == "954");
    BOOST_TEST(format_value(0, indicator(Unit::Count, 0)) == "0");
    BOOST_TEST(format_value(11.33, indicator(Unit::Percent, 2)) == "11.33%");
    BOOST_TEST(format_value(78, indicator(Unit::Percent, 0)) == "78%");
    BOOST_TEST(format_value(83.6666666667, indicator(Unit::Percent, 1)) == "83.7%");
    BOOST_TEST(format_value(3.2, indicator(Unit::Rate, 1)) == "3.2 per 1,000");
    BOOST_TEST(format_value(1234.5, Unit::Rate, 1) == "1,234.5 per 1,000");
    // The indicator's decimals, or an override.
    BOOST_TEST(format_value(11.33, indicator(Unit::Percent, 2), 1) == "11.3%");
    BOOST_TEST(format_value(24106, indicator(Unit::Count, 0), 2) == "24,106.00");
}

BOOST_AUTO_TEST_CASE(rounding_is_half_away_from_zero) {
    BOOST_TEST(format_value(0.125, Unit::Percent, 2) == "0.13%");
    BOOST_TEST(format_value(-0.125, Unit::Count, 2) == minus + "0.13");
    BOOST_TEST(format_change(Change{ChangeKind::Points, 0.125}, 2) == "+0.13 pp");
    BOOST_TEST(format_change(Change{ChangeKind::Points, -0.125}, 2) == minus + "0.13 pp");
    BOOST_TEST(format_change(Change{ChangeKind::Percent, 2.5}, 0) == "+3%");
    BOOST_TEST(format_change(Change{ChangeKind::Percent, -2.5}, 0) == minus + "3%");
    BOOST_TEST(format_value(1.005, Unit::Percent, 2) == "1.01%"); // as typed, not 1.00499…
    BOOST_TEST(format_value(999.5, Unit::Count, 0) == "1,000");
    // 11.335 − 11.21 computes as 0.12499999999999… in binary; the change is cleaned first.
    Change c = compute_change(11.21, 11.335, Unit::Percent, ChangeMode::Auto);
    BOOST_TEST(format_change(c, 2) == "+0.13 pp");
}

BOOST_AUTO_TEST_CASE(changes_have_an_explicit_sign_and_the_true_minus) {
    BOOST_TEST(format_change(Change{ChangeKind::Percent, -9.9601758899}, 2) == minus + "9.96%");
    BOOST_TEST(format_change(Change{ChangeKind::Percent, 6.19}, 0) == "+6%");
    BOOST_TEST(format_change(Change{ChangeKind::Points, 1.65}, 2) == "+1.65 pp");
    BOOST_TEST(format_change(Change{ChangeKind::Difference, 1}, 0) == "+1");
    BOOST_TEST(format_change(Change{ChangeKind::Difference, -5}, 0) == minus + "5");
    BOOST_TEST(format_change(Change{ChangeKind::Difference, 2400}, 0) == "+2,400");
    // Zero has no sign, including a change that rounds to zero.
    BOOST_TEST(format_change(Change{ChangeKind::Percent, 0}, 0) == "0%");
    BOOST_TEST(format_change(Change{ChangeKind::Points, -0.004}, 2) == "0.00 pp");
    BOOST_TEST(format_change(Change{ChangeKind::Difference, 0}, 0) == "0");
    BOOST_TEST(format_change(Change{ChangeKind::Difference, 0.4}, indicator(Unit::Rate, 1), 1) ==
               "+0.4 per 1,000");
    BOOST_TEST(format_change(Change{ChangeKind::Difference, 3}, indicator(Unit::Count, 0), 0) ==
               "+3");
}

BOOST_AUTO_TEST_CASE(output_does_not_depend_on_the_global_locale,
                     *boost::unit_test::precondition(bp::testing::german_locale_available)) {
    std::string before = sample();
    BOOST_TEST(before == "24,106 11.33% 3.3 per 1,000 " + minus + "9.96% +1.65 pp +1,234");
    const std::string asb =
        format_change(compute_change(24106, 21705, Unit::Count, ChangeMode::Auto), 2);
    BOOST_TEST(asb == minus + "9.96%");
    std::string after, asb_after, streamed;
    {
        bp::testing::GermanLocaleInForce german;
        std::ostringstream stream; // proves the locale is in force for C++ streams
        stream << 1234.5;
        streamed = stream.str();
        after = sample();
        asb_after = format_change(compute_change(24106, 21705, Unit::Count, ChangeMode::Auto), 2);
    }
    BOOST_TEST(streamed == "1.234,5");
    BOOST_TEST(after == before);
    BOOST_TEST(asb_after == asb);
}

// Each change kind's label for each unit: a % change is "%" whatever the unit (a rate's %
// change is not "per 1,000"), a rate's plain difference carries its unit, points are "pp".
BOOST_AUTO_TEST_CASE(each_change_kind_is_labelled_by_kind_and_unit) {
    for (Unit unit : {Unit::Count, Unit::Percent, Unit::Rate}) {
        const Indicator ind = indicator(unit, 1);
        BOOST_TEST(format_change(Change{ChangeKind::Percent, 5}, ind, 0) == "+5%");
        BOOST_TEST(format_change(Change{ChangeKind::Points, 1.25}, ind, 2) == "+1.25 pp");
        BOOST_TEST(format_change(Change{ChangeKind::Difference, -2}, ind, 0) ==
                   minus + (unit == Unit::Rate ? "2 per 1,000" : "2"));
    }
    // What a rate row shows for each change mode.
    const Indicator rate = indicator(Unit::Rate, 1);
    BOOST_TEST(format_change(compute_change(4.0, 4.2, Unit::Rate, ChangeMode::Percent), rate, 0) ==
               "+5%");
    BOOST_TEST(format_change(compute_change(4.0, 4.2, Unit::Rate, ChangeMode::Auto), rate, 1) ==
               "+0.2 per 1,000");
    BOOST_TEST(format_change(compute_change(11.0, 12.5, Unit::Percent, ChangeMode::Auto),
                             indicator(Unit::Percent, 1), 1) == "+1.5 pp");
    BOOST_TEST(format_change(compute_change(10, 9, Unit::Count, ChangeMode::Auto),
                             indicator(Unit::Count, 0), 0) == minus + "10%");
}

BOOST_AUTO_TEST_SUITE_END()
