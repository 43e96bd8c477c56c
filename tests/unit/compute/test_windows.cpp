// Year-to-date and range-of-months windows: their months across a financial year's boundary,
// their text and names, sums and means worked out by hand, and the errors of bad forms.
#include "compute/figures.hpp"
#include "compute/lookup_error.hpp"
#include "compute/month_table_cells.hpp"
#include "compute/window.hpp"
#include "compute/window_label.hpp"
#include "dataset_builder.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp::compute;
using bp::model::Period;
using bp::model::Polarity;
using bp::model::Unit;
using bp::test::DatasetBuilder;

namespace {

// Falls (a count) monthly from October 2025 to June 2026, across the boundary of 2025/26 and
// 2026/27; a percentage from January to April 2026.
DatasetBuilder falls() {
    DatasetBuilder b;
    b.indicator("falls", Unit::Count, Polarity::LowerIsBetter, 0, true)
        .indicator("fft", Unit::Percent, Polarity::HigherIsBetter, 1)
        .area("trust", "", "trust")
        .months("falls", "trust", "2025-10", {5, 6, 7, 10, 20, 30, 40, 50, 60})
        .months("fft", "trust", "2026-01", {91, 92.5, 80, 90});
    return b;
}

std::string error_of(const auto& f) {
    try {
        f();
    } catch (const LookupError& e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace

BOOST_AUTO_TEST_SUITE(windows)

BOOST_AUTO_TEST_CASE(a_year_to_date_starts_in_april_of_its_months_financial_year) {
    const Window may = parse_window("ytd:2026-05");
    BOOST_TEST(may.first_month().text() == "2026-04");
    BOOST_TEST(may.month_count() == 2);
    BOOST_TEST(may.text() == "ytd:2026-05");
    // January to March belong to the year that began the April before.
    const Window feb = parse_window("ytd:2026-02");
    BOOST_TEST(feb.first_month().text() == "2025-04");
    BOOST_TEST(feb.month_count() == 11);
    BOOST_TEST(parse_window("ytd:2026-03").month_count() == 12);
    BOOST_TEST(parse_window("ytd:2026-04").month_count() == 1);
    BOOST_TEST(parse_window("ytd:2026-03").same_months(parse_window("2025/26")));
    BOOST_TEST(sizeof(Period) == 8u); // a stored value stays 32 bytes
}

BOOST_AUTO_TEST_CASE(a_range_of_months_includes_both_ends) {
    const Window r = parse_window("2025-11..2026-10");
    BOOST_TEST(r.first_month().text() == "2025-11");
    BOOST_TEST(r.last_month().text() == "2026-10");
    BOOST_TEST(r.month_count() == 12);
    BOOST_TEST(r.text() == "2025-11..2026-10");
    BOOST_TEST(parse_window("2026-03..2026-03").month_count() == 1);
    BOOST_TEST(parse_window("2000-01..2099-12").month_count() == 1200);
}

BOOST_AUTO_TEST_CASE(windows_sum_counts_and_average_percentages_across_the_year_boundary) {
    auto b = falls();
    Figures f(b.data);
    // April 40 + May 50: not January to March (20 + 30 + 10), which are last year's.
    BOOST_TEST(f.value("falls", "trust", parse_window("ytd:2026-05")) == 90.0);
    BOOST_TEST(f.value("falls", "trust", parse_window("ytd:2026-04")) == 40.0);
    // December 7 + January 10 + February 20 + March 30 + April 40 + May 50.
    BOOST_TEST(f.value("falls", "trust", parse_window("2025-12..2026-05")) == 157.0);
    // The mean of 80 (March) and 90 (April), across the boundary.
    BOOST_TEST(f.value("fft", "trust", parse_window("2026-03..2026-04")) == 85.0);
    // The year to date of 2025/26 at March needs April to September 2025, which are missing.
    BOOST_TEST(error_of([&] { f.value("falls", "trust", parse_window("ytd:2026-03")); }) ==
               "no value for falls / trust / ytd:2026-03 (missing months 2025-04, 2025-05, "
               "2025-06, 2025-07, 2025-08, 2025-09)");
}

BOOST_AUTO_TEST_CASE(a_stored_quarter_serves_a_year_to_date_with_its_months) {
    auto b = falls();
    b.value("falls", "trust", "2026/27 Q1", 999);
    Figures f(b.data);
    BOOST_TEST(f.value("falls", "trust", parse_window("ytd:2026-06")) == 999.0);
    BOOST_TEST(f.value("falls", "trust", parse_window("2026-04..2026-06")) == 999.0);
    BOOST_TEST(f.value("falls", "trust", parse_window("ytd:2026-05")) == 90.0); // from months
}

BOOST_AUTO_TEST_CASE(windows_are_named_in_the_theme_words) {
    BOOST_TEST(window_label(parse_window("ytd:2026-10")) == "Year to date Oct 2026");
    BOOST_TEST(window_label(parse_window("2025-11..2026-10")) == "Nov 2025 \u2013 Oct 2026");
}

BOOST_AUTO_TEST_CASE(bad_year_to_date_and_range_forms_are_lookup_errors) {
    BOOST_TEST(error_of([] {
                   parse_window("ytd:2026");
               }).starts_with("bad window \"ytd:2026\": \"2026\" is not a month (YYYY-MM)"));
    BOOST_TEST(error_of([] {
                   parse_window("ytd:2026-13");
               }).starts_with("bad window \"ytd:2026-13\": month must be 01 to 12"));
    BOOST_TEST(error_of([] {
                   parse_window("2026-10..2026-09");
               }).starts_with("bad window \"2026-10..2026-09\": the range ends before it starts"));
    BOOST_TEST(error_of([] {
                   parse_window("2000-01..2100-01");
               }).starts_with("bad window \"2000-01..2100-01\": a range is limited to 1200"));
    BOOST_TEST(error_of([] {
                   parse_window("2025/26..2026-01");
               }).starts_with("bad window \"2025/26..2026-01\": \"2025/26\" is not a month"));
    // Data never stores these kinds.
    BOOST_TEST(!bp::model::parse_period("ytd:2026-10"));
    BOOST_TEST(!bp::model::parse_period("2025-11..2026-10"));
}

BOOST_AUTO_TEST_CASE(a_financial_years_target_serves_its_quarters_and_months_unless_summed) {
    auto b = falls();
    b.target("fft", "", "2025/26", 90)
        .target("fft", "", "2026/27", 95)
        .target("fft", "trust", "2026/27 Q1", 93)
        .target("falls", "", "2025/26", 120);
    Figures f(b.data);
    // March 2026 is in 2025/26; April 2026 in 2026/27 Q1, whose own target wins over the year's.
    BOOST_TEST(f.target("fft", "trust", parse_window("2026-03")).value_or(-1) == 90.0);
    BOOST_TEST(f.target("fft", "trust", parse_window("2026-04")).value_or(-1) == 93.0);
    BOOST_TEST(f.target("fft", "trust", parse_window("2026/27 Q2")).value_or(-1) == 95.0);
    BOOST_TEST(f.target("fft", "trust", parse_window("ytd:2026-10")).value_or(-1) == 95.0);
    // A window across two years has none; nor does a summed count's month (120 is a year's).
    BOOST_TEST(!f.target("fft", "trust", parse_window("2026-03..2026-04")));
    BOOST_TEST(!f.target("falls", "trust", parse_window("2026-03")));
    BOOST_TEST(f.target("falls", "trust", parse_window("ytd:2026-03")).value_or(-1) == 120.0);
    // A comparison of months carries the year's target, and a target rule judges against it.
    Comparison c = f.compare("fft", "trust", parse_window("2026-02"), parse_window("2026-03"));
    BOOST_TEST(c.target.value_or(-1) == 90.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(month_tables)

// A month table over the April boundary names each quarter with its financial year when the
// theme's quarter label asks for it ({year}): "Q3 2025/26" over October to December 2025,
// "Q1 2026/27" over April to June 2026.
BOOST_AUTO_TEST_CASE(quarter_headers_name_their_financial_year) {
    auto b = falls();
    Figures f(b.data);
    bp::model::MonthTable t;
    t.months = {"2025-10..2026-06"};
    t.average = false;
    t.rows.push_back({"falls", "trust", "", {}});
    bp::model::Theme theme = bp::model::Theme::defaults();
    theme.labels["quarter"] = "Q{q} {year}";
    const MonthTableCells cells = month_table_cells(t, f, theme);
    BOOST_REQUIRE(cells.parts.size() == 1u);
    const auto& q = cells.parts[0].quarters;
    BOOST_TEST((q == std::vector<std::string>{"", "Q3 2025/26", "Q4 2025/26", "Q1 2026/27"}));
    BOOST_TEST((cells.parts[0].quarter_spans == std::vector<int>{1, 3, 3, 3}));
}

BOOST_AUTO_TEST_SUITE_END()
