// The charts of the visual cases, the reference report and the council example, laid out as
// the report lays them out: no label is drawn over another label or over the data.
#include "../graphics/label_check.hpp"

#include "compute/figures.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"
#include "layout/data_blocks.hpp"
#include "layout/paginate.hpp"
#include "layout/scale_groups.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

using namespace bp;

namespace {

const std::string kRoot = BOARDPACK_SOURCE_DIR;

// Lays out every chart of the layout at `path` at its width and height; returns how many.
int check_charts(const std::string& path) {
    auto loaded = input::read_report(path);
    const model::Theme theme = input::read_theme(loaded.report.theme_path);
    compute::Figures figures(*loaded.data);
    text::FontBook book({BOARDPACK_FONT_DIR}, false);
    display::Document doc;
    layout::StyleFonts fonts(book, doc);
    layout::BuildContext ctx{loaded.report, theme, fonts, &figures};
    const layout::ScaleRanges scales = layout::shared_scales(loaded.report, ctx);
    ctx.scales = &scales;
    int charts = 0;
    for (const auto& section : loaded.report.sections) {
        const model::Template* tmpl = nullptr;
        for (const auto& t : loaded.report.templates)
            if (t.id == section.template_id || (!tmpl && section.template_id.empty())) tmpl = &t;
        if (!tmpl && !loaded.report.templates.empty()) tmpl = &loaded.report.templates.front();
        const double width = tmpl ? layout::body_frame(*tmpl).w : 700;
        for (const auto& block : section.blocks) {
            const auto* chart = std::get_if<model::Chart>(&block.content);
            if (!chart) continue;
            graphics::ChartSpec spec = layout::chart_spec(block, *chart, ctx);
            if (auto it = scales.find(chart->scale); it != scales.end())
                spec.shared_range = it->second;
            const auto style = layout::chart_style(ctx);
            // Fill charts at a few heights: whatever room their page leaves them.
            for (double h : chart->fill ? std::vector<double>{120, 180, 260}
                                        : std::vector<double>{chart->height}) {
                const auto g = graphics::chart_geometry(spec, Rect{0, 0, width, h}, *style);
                for (const auto& fault : graphics::test::label_faults(spec, g, *style))
                    BOOST_ERROR(path << ": chart \"" << spec.title << "\" at " << h
                                     << " pt: " << fault);
            }
            ++charts;
        }
    }
    return charts;
}

} // namespace

BOOST_AUTO_TEST_SUITE(chart_labels_tests)

BOOST_AUTO_TEST_CASE(the_visual_cases_draw_no_label_over_another_or_the_data) {
    int charts = 0;
    for (const char* name :
         {"line-chart", "sector-chart", "grouped-bars", "reference-lines", "bars-off-zero",
          "shared-scale", "category-bars", "hbar-references", "reference-labels"})
        charts += check_charts(kRoot + "/tests/visual/cases/" + name + ".xml");
    BOOST_TEST(charts >= 20);
}

BOOST_AUTO_TEST_CASE(the_example_reports_draw_no_label_over_another_or_the_data) {
    BOOST_TEST(check_charts(kRoot + "/layouts/pcc-quarterly.xml") > 10);
    BOOST_TEST(check_charts(kRoot + "/layouts/council-scorecard.xml") > 3);
}

BOOST_AUTO_TEST_SUITE_END()
