// Category charts built from a layout: every value comes from the data through
// compute::Figures, and a bad area, indicator or window is an error at its file:line:col.
#include "compute/figures.hpp"
#include "compute/number_format.hpp"
#include "core/error.hpp"
#include "core/number_text.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"
#include "layout/layout_report.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace bp;
namespace fs = std::filesystem;

namespace {

const std::string kRoot = BOARDPACK_SOURCE_DIR;

// A one-section layout with `body` on the 2017-q1 data, written to a temporary file; the alt
// texts of its figures, or the error it gives.
struct CategoryLayout {
    fs::path path =
        fs::temp_directory_path() / ("bp-category-" + std::to_string(::getpid()) + ".xml");
    explicit CategoryLayout(const std::string& body) {
        std::ofstream(path) << "<report title=\"T\" data=\"" << kRoot << "/data/2017-q1\">\n"
                            << "<section id=\"s\" title=\"S\">\n"
                            << body << "\n</section>\n</report>\n";
    }
    ~CategoryLayout() { fs::remove(path); }
    std::vector<std::string> alt_texts() const {
        auto loaded = input::read_report(path.string());
        model::Theme theme = input::read_theme(loaded.report.theme_path);
        compute::Figures figures(*loaded.data);
        text::FontBook fonts({BOARDPACK_FONT_DIR}, false);
        auto doc = layout::layout_report(loaded.report, theme, fonts, {}, &figures);
        std::vector<std::string> out;
        for (const auto& page : doc.pages)
            for (const auto& item : page.items)
                if (const auto* b = std::get_if<display::StructBegin>(&item))
                    if (b->kind == display::StructKind::Figure) out.push_back(b->alt);
        return out;
    }
    std::string error() const {
        try {
            alt_texts();
        } catch (const InputError& e) {
            return e.what();
        }
        return "";
    }
};

// The figure the data gives, formatted as a chart labels it (thousands separators, no unit).
std::string figure(const std::string& indicator, const std::string& area,
                   const std::string& window) {
    auto loaded = input::read_report(kRoot + "/tests/visual/cases/bars-off-zero.xml");
    compute::Figures figures(*loaded.data);
    const double v = figures.value(indicator, area, compute::parse_window(window));
    return format_number(v, NumberStyle{0, true, false, true});
}

} // namespace

BOOST_AUTO_TEST_SUITE(category_chart_layout_tests)

BOOST_AUTO_TEST_CASE(a_chart_of_areas_takes_each_value_from_the_data) {
    CategoryLayout t("<chart kind=\"bar\" x=\"areas\" areas=\"crook; durham; seaham\" "
                     "title=\"ASB\" window=\"12m:2017-06\">"
                     "<series indicator=\"asb.total\" window=\"12m:2016-06\"/>"
                     "<series indicator=\"asb.total\"/></chart>");
    const auto alts = t.alt_texts();
    BOOST_TEST_REQUIRE(alts.size() == 1u);
    const std::string& alt = alts[0];
    BOOST_TEST(alt.find("3 categories: Crook, Durham and Seaham") != std::string::npos, alt);
    // Each value is the figure for its area and window (the 12 months derived from months).
    const std::string before = "Crook " + figure("asb.total", "crook", "12m:2016-06") +
                               ", Durham " + figure("asb.total", "durham", "12m:2016-06") +
                               " and Seaham " + figure("asb.total", "seaham", "12m:2016-06");
    const std::string after = "Crook " + figure("asb.total", "crook", "12m:2017-06") + ", Durham " +
                              figure("asb.total", "durham", "12m:2017-06") + " and Seaham " +
                              figure("asb.total", "seaham", "12m:2017-06");
    BOOST_TEST(alt.find(before) != std::string::npos, alt);
    BOOST_TEST(alt.find(after) != std::string::npos, alt);
    BOOST_TEST(alt.find(before) < alt.find(after), alt); // series in the order written
    // Crook's stated 12 months to June 2017 is 974 (stated.csv): the data agree.
    BOOST_TEST(figure("asb.total", "crook", "12m:2017-06") == "974");
}

BOOST_AUTO_TEST_CASE(area_kind_takes_every_area_of_that_kind_in_file_order) {
    CategoryLayout t("<chart kind=\"hbar\" x=\"areas\" area-kind=\"sector\" "
                     "window=\"12m:2017-06\" stack=\"yes\">"
                     "<series indicator=\"asb.alcohol\"/><series indicator=\"asb.drugs\"/>"
                     "</chart>");
    const auto alts = t.alt_texts();
    BOOST_TEST_REQUIRE(alts.size() == 1u);
    BOOST_TEST(alts[0].find("Stacked horizontal bar chart: 12 categories: Bishop Auckland, "
                            "Crook, Barnard Castle, Darlington") == 0u,
               alts[0]);
    BOOST_TEST(alts[0].find("Alcohol Related: Bishop Auckland " +
                            figure("asb.alcohol", "bishop-auckland", "12m:2017-06")) !=
                   std::string::npos,
               alts[0]);
    BOOST_TEST(alts[0].find("; totals: ") != std::string::npos, alts[0]);
}

BOOST_AUTO_TEST_CASE(charts_of_periods_and_of_indicators_read_the_data) {
    CategoryLayout periods("<chart kind=\"bar\" x=\"periods\" area=\"force\" "
                           "periods=\"2016/17 Q3; 2016/17 Q4; 2017/18 Q1\">"
                           "<series indicator=\"asb.youth\"/></chart>");
    auto alts = periods.alt_texts();
    BOOST_TEST_REQUIRE(alts.size() == 1u);
    BOOST_TEST(alts[0].find("2016/17 Q4 " + figure("asb.youth", "force", "2016/17 Q4")) !=
                   std::string::npos,
               alts[0]);
    CategoryLayout indicators("<chart kind=\"bar\" x=\"indicators\" area=\"force\" "
                              "indicators=\"asb.alcohol; asb.drugs; asb.youth\" "
                              "window=\"2017/18 Q1\"><series/></chart>");
    alts = indicators.alt_texts();
    BOOST_TEST_REQUIRE(alts.size() == 1u);
    BOOST_TEST(alts[0].find("Drugs Related " + figure("asb.drugs", "force", "2017/18 Q1")) !=
                   std::string::npos,
               alts[0]);
}

BOOST_AUTO_TEST_CASE(a_bad_area_indicator_or_window_is_an_error_at_its_attribute) {
    CategoryLayout area("<chart kind=\"bar\" x=\"areas\" areas=\"crook; nowhere\" "
                        "window=\"12m:2017-06\"><series indicator=\"asb.total\"/></chart>");
    std::string e = area.error();
    BOOST_TEST(e.find(area.path.string() + ":3:29: ") == 0u, e);
    BOOST_TEST(e.find("nowhere") != std::string::npos, e);

    CategoryLayout indicator(
        "<chart kind=\"bar\" x=\"areas\" areas=\"crook\" "
        "window=\"12m:2017-06\">\n<series indicator=\"asb.nothing\"/></chart>");
    e = indicator.error();
    BOOST_TEST(e.find(indicator.path.string() + ":4:1: ") == 0u, e);
    BOOST_TEST(e.find("asb.nothing") != std::string::npos, e);

    CategoryLayout window("<chart kind=\"bar\" x=\"areas\" areas=\"crook\" "
                          "window=\"12m:2017-13\"><series indicator=\"asb.total\"/></chart>");
    e = window.error();
    BOOST_TEST(e.find(window.path.string() + ":3:43: ") == 0u, e);

    CategoryLayout periods("<chart kind=\"bar\" x=\"periods\" area=\"force\" "
                           "periods=\"2016/17 Q4; 2016/17 Q9\"><series indicator=\"asb.total\"/>"
                           "</chart>");
    e = periods.error();
    BOOST_TEST(e.find(periods.path.string() + ":3:44: ") == 0u, e);

    CategoryLayout missing("<chart kind=\"bar\" x=\"periods\" area=\"force\" "
                           "periods=\"2010/11 Q1\"><series indicator=\"asb.total\"/></chart>");
    e = missing.error();
    BOOST_TEST(e.find(missing.path.string() + ":3:") == 0u, e);
    BOOST_TEST(e.find("no value") != std::string::npos, e);

    CategoryLayout line("<chart x=\"areas\" areas=\"crook\" window=\"2017-06\">"
                        "<series indicator=\"asb.total\"/></chart>");
    BOOST_TEST(line.error().find("a category chart draws bars") != std::string::npos);

    CategoryLayout months("<chart kind=\"bar\" x=\"areas\" areas=\"crook\" from=\"2017-01\" "
                          "window=\"2017-06\"><series indicator=\"asb.total\"/></chart>");
    e = months.error();
    BOOST_TEST(e.find(months.path.string() + ":3:43: ") == 0u, e);
    BOOST_TEST(e.find("from is for a chart of months") != std::string::npos, e);

    CategoryLayout units("<chart kind=\"bar\" x=\"indicators\" area=\"force\" "
                         "indicators=\"asb.total; confidence\" window=\"2017/18 Q1\">"
                         "<series/></chart>");
    e = units.error();
    BOOST_TEST(e.find(units.path.string() + ":3:") == 0u, e);
    BOOST_TEST(e.find("must share a unit") != std::string::npos, e);

    CategoryLayout hbar("<chart kind=\"hbar\" area=\"force\" from=\"2017-01\" to=\"2017-06\" "
                        "highlight=\"2017-06\"><series indicator=\"asb.total\"/></chart>");
    e = hbar.error();
    BOOST_TEST(e.find(hbar.path.string() + ":3:") == 0u, e);
    BOOST_TEST(e.find("highlight is not drawn on horizontal bars") != std::string::npos, e);
}

BOOST_AUTO_TEST_CASE(a_target_from_the_data_is_drawn_and_named_in_the_alt_text) {
    CategoryLayout t("<chart kind=\"bar\" area=\"force\" from=\"2017-01\" to=\"2017-06\" "
                     "target=\"data\"><series indicator=\"asb.total\"/></chart>");
    // The 2017-q1 data have no targets.csv: an error at the attribute.
    const std::string e = t.error();
    BOOST_TEST(e.find(t.path.string() + ":3:") == 0u, e);
    BOOST_TEST(e.find("target=\"data\"") != std::string::npos, e);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(target_from_data_tests)

// The council example's data: calls.wait has a target of 120 s for 2023/24 Q2 and 90 s for
// 2024/25 Q2 in targets.csv.
std::vector<std::string> council_alts(const std::string& chart) {
    const fs::path path =
        fs::temp_directory_path() / ("bp-target-" + std::to_string(::getpid()) + ".xml");
    std::ofstream(path) << "<report title=\"T\" data=\"" << kRoot
                        << "/data/council-2024-q2\">\n<section id=\"s\" title=\"S\">\n"
                        << chart << "\n</section>\n</report>\n";
    auto loaded = input::read_report(path.string());
    fs::remove(path);
    model::Theme theme = input::read_theme(loaded.report.theme_path);
    compute::Figures figures(*loaded.data);
    text::FontBook fonts({BOARDPACK_FONT_DIR}, false);
    auto doc = layout::layout_report(loaded.report, theme, fonts, {}, &figures);
    std::vector<std::string> out;
    for (const auto& page : doc.pages)
        for (const auto& item : page.items)
            if (const auto* b = std::get_if<display::StructBegin>(&item))
                if (b->kind == display::StructKind::Figure) out.push_back(b->alt);
    return out;
}

BOOST_AUTO_TEST_CASE(a_month_chart_steps_to_the_target_of_each_month_from_targets_csv) {
    auto alts = council_alts("<chart kind=\"bar\" area=\"borough\" from=\"2024-04\" "
                             "to=\"2024-09\" target=\"data\"><series indicator=\"calls.wait\"/>"
                             "</chart>");
    BOOST_TEST_REQUIRE(alts.size() == 1u);
    BOOST_TEST(alts[0].find("; Target 90.") != std::string::npos, alts[0]);
}

BOOST_AUTO_TEST_CASE(a_chart_of_periods_has_each_periods_own_target) {
    auto alts = council_alts("<chart kind=\"bar\" x=\"periods\" area=\"borough\" "
                             "periods=\"2023/24 Q2; 2024/25 Q2\" target=\"data\">"
                             "<series indicator=\"calls.wait\"/></chart>");
    BOOST_TEST_REQUIRE(alts.size() == 1u);
    // Two different targets: the alt text gives each period's target from targets.csv.
    BOOST_TEST(alts[0].find("; Target: 2023/24 Q2 120 and 2024/25 Q2 90.") != std::string::npos,
               alts[0]);
}

BOOST_AUTO_TEST_SUITE_END()
