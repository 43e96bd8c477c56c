// Figures as text by unit: thousands separators, percent without a space, rates per 1,000,
// explicit signs with the true minus, percentage points, rounding half away from zero, and
// output that does not change with the global locale.
#include "compute/change.hpp"
#include "compute/number_format.hpp"

#include <boost/test/unit_test.hpp>

#include <locale>
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

// A German-style numeric facet, for when no de_DE locale is installed.
struct GermanPunct : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
};

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

BOOST_AUTO_TEST_CASE(output_does_not_depend_on_the_global_locale) {
    std::string before = sample();
    BOOST_TEST(before == "24,106 11.33% 3.3 per 1,000 " + minus + "9.96% +1.65 pp +1,234");
    std::locale german;
    try {
        german = std::locale("de_DE.UTF-8");
    } catch (const std::runtime_error&) {
        german = std::locale(std::locale::classic(), new GermanPunct);
    }
    std::locale old = std::locale::global(german);
    std::ostringstream stream; // proves the locale is in force for C++ streams
    stream << 1234.5;
    std::string after = sample();
    std::locale::global(old);
    BOOST_TEST(stream.str() == "1.234,5");
    BOOST_TEST(after == before);
}

BOOST_AUTO_TEST_SUITE_END()
