#include "graphics/chart.hpp"

#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <limits>

using namespace bp;
using namespace bp::graphics;

BOOST_AUTO_TEST_SUITE(chart_alt_text_tests)

namespace {

const Rect kBox{0, 0, 420, 240};

// The geometry a chart is drawn with, and its alt text made from it.
ChartGeometry geometry_of(const ChartSpec& spec) {
    return chart_geometry(spec, kBox, test::real_style());
}
std::string alt_of(const ChartSpec& spec) {
    return chart_alt_text(spec, geometry_of(spec));
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_scale_is_the_axis_as_drawn) {
    for (ChartSpec spec : {test::victim_chart(), test::sector_chart(), test::casualties_chart()}) {
        const ChartGeometry g = geometry_of(spec);
        BOOST_TEST_REQUIRE(g.y_tick_labels.size() >= 2u);
        const std::string expected =
            "; scale " + g.y_tick_labels.front().text + " to " + g.y_tick_labels.back().text + ";";
        BOOST_TEST(has(alt_of(spec), expected), alt_of(spec) << " lacks " << expected);
    }
}

BOOST_AUTO_TEST_CASE(a_line_says_its_latest_value_and_where_it_came_from) {
    const std::string alt = alt_of(test::victim_chart());
    // The subtitle names the period, so the category range is not said again.
    BOOST_TEST(alt.rfind("Line chart: Victim based crime, Durham Constabulary, April 2015 to July "
                         "2017; scale ",
                         0) == 0u,
               alt);
    BOOST_TEST(has(alt, "; 3,960 in Jul 2017, up from 2,790 in Apr 2015"), alt);
    // The highlighted windows are named.
    BOOST_TEST(has(alt, "; highlighted: "), alt);
}

BOOST_AUTO_TEST_CASE(every_series_gets_its_latest_value_not_only_the_highest) {
    const ChartSpec spec = test::sector_chart();
    const std::string alt = alt_of(spec);
    for (const auto& s : spec.series)
        BOOST_TEST(has(alt, s.name + ": "), alt << " lacks " << s.name);
    BOOST_TEST(!has(alt, "highest"), alt);
}

BOOST_AUTO_TEST_CASE(the_subtitle_is_not_repeated_by_the_range) {
    ChartSpec spec = test::victim_chart();
    spec.subtitle = "Apr 2015 to Jul 2017";
    std::string alt = alt_of(spec);
    BOOST_TEST(alt.find("Apr 2015 to Jul 2017") == alt.rfind("Apr 2015 to Jul 2017"), alt);
    // A title that holds the subtitle and the period: neither is said twice.
    spec.title = "Victim based crime, Apr 2015 to Jul 2017";
    alt = alt_of(spec);
    BOOST_TEST(alt.find("Apr 2015 to Jul 2017") == alt.rfind("Apr 2015 to Jul 2017"), alt);
    spec.title = "Victim based crime";
    // A subtitle that does not name the period leaves the range in.
    spec.subtitle = "Durham Constabulary";
    alt = alt_of(spec);
    BOOST_TEST(alt.find("Durham Constabulary, Apr 2015 to Jul 2017; ") != std::string::npos, alt);
}

BOOST_AUTO_TEST_CASE(bars_with_printed_values_list_every_value) {
    const ChartSpec spec = test::casualties_chart();
    const std::string alt = alt_of(spec);
    for (const auto& s : spec.series)
        for (std::size_t c = 0; c < s.values.size(); ++c) {
            const std::string item =
                spec.categories_long.empty() ? spec.categories[c] : spec.categories_long[c];
            BOOST_TEST(has(alt, item + " " + std::to_string(static_cast<int>(s.values[c]))),
                       alt << " lacks " << item);
        }
}

BOOST_AUTO_TEST_CASE(units_gaps_unchanged_and_no_data) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    ChartSpec spec;
    spec.title = "Alcohol related incidents";
    spec.categories = {"2016", "2017", "2018"};
    spec.decimals = 2;
    spec.unit = std::string(1, '%');
    spec.series = {{"Share", {nan, 12.98, 11.33}, {}}};
    BOOST_TEST(has(alt_of(spec), "; Share: 11.33% in 2018, down from 12.98% in 2017."),
               alt_of(spec));
    spec.series = {{"Share", {11.33, nan, 11.33}, {}}};
    BOOST_TEST(has(alt_of(spec), "; Share: 11.33% in 2018, unchanged since 2016."), alt_of(spec));
    spec.series = {{"Share", {nan, nan, nan}, {}}};
    spec.y_min = 0;
    spec.y_max = 10;
    BOOST_TEST(has(alt_of(spec), "; no data."), alt_of(spec));
}

BOOST_AUTO_TEST_CASE(references_and_the_source_are_read_out) {
    ChartSpec spec = test::victim_chart();
    spec.references.push_back({ReferenceLine::Kind::Target, "Target 3,500",
                               std::vector<double>(spec.categories.size(), 3500)});
    spec.references.push_back(
        {ReferenceLine::Kind::Average, "", std::vector<double>(spec.categories.size(), 3000)});
    spec.source = "Source: the force's crime recording system";
    const std::string alt = alt_of(spec);
    BOOST_TEST(has(alt, "; Target 3,500;"), alt);
    BOOST_TEST(has(alt, "; average 3,000;"), alt);
    BOOST_TEST(has(alt, "; Source: the force's crime recording system."), alt);
}

BOOST_AUTO_TEST_CASE(an_authors_alt_text_replaces_the_made_one) {
    ChartSpec spec = test::victim_chart();
    spec.alt = "Victim based crime rose steadily.";
    std::vector<display::Item> items;
    draw_chart(items, spec, kBox, test::real_style());
    const auto* begin = std::get_if<display::StructBegin>(&items.front());
    BOOST_REQUIRE(begin);
    BOOST_TEST(begin->alt == "Victim based crime rose steadily.");
}

BOOST_AUTO_TEST_SUITE_END()
