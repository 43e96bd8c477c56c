// Number text under a real German numeric locale (made by localedef for the test) and at the
// ends of the double range: the same digits as under "C", never a digit cut at a comma.
#include "core/number_text.hpp"

#include "../../support/german_locale.hpp"

#include <boost/test/unit_test.hpp>

#include <clocale>
#include <cstdio>
#include <string>

using namespace bp;

namespace {
std::string figures() {
    return format_number(24106.5, {1, true, false, true}) + " " + fixed(3.25, 2) + " " +
           format_number(-9.9601758899, {2, true, true, true}) + " " +
           fixed(round_half_away(-9.9601758899, 2), 3);
}
} // namespace

BOOST_AUTO_TEST_CASE(rounding_and_text_are_the_same_under_a_german_locale,
                     *boost::unit_test::precondition(bp::testing::german_locale_available)) {
    const std::string in_c = figures();
    BOOST_TEST(in_c == "24,106.5 3.25 \u22129.96 -9.960");
    std::string after, printed;
    double rounded = 0;
    {
        bp::testing::GermanLocaleInForce german;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", 1.5); // the C library now writes a comma
        printed = buf;
        after = figures();
        rounded = round_half_away(-9.9601758899, 2);
    }
    BOOST_TEST(printed == "1,50");
    BOOST_TEST(after == in_c);
    BOOST_TEST(rounded == -9.96);
    BOOST_TEST(round_half_away(2.675, 2) == 2.68);
}

BOOST_AUTO_TEST_CASE(the_largest_numbers_keep_every_digit) {
    // 1e300 has 301 digits before the point in fixed notation (the double's exact value).
    const std::string big = fixed(1e300, 0);
    BOOST_TEST(big.size() == 301u);
    BOOST_TEST(big.rfind("1000000000000000052504760255204420248704468581108159154915854115511802457"
                         "98890819578637",
                         0) == 0u);
    BOOST_TEST(format_number(-1e22, {0, false, false, false}) == "-10000000000000000000000");
    BOOST_TEST(round_half_away(1e300, 2) == 1e300);
    BOOST_TEST(fixed(1.7976931348623157e308, 0).size() == 309u);
}
