// Consistency checks: the reference report's wrong −9.77 % is caught and the rest agree; parts
// that do not add up, stored totals that disagree with their months, and stated figures whose
// inputs are missing are reported at the right file:line:col.
#include "compute/checks.hpp"

#include "input/data_reader.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp::compute;

namespace {

std::string fixture(const char* name) {
    return std::string(BOARDPACK_SOURCE_DIR) + "/tests/unit/compute/fixtures/" + name;
}

// The diagnostics as text, with the fixture folder removed from positions.
std::vector<std::string> texts(const std::vector<bp::Diagnostic>& found, const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& d : found) {
        std::string t = d.to_string();
        for (auto at = t.find(dir + "/"); at != std::string::npos; at = t.find(dir + "/"))
            t.erase(at, dir.size() + 1);
        out.push_back(t);
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(checks)

BOOST_AUTO_TEST_CASE(the_reference_reports_wrong_difference_is_the_only_finding) {
    std::string dir = fixture("q1-2017");
    auto data = bp::input::read_data_folder(dir);
    Figures figures(data);
    auto found = check_dataset(data, figures);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(int(found[0].severity) == int(bp::Severity::Warning));
    BOOST_TEST(found[0].pos.to_string() == dir + "/stated.csv:2:56");
    BOOST_TEST(texts(found, dir)[0] ==
               "stated.csv:2:56: warning: stated % difference \u22129.77% for asb.total / force "
               "(12m:2016-06 \u2192 12m:2017-06) disagrees with the computed \u22129.96% (source: "
               "Q1 report page 2)");
}

BOOST_AUTO_TEST_CASE(the_reference_data_set_flags_every_misprinted_figure) {
    // The published report truncated four differences and typed −9.77 for −9.96: a stated 37
    // against a computed 37.5 is a misprint too (37.5 rounds half away from zero to 38).
    std::string dir = std::string(BOARDPACK_SOURCE_DIR) + "/data/2017-q1";
    auto data = bp::input::read_data_folder(dir);
    Figures figures(data);
    std::vector<std::string> flagged;
    for (const auto& d : check_dataset(data, figures)) {
        BOOST_TEST(int(d.severity) == int(bp::Severity::Warning));
        std::string t = d.message;
        flagged.push_back(t.substr(0, t.find(" disagrees")));
    }
    std::vector<std::string> expected = {
        "stated % difference \u22129.77% for asb.total / force (12m:2016-06 \u2192 12m:2017-06)",
        "stated % difference \u22128% for suicides / force (12m:2016-06 \u2192 12m:2017-06)",
        "stated % difference +47% for hqp.vap / force (12m:2016-06 \u2192 12m:2017-06)",
        "stated % difference +37% for hate.incidents / force (2016/17 Q1 \u2192 2017/18 Q1)",
        "stated % difference +56% for hate.crimes / force (2016/17 Q1 \u2192 2017/18 Q1)"};
    BOOST_TEST(flagged == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_twelve_sectors_add_up_to_the_force) {
    auto data = bp::input::read_data_folder(fixture("q1-2017"));
    Figures figures(data);
    BOOST_TEST(check_child_totals(data, figures).empty());
    BOOST_TEST(figures.total_of_children("asb.total", "force", parse_window("12m:2016-06")) ==
               24106.0);
    BOOST_TEST(figures.total_of_children("asb.total", "force", parse_window("12m:2017-06")) ==
               21705.0);
}

BOOST_AUTO_TEST_CASE(figures_within_their_stated_rounding_pass) {
    // −25 % (computed −24.98), + 3 % (2.78), − 12 % (−11.78), −18.8 % (−18.81), + 1.65 % as pp,
    // +1, −5 and + 37 % (37.02) all agree; only −9.77 % is flagged.
    auto data = bp::input::read_data_folder(fixture("q1-2017"));
    Figures figures(data);
    BOOST_TEST(data.stated().size() == 10u);
    BOOST_TEST(check_stated(data, figures).size() == 1u);
}

BOOST_AUTO_TEST_CASE(inconsistent_data_is_reported_where_it_was_typed) {
    std::string dir = fixture("inconsistent");
    auto data = bp::input::read_data_folder(dir);
    Figures figures(data);
    std::vector<std::string> expected{
        // child areas: May's sectors sum to 105, not 110
        "values.csv:5:25: warning: asb.total at 2017-05: the 2 child areas of force sum to 105, "
        "but force's value is 110",
        // the same months stored twice, differently
        "values.csv:13:29: warning: asb.total / force: the stored 12m:2017-03 value 1,210 "
        "disagrees with the stored 2016/17 value 1,200 (values.csv:12:25) for the same months",
        // stated figures whose inputs are missing are errors
        "stated.csv:7:32: error: stated value 95 for asb.total / force (2017-07) cannot be "
        "checked: no value for asb.total / force / 2017-07 (source: typed by hand)",
        "stated.csv:8:54: error: stated % difference +5% for asb.total / force (2016/17 Q4 "
        "\u2192 2017/18 Q1) cannot be checked: no value for asb.total / force / 2016/17 Q4 "
        "(no stored value and none of its 3 monthly values)",
    };
    BOOST_TEST(texts(check_dataset(data, figures), dir) == expected,
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_stored_total_that_is_not_the_sum_of_its_months_is_flagged) {
    std::string dir = fixture("inconsistent");
    auto data = bp::input::read_data_folder(dir);
    // Change the stored quarter to 310 while its months still add to 300.
    bp::model::Dataset changed;
    for (const auto& i : data.indicators())
        changed.add_indicator(i);
    for (const auto& a : data.areas())
        changed.add_area(a);
    for (const auto& stored : data.values()) {
        bp::model::NamedValue v = data.named(stored);
        if (v.area == "force" && v.period.text() == "2017/18 Q1") v.value = 310;
        changed.add_value(v);
    }
    Figures figures(changed);
    auto found = texts(check_stored_totals(changed, figures), dir);
    BOOST_TEST_REQUIRE(found.size() == 2u);
    BOOST_TEST(found[0] == "values.csv:10:28: warning: asb.total / force: the stored 2017/18 Q1 "
                           "value 310 disagrees with the sum of its 3 monthly values, 300");
    // And the children (north 170 from its months + south 130) no longer add up to it.
    auto children = texts(check_child_totals(changed, figures), dir);
    BOOST_TEST_REQUIRE(children.size() == 2u);
    BOOST_TEST(children[1] == "values.csv:10:28: warning: asb.total at 2017/18 Q1: the 2 child "
                              "areas of force sum to 300, but force's value is 310");
}

BOOST_AUTO_TEST_CASE(a_percent_difference_from_zero_cannot_be_checked) {
    bp::model::Dataset data;
    data.add_indicator(
        {"x", "X", bp::model::Unit::Count, bp::model::Polarity::LowerIsBetter, 0, false, {}});
    data.add_area({"force", "Force", "force", "", {}, {}});
    data.add_value({"x", "force", *bp::model::parse_period("2016"), 0, {}});
    data.add_value({"x", "force", *bp::model::parse_period("2017"), 1, {}});
    data.add_stated(bp::model::StatedFigure{.indicator = "x",
                                            .area = "force",
                                            .measure = bp::model::Measure::PctDifference,
                                            .from = bp::model::parse_period("2016"),
                                            .to = *bp::model::parse_period("2017"),
                                            .value = 100,
                                            .decimals = 0,
                                            .text = "100%",
                                            .source = "",
                                            .pos = bp::SourcePos{"stated.csv", 2, 1},
                                            .value_pos = bp::SourcePos{"stated.csv", 2, 30}});
    Figures figures(data);
    auto found = check_stated(data, figures);
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].to_string() ==
               "stated.csv:2:30: error: stated % difference +100% for x / force (2016 \u2192 "
               "2017) cannot be checked: a % difference from zero (2016) is undefined");
}

BOOST_AUTO_TEST_SUITE_END()
