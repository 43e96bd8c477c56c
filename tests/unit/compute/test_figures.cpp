// Values for any window: stored values first, else sums (counts) or means (percentages) of
// monthly values, with every month required; lookups; series; totals; averages.
#include "compute/figures.hpp"

#include "compute/lookup_error.hpp"
#include "dataset_builder.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp::compute;
using bp::model::Polarity;
using bp::model::Unit;
using bp::test::DatasetBuilder;

namespace {

// ASB counts for the force: monthly from April 2016 to June 2017 (15 months).
DatasetBuilder asb_months() {
    DatasetBuilder b;
    b.indicator("asb.total", Unit::Count, Polarity::LowerIsBetter, 0, true)
        .indicator("response", Unit::Percent, Polarity::HigherIsBetter, 1)
        .area("force", "", "force")
        .area("north", "force")
        .area("south", "force")
        .months("asb.total", "force", "2016-04",
                {1900, 1950, 2000, 2100, 2050, 1980, 1850, 1800, 1700, 1750, 1600, 1700, 1720, 1810,
                 1890});
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

BOOST_AUTO_TEST_SUITE(figures)

BOOST_AUTO_TEST_CASE(a_stored_month_is_returned_as_is) {
    auto b = asb_months();
    Figures f(b.data);
    BOOST_TEST(f.value("asb.total", "force", parse_window("2016-04")) == 1900.0);
    BOOST_TEST(f.value("asb.total", "force", parse_window("2017-06")) == 1890.0);
}

BOOST_AUTO_TEST_CASE(a_rolling_twelve_months_sums_its_months) {
    auto b = asb_months();
    Figures f(b.data);
    // July 2016 … June 2017.
    double expected =
        2100 + 2050 + 1980 + 1850 + 1800 + 1700 + 1750 + 1600 + 1700 + 1720 + 1810 + 1890;
    BOOST_TEST(f.value("asb.total", "force", parse_window("12m:2017-06")) == expected);
    // April 2016 … March 2017.
    BOOST_TEST(f.value("asb.total", "force", parse_window("12m:2017-03")) ==
               1900.0 + 1950 + 2000 + 2100 + 2050 + 1980 + 1850 + 1800 + 1700 + 1750 + 1600 + 1700);
}

BOOST_AUTO_TEST_CASE(quarters_and_years_come_from_their_months) {
    auto b = asb_months();
    Figures f(b.data);
    BOOST_TEST(f.value("asb.total", "force", parse_window("2017/18 Q1")) == 1720.0 + 1810 + 1890);
    BOOST_TEST(f.value("asb.total", "force", parse_window("2016/17 Q4")) == 1750.0 + 1600 + 1700);
    // The financial year is April 2016 to March 2017: not March 2016, not April 2017.
    BOOST_TEST(f.value("asb.total", "force", parse_window("2016/17")) ==
               f.value("asb.total", "force", parse_window("12m:2017-03")));
    BOOST_TEST(error_of([&] { f.value("asb.total", "force", parse_window("2017/18")); }) ==
               "no value for asb.total / force / 2017/18 (missing months 2017-07, 2017-08, "
               "2017-09, 2017-10, 2017-11, 2017-12, 2018-01, 2018-02, 2018-03)");
    BOOST_TEST(error_of([&] { f.value("asb.total", "force", parse_window("2016")); }) ==
               "no value for asb.total / force / 2016 (missing months 2016-01, 2016-02, "
               "2016-03)");
}

BOOST_AUTO_TEST_CASE(a_missing_month_names_the_months) {
    auto b = asb_months();
    b.indicator("crimes", Unit::Count)
        .months("crimes", "force", "2016-07", {10, 11})
        .months("crimes", "force", "2016-11", {12, 13, 14, 15, 16, 17, 18, 19});
    Figures f(b.data);
    BOOST_TEST(error_of([&] { f.value("crimes", "force", parse_window("12m:2017-06")); }) ==
               "no value for crimes / force / 12m:2017-06 (missing months 2016-09, 2016-10)");
    BOOST_TEST(!f.try_value("crimes", "force", parse_window("12m:2017-06")).has_value());
    BOOST_TEST(error_of([&] { f.value("crimes", "force", parse_window("2016/17 Q2")); }) ==
               "no value for crimes / force / 2016/17 Q2 (missing month 2016-09)");
    BOOST_TEST(error_of([&] { f.value("crimes", "force", parse_window("2015-06")); }) ==
               "no value for crimes / force / 2015-06");
    BOOST_TEST(error_of([&] { f.value("crimes", "north", parse_window("12m:2017-06")); }) ==
               "no value for crimes / north / 12m:2017-06 (no stored value and none of its 12 "
               "monthly values)");
}

BOOST_AUTO_TEST_CASE(a_stored_value_is_preferred_to_months) {
    auto b = asb_months();
    b.value("asb.total", "force", "12m:2017-06", 21705).value("asb.total", "force", "2016/17", 99);
    Figures f(b.data);
    BOOST_TEST(f.value("asb.total", "force", parse_window("12m:2017-06")) == 21705.0);
    BOOST_TEST(f.value("asb.total", "force", parse_window("2016/17")) == 99.0);
    // Same months as 2016/17: the stored year is used, not the months.
    BOOST_TEST(f.value("asb.total", "force", parse_window("12m:2017-03")) == 99.0);
    Resolution r = f.resolve(f.indicator("asb.total"), "force", parse_window("12m:2017-03"));
    BOOST_TEST_REQUIRE(r.stored);
    BOOST_TEST(r.stored->period.text() == "2016/17");
    BOOST_TEST(r.months_used == 0);
}

BOOST_AUTO_TEST_CASE(percentages_average_their_months) {
    auto b = asb_months();
    b.months("response", "force", "2017-04", {85, 84, 82});
    Figures f(b.data);
    double q1 = f.value("response", "force", parse_window("2017/18 Q1"));
    BOOST_TEST(q1 == 83.6666666667); // the mean, rounded to 10 decimals
}

BOOST_AUTO_TEST_CASE(unknown_names_and_bad_windows_are_lookup_errors) {
    auto b = asb_months();
    Figures f(b.data);
    BOOST_TEST(error_of([&] { f.value("asb", "force", parse_window("2017-06")); }) ==
               "unknown indicator \"asb\"");
    BOOST_TEST(error_of([&] { f.value("asb.total", "durham", parse_window("2017-06")); }) ==
               "unknown area \"durham\"");
    BOOST_TEST(error_of([] { parse_window("2017-13"); }) ==
               "bad window \"2017-13\": month must be 01 to 12; expected a month (2017-06), "
               "financial quarter (2017/18 Q1), financial year (2016/17), calendar year (2016), "
               "12 months to a month's end (12m:2017-06), the financial year to a month's end "
               "(ytd:2017-06) or a range of months (2016-11..2017-06)");
    BOOST_TEST(error_of([] { parse_window("12m:17-06"); }).starts_with("bad window"));
    BOOST_TEST(error_of([&] { f.indicator("x"); }) == "unknown indicator \"x\"");
}

BOOST_AUTO_TEST_CASE(lookups_keep_file_order) {
    DatasetBuilder b;
    b.indicator("x", Unit::Count)
        .area("force", "", "force")
        .area("stanley", "force")
        .area("consett", "force")
        .area("crook", "force")
        .area("town", "crook", "ward");
    Figures f(b.data);
    auto sectors = f.areas_of_kind("sector");
    BOOST_TEST_REQUIRE(sectors.size() == 3u);
    BOOST_TEST(sectors[0]->id == "stanley");
    BOOST_TEST(sectors[2]->id == "crook");
    BOOST_TEST(f.children("force").size() == 3u);
    BOOST_TEST(f.children("crook")[0]->id == "town");
    BOOST_TEST(f.children("town").empty());
    BOOST_TEST(f.area("crook").name == "crook name");
    BOOST_TEST(f.areas_of_kind("division").empty());
    BOOST_TEST(error_of([&] { f.children("nowhere"); }) == "unknown area \"nowhere\"");
}

BOOST_AUTO_TEST_CASE(monthly_series_has_a_point_per_month_with_gaps) {
    DatasetBuilder b;
    b.indicator("x", Unit::Count).area("force", "", "force");
    b.months("x", "force", "2017-01", {5, 6}).months("x", "force", "2017-04", {8});
    Figures f(b.data);
    auto s = f.monthly_series("x", "force", parse_window("2016-12"), parse_window("2017-04"));
    BOOST_TEST_REQUIRE(s.size() == 5u);
    BOOST_TEST(s[0].month.text() == "2016-12");
    BOOST_TEST(!s[0].value.has_value());
    BOOST_TEST(*s[1].value == 5.0);
    BOOST_TEST(*s[2].value == 6.0);
    BOOST_TEST(!s[3].value.has_value());
    BOOST_TEST(*s[4].value == 8.0);
    BOOST_TEST(error_of([&] {
                   f.monthly_series("x", "force", parse_window("2017-04"), parse_window("2017-01"));
               }) == "a monthly series must not end (2017-01) before it starts (2017-04)");
    BOOST_TEST(error_of([&] {
                   f.monthly_series("x", "force", parse_window("2016/17"), parse_window("2017-01"));
               }).starts_with("a monthly series runs from a month to a month"));
}

BOOST_AUTO_TEST_CASE(totals_of_children_sum_child_areas) {
    auto b = asb_months();
    b.value("asb.total", "north", "12m:2017-06", 12000)
        .value("asb.total", "south", "12m:2017-06", 9705)
        .months("response", "north", "2017-06", {80})
        .months("response", "south", "2017-06", {90});
    Figures f(b.data);
    BOOST_TEST(f.total_of_children("asb.total", "force", parse_window("12m:2017-06")) == 21705.0);
    BOOST_TEST(error_of([&] {
                   f.total_of_children("asb.total", "force", parse_window("12m:2016-06"));
               }).starts_with("no value for asb.total / north / 12m:2016-06"));
    BOOST_TEST(error_of([&] {
                   f.total_of_children("response", "force", parse_window("2017-06"));
               }) == "indicator response is not additive: its child areas do not add up to a "
                     "total");
    BOOST_TEST(error_of([&] {
                   f.total_of_children("asb.total", "north", parse_window("2017-06"));
               }) == "area north has no child areas to total");
}

BOOST_AUTO_TEST_CASE(average_of_present_values) {
    // The immediate-response table: three months of twelve filled.
    std::vector<std::optional<double>> all{85, 84, 82, std::nullopt, std::nullopt};
    BOOST_TEST(*average(all) == (85.0 + 84 + 82) / 3);
    BOOST_TEST(*average(std::vector<double>{84, 83, 82}) == 83.0);
    BOOST_TEST(!average(std::vector<std::optional<double>>{std::nullopt}).has_value());
    BOOST_TEST(!average(std::vector<double>{}).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
