// Themes: INI values override the defaults; mistakes name file:line:col.
#include "core/error.hpp"
#include "input/theme_reader.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;

namespace {
std::string error_of(const std::string& ini) {
    try {
        input::theme_from_ini("theme.ini", ini);
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}
} // namespace

BOOST_AUTO_TEST_CASE(values_override_defaults) {
    auto t = input::theme_from_ini("theme.ini", "[colors]\nbrand = #102030\n\n[style.body]\n"
                                                "size = 12\nbold = yes\n[verdicts]\n"
                                                "lower-is-better = -3 3\n");
    BOOST_TEST(t.color("brand", {}).to_hex() == "#102030");
    BOOST_TEST(t.style("body").size == 12);
    BOOST_TEST(t.style("body").bold);
    BOOST_TEST(t.style("h1").size == 20); // untouched default
    BOOST_TEST(t.verdict_limits.at("lower-is-better").first == -3);
}

BOOST_AUTO_TEST_CASE(labels_override_the_engines_words) {
    auto d = input::theme_from_ini("theme.ini", "");
    BOOST_TEST(d.month_name(6, false) == "June");
    BOOST_TEST(d.month_name(12, true) == "Dec");
    BOOST_TEST(d.label("rolling12") == "12 months to end {month} {year}");
    auto t = input::theme_from_ini("theme.ini", "[labels]\nmonth = {mon} {year}\n"
                                                "months = Ionawr, Chwefror, Mawrth, Ebrill, Mai, "
                                                "Mehefin, Gorffennaf, Awst, Medi, Hydref, "
                                                "Tachwedd, Rhagfyr\n");
    BOOST_TEST(t.label("month") == "{mon} {year}");
    BOOST_TEST(t.month_name(6, false) == "Mehefin");
    BOOST_TEST(t.month_name(1, false) == "Ionawr");
    BOOST_TEST(t.label("average") == "Avg"); // untouched default
    BOOST_TEST(error_of("[labels]\nmonths = Jan, Feb\n")
                   .rfind("theme.ini:2:1: error: 'months' takes 12 month names separated by "
                          "commas, not 2",
                          0) == 0);
    BOOST_TEST(error_of("[labels]\nverdict = X\n")
                   .rfind("theme.ini:2:1: error: unknown key 'verdict' in [labels] (expected "
                          "months",
                          0) == 0);
}

BOOST_AUTO_TEST_CASE(errors_name_the_line) {
    BOOST_TEST(error_of("[colors]\nbrand = blue\n")
                   .rfind("theme.ini:2:9: error: 'brand' must be a colour", 0) == 0);
    BOOST_TEST(error_of("[style.body]\n  sise = 12\n")
                   .rfind("theme.ini:2:3: error: unknown key 'sise' in [style.body]", 0) == 0);
    BOOST_TEST(
        error_of("[colours]\n").rfind("theme.ini:1:1: error: unknown section [colours]", 0) == 0);
    BOOST_TEST(error_of("[style.h1]\nsize = 1e9\n")
                   .rfind("theme.ini:2:8: error: 'size' must be a number", 0) == 0);
    BOOST_TEST(error_of("[style.h1]\nsize = 200\n")
                   .rfind("theme.ini:2:8: error: 'size' is out of range", 0) == 0);
    BOOST_TEST(error_of("[colors]\nbrand = #102030\nbrand = #000000\n").rfind("theme.ini:3:", 0) ==
               0);
}

BOOST_AUTO_TEST_CASE(errors_carry_the_real_column) {
    // A value's mistake is at the value, after '=' and any spaces.
    BOOST_TEST(error_of("[style.h1]\n  bold =   maybe\n")
                   .rfind("theme.ini:2:12: error: 'bold' must be yes or no", 0) == 0);
    BOOST_TEST(error_of("[verdicts]\nlower-is-better = 2 -2\n")
                   .rfind("theme.ini:2:19: error: 'lower-is-better': the happy limit", 0) == 0);
    // A line the INI parser refuses: at its first character that is not a space.
    BOOST_TEST(error_of("[colors]\n    brand = #102030\n    brand = #000000\n")
                   .rfind("theme.ini:3:5: error:", 0) == 0);
    BOOST_TEST(error_of("[colors]\n   [broken\n").rfind("theme.ini:2:4: error:", 0) == 0);
}

BOOST_AUTO_TEST_CASE(series_sections_set_a_palette_looks_and_their_errors_name_the_value) {
    auto t = input::theme_from_ini("theme.ini", "[series.2]\ncolor = #005eb8\ndash = 6 3\n"
                                                "marker = diamond\nbar = #41b6e6\n"
                                                "[series.4]\ndash = dotted\n"
                                                "[labels]\naverage-line = Mean {value}\n");
    BOOST_REQUIRE(t.series.count(2) == 1u);
    BOOST_TEST(t.series.at(2).line->to_hex() == "#005eb8");
    BOOST_TEST((*t.series.at(2).dash == std::vector<double>{6, 3}));
    BOOST_TEST(t.series.at(2).marker == "diamond");
    BOOST_TEST(t.series.at(2).bar->to_hex() == "#41b6e6");
    BOOST_TEST(!t.series.at(4).line);
    BOOST_TEST((*t.series.at(4).dash == std::vector<double>{1, 2}));
    BOOST_TEST(t.label("average-line") == "Mean {value}");
    BOOST_TEST(input::theme_from_ini("theme.ini", "").label("average-line") == "Average {value}");
    BOOST_TEST(error_of("[series.7]\ncolor = #000000\n") ==
               "theme.ini:1:1: error: unknown section [series.7] (expected [colors], "
               "[style.NAME], [series.1] to [series.6], [verdicts] or [labels])");
    BOOST_TEST(error_of("[series.1]\nmarker = star\n") ==
               "theme.ini:2:10: error: 'marker' must be none, circle, square, triangle or "
               "diamond, not \"star\"");
    BOOST_TEST(error_of("[series.1]\ndash = 6\n") ==
               "theme.ini:2:8: error: 'dash' is solid, dashed, dotted, or 2, 4 or 6 whole points "
               "(on, off, …), not \"6\"");
    BOOST_TEST(error_of("[series.1]\nwidth = 2\n") ==
               "theme.ini:2:1: error: unknown key 'width' in [series.1] (expected color, dash, "
               "marker, bar)");
}

BOOST_AUTO_TEST_CASE(spc_words_are_labels_keys) {
    auto t = input::theme_from_ini("theme.ini", "[labels]\nspc-passing = Meeting the target\n"
                                                "spc-mean = Centre line\n");
    BOOST_TEST(t.spc_labels.at("spc-passing") == "Meeting the target");
    BOOST_TEST(t.spc_labels.at("spc-mean") == "Centre line");
    BOOST_TEST(t.spc_labels.count("spc-failing") == 0u); // the default stays in compute
    BOOST_TEST(error_of("[labels]\nspc-pass = X\n")
                   .rfind("theme.ini:2:1: error: unknown key 'spc-pass' in [labels]", 0) == 0);
    BOOST_TEST(error_of("[labels]\nspc-mean =\n").find("'spc-mean' needs words") !=
               std::string::npos);
}
