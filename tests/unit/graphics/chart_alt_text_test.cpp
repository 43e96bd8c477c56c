#include "graphics/chart.hpp"

#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <limits>

using namespace bp;
using namespace bp::graphics;

BOOST_AUTO_TEST_SUITE(chart_alt_text_tests)

BOOST_AUTO_TEST_CASE(line_chart_says_where_it_starts_and_ends) {
    BOOST_TEST(chart_alt_text(test::victim_chart()) ==
               "Line chart: Victim based crime, Apr 2015 to Jul 2017; rises from 2,790 to 3,960.");
}

BOOST_AUTO_TEST_CASE(several_series_name_the_highest) {
    BOOST_TEST(chart_alt_text(test::sector_chart()) ==
               "Line chart: Alcohol, Drugs and Youth related anti-social behaviour, Jul 2015 to "
               "Jun 2017; Youth Related highest.");
    BOOST_TEST(chart_alt_text(test::casualties_chart()) ==
               "Grouped bar chart: Fatal/Serious Casualties, 1st Quarter, April to June; 2017/18 "
               "highest.");
}

BOOST_AUTO_TEST_CASE(single_bar_series_names_highest_and_lowest) {
    ChartSpec spec = test::casualties_chart();
    spec.kind = ChartKind::Bar;
    spec.title = "Fatal/Serious Accidents";
    spec.series = {{"2017/18", {17, 25, 20}, {}}};
    BOOST_TEST(chart_alt_text(spec) ==
               "Bar chart: Fatal/Serious Accidents, April to June; highest May (25), lowest April "
               "(17).");
}

BOOST_AUTO_TEST_CASE(falls_unchanged_units_gaps_and_no_data) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    ChartSpec spec;
    spec.title = "Alcohol related incidents";
    spec.categories = {"2016", "2017", "2018"};
    spec.decimals = 2;
    spec.unit = std::string(1, '%');
    spec.series = {{"Share", {nan, 12.98, 11.33}, {}}};
    BOOST_TEST(chart_alt_text(spec) ==
               "Line chart: Alcohol related incidents, 2016 to 2018; falls from 12.98% to 11.33%.");
    spec.series = {{"Share", {11.33, nan, 11.33}, {}}};
    BOOST_TEST(chart_alt_text(spec) ==
               "Line chart: Alcohol related incidents, 2016 to 2018; unchanged at 11.33%.");
    spec.series = {{"Share", {nan, nan, nan}, {}}};
    BOOST_TEST(chart_alt_text(spec) ==
               "Line chart: Alcohol related incidents, 2016 to 2018; no data.");
    spec.title.clear();
    spec.series = {{"Urban", {1, 2, 3}, {}}, {"Rural", {4, 5, 6}, {}}};
    BOOST_TEST(chart_alt_text(spec) == "Line chart: Urban and Rural, 2016 to 2018; Rural highest.");
}

BOOST_AUTO_TEST_CASE(subject_and_range_are_left_out_when_there_is_nothing_to_name) {
    ChartSpec spec;
    spec.categories = {"Jan", "Feb"};
    spec.series = {{"", {1, 2}, {}}};
    BOOST_TEST(chart_alt_text(spec) == "Line chart: Jan to Feb; rises from 1 to 2.");
    spec.categories = {""};
    spec.series = {{"", {3}, {}}};
    BOOST_TEST(chart_alt_text(spec) == "Line chart; one value, 3.");
    spec.title = "Arrests";
    BOOST_TEST(chart_alt_text(spec) == "Line chart: Arrests; one value, 3.");
    spec.categories.clear();
    spec.series.clear();
    BOOST_TEST(chart_alt_text(spec) == "Line chart: Arrests; no data.");
    spec.title.clear();
    spec.categories = {"Q1"};
    spec.kind = ChartKind::Bar;
    spec.series = {{"", {5}, {}}, {"", {7}, {}}};
    BOOST_TEST(chart_alt_text(spec) == "Grouped bar chart: Q1; series 2 highest.");
}

BOOST_AUTO_TEST_SUITE_END()
