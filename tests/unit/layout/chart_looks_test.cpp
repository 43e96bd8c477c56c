// A series' look from the layout (<series style="N">) and the theme ([series.N]), and the
// average line's label from the layout (average-label) or the theme ([labels] average-line).
#include "compute/figures.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"
#include "layout/layout_report.hpp"
#include "layout_fixture.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

using namespace bp;
using bp::testing::items_of;

namespace {

// A percentage with 12 monthly values, 60 to 71 (mean 65.5).
model::Dataset twelve_months() {
    model::Dataset data;
    model::Indicator ind;
    ind.id = "fft";
    ind.label = "FFT";
    ind.unit = model::Unit::Percent;
    ind.decimals = 1;
    data.add_indicator(std::move(ind));
    data.add_area({"trust", "The Trust", "trust", "", {}, {}});
    for (int m = 1; m <= 12; ++m)
        data.add_value({"fft", "trust", model::Period::month(2026, m), 59.0 + m, {}});
    return data;
}

display::Document lay_out(const std::string& chart, const std::string& ini) {
    const auto data = twelve_months();
    const std::string xml =
        "<report title=\"T\"><section id=\"s\" title=\"S\">" + chart + "</section></report>";
    model::Report report = input::layout_from_xml(input::parse_xml("t.xml", xml), ".", &data);
    text::FontBook book({BOARDPACK_FONT_DIR}, false);
    compute::Figures figures(data);
    return layout::layout_report(report, input::theme_from_ini("theme.ini", ini), book, {},
                                 &figures);
}

bool has_text(const display::Document& doc, const std::string& text) {
    for (const auto& run : items_of<display::TextRun>(doc.pages.at(0)))
        if (run.text == text) return true;
    return false;
}

// The dash of the first stroke of `hex` on the first page, or nullopt if none has it.
std::optional<std::vector<double>> dash_of(const display::Document& doc, const std::string& hex) {
    for (const auto& p : items_of<display::PathItem>(doc.pages.at(0)))
        if (p.stroke && p.stroke->color.to_hex() == hex) return p.stroke->dash;
    return std::nullopt;
}

const char* kChart = R"(<chart kind="line" area="trust" from="2026-01" to="2026-12" %s>
  <series indicator="fft" %s/></chart>)";

std::string chart(const std::string& chart_attrs, const std::string& series_attrs) {
    char buf[512];
    std::snprintf(buf, sizeof buf, kChart, chart_attrs.c_str(), series_attrs.c_str());
    return buf;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_series_takes_the_palette_look_it_names_as_the_theme_sets_it) {
    const std::string ini = "[series.3]\ncolor = #123456\ndash = 5 2\nmarker = none\n";
    // By position the only series takes look 1: the theme's look 3 is not drawn.
    BOOST_TEST(!dash_of(lay_out(chart("", ""), ini), "#123456"));
    const auto doc = lay_out(chart("", "style=\"3\""), ini);
    const auto dash = dash_of(doc, "#123456");
    BOOST_REQUIRE(dash.has_value());
    BOOST_TEST((*dash == std::vector<double>{5, 2}));
}

BOOST_AUTO_TEST_CASE(the_average_line_is_labelled_by_the_layout_or_the_theme) {
    BOOST_TEST(has_text(lay_out(chart("average-line=\"yes\"", ""), ""), "Average 65.5%"));
    BOOST_TEST(has_text(
        lay_out(chart("average-line=\"yes\"", ""), "[labels]\naverage-line = Mean {value}\n"),
        "Mean 65.5%"));
    BOOST_TEST(has_text(lay_out(chart("average-line=\"yes\" average-label=\"Centre {value}\"", ""),
                                "[labels]\naverage-line = Mean {value}\n"),
                        "Centre 65.5%"));
}
