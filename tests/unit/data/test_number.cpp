// Numbers in data files: strict stored values and figures as a person typed them.
#include "model/data_number.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace bp::model;

BOOST_AUTO_TEST_SUITE(data_number)

BOOST_AUTO_TEST_CASE(plain_numbers_keep_their_decimals) {
    auto n = parse_plain_number("11.33");
    BOOST_TEST_REQUIRE(n.has_value());
    BOOST_TEST(n->value == 11.33);
    BOOST_TEST(n->decimals == 2);
    BOOST_TEST(parse_plain_number("24106")->value == 24106.0);
    BOOST_TEST(parse_plain_number("-3")->value == -3.0);
    BOOST_TEST(parse_plain_number("0.125")->decimals == 3);
    BOOST_TEST(parse_plain_number("999999999999999")->value == 999999999999999.0);
    BOOST_TEST(!std::signbit(parse_plain_number("-0")->value));
}

BOOST_AUTO_TEST_CASE(plain_numbers_reject_everything_else) {
    std::string why;
    BOOST_TEST(!parse_plain_number("", &why));
    BOOST_TEST(why == "empty value");
    BOOST_TEST(!parse_plain_number("nan", &why));
    BOOST_TEST(why == "NaN and infinity are not values");
    BOOST_TEST(!parse_plain_number("-Infinity", &why));
    BOOST_TEST(why == "NaN and infinity are not values");
    BOOST_TEST(!parse_plain_number("1e400", &why));
    BOOST_TEST(why == "exponent notation is not accepted; write the number in full");
    BOOST_TEST(!parse_plain_number("1000000000000000", &why));
    BOOST_TEST(why == "too large (more than 15 digits before the point)");
    BOOST_TEST(!parse_plain_number("24,106", &why));
    BOOST_TEST(why == "write values without thousands separators");
    for (const char* bad :
         {"+5", " 5", "5 ", "5.", ".5", "1.2.3", "12%", "0x10", "--1", "-", "1_000", "٣"})
        BOOST_TEST(!parse_plain_number(bad).has_value(), bad);
}

BOOST_AUTO_TEST_CASE(typed_figures_accept_what_people_type) {
    auto a = parse_typed_figure("\u22129.77%");
    BOOST_TEST_REQUIRE(a.has_value());
    BOOST_TEST(a->value == -9.77);
    BOOST_TEST(a->decimals == 2);
    BOOST_TEST(a->suffix == "%");
    auto b = parse_typed_figure("- 9.77 %");
    BOOST_TEST_REQUIRE(b.has_value());
    BOOST_TEST(b->value == -9.77);
    auto c = parse_typed_figure("+1.65 pp");
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(c->value == 1.65);
    BOOST_TEST(c->suffix == "pp");
    auto d = parse_typed_figure("24,106");
    BOOST_TEST_REQUIRE(d.has_value());
    BOOST_TEST(d->value == 24106.0);
    BOOST_TEST(d->decimals == 0);
    BOOST_TEST(parse_typed_figure("1,234,567.5")->value == 1234567.5);
    BOOST_TEST(parse_typed_figure("-25%")->decimals == 0);
}

BOOST_AUTO_TEST_CASE(typed_figures_reject_bad_grouping_and_words) {
    std::string why;
    BOOST_TEST(!parse_typed_figure("24,10", &why));
    BOOST_TEST(why == "thousands separators must group digits in threes");
    BOOST_TEST(!parse_typed_figure("2410,6", &why));
    BOOST_TEST(!parse_typed_figure(",106", &why));
    for (const char* bad : {"", "minus 9", "9.77%%", "NaN", "%", "+", "1e3", "9.77 percent"})
        BOOST_TEST(!parse_typed_figure(bad).has_value(), bad);
}

BOOST_AUTO_TEST_SUITE_END()
