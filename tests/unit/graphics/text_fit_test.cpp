#include "graphics/text_style.hpp"

#include "support.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;
using namespace bp::graphics;

BOOST_AUTO_TEST_SUITE(text_fit)

namespace {
TextStyle fake10() {
    static const test::FakeMetrics fake;
    return TextStyle{0, &fake, 10, {}};
}
} // namespace

BOOST_AUTO_TEST_CASE(fit_keeps_short_text_and_shortens_long_text) {
    TextStyle ts = fake10(); // 5 pt per character; the fake face has no "…" glyph
    BOOST_TEST(fit_text(ts, "Youth", 25) == "Youth");
    BOOST_TEST(fit_text(ts, "Youth Related", 40) == "Youth...");
    BOOST_TEST(text_width(ts, fit_text(ts, "Youth Related", 40)) <= 40);
    BOOST_TEST(fit_text(ts, "Youth Related", 10).empty());
}

BOOST_AUTO_TEST_CASE(wrap_breaks_at_spaces_and_limits_lines) {
    TextStyle ts = fake10();
    auto lines = wrap_text(ts, "Fatal/Serious Casualties 1st Quarter", 120, 3);
    BOOST_TEST_REQUIRE(lines.size() == 2u);
    BOOST_TEST(lines[0] == "Fatal/Serious Casualties"); // exactly 120 pt
    BOOST_TEST(lines[1] == "1st Quarter");
    auto one = wrap_text(ts, "Fatal/Serious Casualties 1st Quarter", 100, 1);
    BOOST_TEST_REQUIRE(one.size() == 1u);
    BOOST_TEST(one[0] == "Fatal/Serious Cas...");
    BOOST_TEST(wrap_text(ts, "", 100, 2).empty());
}

BOOST_AUTO_TEST_CASE(fit_drops_spaces_before_the_ellipsis) {
    TextStyle ts = fake10();
    // 35 pt of text in 30 pt: 15 pt left beside "..." holds "ab ", shown without its space.
    BOOST_TEST(fit_text(ts, "ab cdef", 30) == "ab...");
    BOOST_TEST(fit_text(ts, "abc", 15) == "abc");
    BOOST_TEST(fit_text(ts, "abcd", 15) == "...");
}

BOOST_AUTO_TEST_CASE(wrap_collapses_whitespace_and_fits_the_last_line) {
    TextStyle ts = fake10(); // 20 pt holds 4 characters
    using Lines = std::vector<std::string>;
    BOOST_TEST(wrap_text(ts, "  a  bb\tccc\ndddd  ", 20, 5) == (Lines{"a bb", "ccc", "dddd"}),
               boost::test_tools::per_element());
    // The last allowed line takes every word left, shortened.
    BOOST_TEST(wrap_text(ts, "  a  bb\tccc\ndddd  ", 20, 2) == (Lines{"a bb", "c..."}),
               boost::test_tools::per_element());
    // A word wider than a line is shortened where it stands; the words after it go on.
    BOOST_TEST(wrap_text(ts, "abcdefgh ij", 20, 3) == (Lines{"a...", "ij"}),
               boost::test_tools::per_element());
    // A line that cannot hold even the ellipsis ends the text.
    BOOST_TEST(wrap_text(ts, "abc de", 10, 3).empty());
    BOOST_TEST(wrap_text(ts, "ab cd", 20, 0).empty());
}

BOOST_AUTO_TEST_CASE(missing_metrics_is_an_error_not_a_crash) {
    TextStyle none;
    BOOST_CHECK_THROW(text_width(none, "x"), std::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()
