#include "graphics/chart.hpp"

#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace bp;
using namespace bp::graphics;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(chart_items)

namespace {

std::vector<display::Item> draw(const ChartSpec& spec, Rect box, const ChartStyle& style) {
    std::vector<display::Item> out;
    draw_chart(out, spec, box, style);
    return out;
}

const text::FontMetrics& metrics_for(const ChartStyle& style, const display::TextRun& run) {
    return run.font == style.title.font ? *style.title.metrics : *style.labels.metrics;
}

// Every item inside the box and no two texts overlapping.
void check_clean(const ChartSpec& spec, Rect box, const ChartStyle& style) {
    auto items = draw(spec, box, style);
    auto runs = test::text_runs(items);
    for (const auto& r : runs) {
        Rect rb = test::run_box(r, metrics_for(style, r));
        BOOST_TEST(test::contains(box, rb), "text \"" << r.text << "\" leaves the box");
    }
    for (std::size_t i = 0; i < runs.size(); ++i)
        for (std::size_t j = i + 1; j < runs.size(); ++j)
            BOOST_TEST(!test::overlaps(test::run_box(runs[i], metrics_for(style, runs[i])),
                                       test::run_box(runs[j], metrics_for(style, runs[j]))),
                       "\"" << runs[i].text << "\" overlaps \"" << runs[j].text << "\"");
    for (const auto& p : test::paths(items)) {
        Rect b = test::path_bounds(p);
        BOOST_TEST(test::contains(box, b, 1e-6),
                   "path " << b.x << "," << b.y << " " << b.w << "x" << b.h << " leaves the box");
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(chart_is_one_figure_with_computed_alt_text) {
    auto spec = test::victim_chart();
    auto items = draw(spec, {0, 0, 500, 300}, test::fake_style());
    const auto* begin = std::get_if<display::StructBegin>(&items.front());
    BOOST_REQUIRE(begin != nullptr);
    BOOST_TEST((begin->kind == display::StructKind::Figure));
    BOOST_TEST(begin->alt ==
               chart_alt_text(spec, chart_geometry(spec, {0, 0, 500, 300}, test::fake_style())));
    BOOST_TEST(std::holds_alternative<display::StructEnd>(items.back()));
    int depth = 0;
    for (const auto& item : items) {
        depth += std::holds_alternative<display::StructBegin>(item);
        depth -= std::holds_alternative<display::StructEnd>(item);
        BOOST_TEST(depth >= 0);
    }
    BOOST_TEST(depth == 0);
}

BOOST_AUTO_TEST_CASE(line_passes_through_each_data_point) {
    auto spec = test::victim_chart();
    auto style = test::fake_style();
    const Rect box{40, 60, 500, 300};
    auto g = chart_geometry(spec, box, style);
    auto items = draw(spec, box, style);
    const display::PathItem* line = nullptr;
    for (const auto& item : items)
        if (const auto* p = std::get_if<display::PathItem>(&item);
            p && p->stroke && p->stroke->color == style.palette[0].line &&
            p->path.points().size() == 28)
            line = p;
    BOOST_REQUIRE(line != nullptr);
    for (int i = 0; i < 28; ++i) {
        BOOST_TEST(line->path.points()[i].x == g.x_of(i), tt::tolerance(1e-9));
        BOOST_TEST(line->path.points()[i].y == g.y_of(spec.series[0].values[i]),
                   tt::tolerance(1e-9));
    }
    // The last point (3,960) lies between the top two gridlines, 2,790 above the lowest tick.
    BOOST_TEST(line->path.points()[27].y > g.plot.y);
    BOOST_TEST(line->path.points()[0].y < g.plot.bottom());
}

BOOST_AUTO_TEST_CASE(missing_values_break_the_line) {
    auto spec = test::sector_chart(); // Drugs Related has no value in month 5
    auto style = test::fake_style();
    auto items = draw(spec, {0, 0, 500, 300}, style);
    int moves = -1;
    for (const auto& p : test::paths(items))
        if (p.stroke && p.stroke->color == style.palette[1].line && p.path.points().size() == 23) {
            moves = 0;
            for (auto op : p.path.ops())
                moves += op == display::Path::Op::Move;
        }
    BOOST_TEST(moves == 2);
}

BOOST_AUTO_TEST_CASE(series_differ_in_dash_as_well_as_colour) {
    auto spec = test::sector_chart();
    auto style = test::fake_style();
    auto items = draw(spec, {0, 0, 500, 300}, style);
    std::vector<std::vector<double>> dashes;
    for (const auto& p : test::paths(items))
        for (int k = 0; k < 3; ++k)
            if (p.stroke && p.stroke->color == style.palette[k].line &&
                p.path.points().size() >= 23 && p.stroke->width == style.line_width)
                dashes.push_back(p.stroke->dash); // the lines, not the round dots of markers
    BOOST_TEST_REQUIRE(dashes.size() == 3u);
    BOOST_TEST(dashes[0] != dashes[1]);
    BOOST_TEST(dashes[1] != dashes[2]);
    BOOST_TEST(dashes[0] != dashes[2]);
    // Whole-point dashes, as the PDF writer draws them.
    for (const auto& d : dashes)
        for (double v : d)
            BOOST_TEST(v == std::round(v));
}

BOOST_AUTO_TEST_CASE(circle_markers_are_round_dots_at_every_point_of_their_series) {
    auto spec = test::sector_chart();
    auto style = test::fake_style();
    auto items = draw(spec, {0, 0, 500, 300}, style);
    int dot_items = 0, legend_dots = 0;
    for (const auto& p : test::paths(items)) {
        if (!p.stroke || p.stroke->width != style.marker_size) continue;
        if (p.path.points().size() == 2) { // the legend's sample of the series
            ++legend_dots;
            continue;
        }
        ++dot_items;
        BOOST_TEST(!p.fill.has_value());
        BOOST_TEST((p.stroke->cap == display::Stroke::Cap::Round));
        BOOST_TEST((p.stroke->color == style.palette[0].line)); // the first series has circles
        // One zero-length segment per month: move and line to the same point.
        BOOST_TEST(p.path.points().size() == 2 * spec.categories.size());
        for (std::size_t i = 0; i + 1 < p.path.points().size(); i += 2) {
            BOOST_TEST(p.path.points()[i].x == p.path.points()[i + 1].x);
            BOOST_TEST(p.path.points()[i].y == p.path.points()[i + 1].y);
        }
    }
    BOOST_TEST(dot_items == 1);
    BOOST_TEST(legend_dots == 1);
}

BOOST_AUTO_TEST_CASE(markers_go_on_every_value_or_only_on_isolated_ones) {
    const double nan = std::nan("");
    ChartSpec spec;
    spec.title = "Gaps";
    spec.categories = {"a", "b", "c", "d", "e", "f", "g"};
    spec.series = {{"", {1, 2, nan, 4, nan, 6, 7}, {}}}; // 4 has no neighbour
    auto style = test::fake_style();
    auto dots = [&](Rect box) {
        std::vector<display::PathItem> out;
        for (const auto& p : test::paths(draw(spec, box, style)))
            if (p.stroke && p.stroke->width == style.marker_size) out.push_back(p);
        return out;
    };
    const Rect wide{0, 0, 500, 300}; // slots wide enough for markers at every value
    BOOST_TEST_REQUIRE(chart_geometry(spec, wide, style).markers);
    auto every = dots(wide);
    BOOST_TEST_REQUIRE(every.size() == 1u);
    BOOST_TEST(every[0].path.points().size() == 2 * 5u);
    // Without gaps the markers sit exactly on the line's points.
    spec.series[0].values = {1, 2, 3, 4, 5, 6, 7};
    auto g = chart_geometry(spec, wide, style);
    auto all = dots(wide);
    BOOST_TEST_REQUIRE(all.size() == 1u);
    BOOST_TEST_REQUIRE(all[0].path.points().size() == 2 * 7u);
    for (int i = 0; i < 7; ++i) {
        BOOST_TEST(all[0].path.points()[2 * i].x == g.x_of(i));
        BOOST_TEST(all[0].path.points()[2 * i].y == g.y_of(i + 1.0));
    }
    // Too narrow for markers: only the isolated value gets one.
    spec.series[0].values = {1, 2, nan, 4, nan, 6, 7};
    const Rect narrow{0, 0, 50, 300};
    g = chart_geometry(spec, narrow, style);
    BOOST_TEST_REQUIRE(!g.markers);
    auto isolated = dots(narrow);
    BOOST_TEST_REQUIRE(isolated.size() == 1u);
    BOOST_TEST_REQUIRE(isolated[0].path.points().size() == 2u);
    BOOST_TEST(isolated[0].path.points()[0].x == g.x_of(3));
}

BOOST_AUTO_TEST_CASE(grouped_bars_one_per_category_and_series) {
    auto spec = test::casualties_chart();
    auto style = test::fake_style();
    const Rect box{0, 0, 300, 200};
    auto g = chart_geometry(spec, box, style);
    auto items = draw(spec, box, style);
    int bars = 0;
    for (const auto& p : test::paths(items))
        if (p.fill && !p.stroke && test::contains(g.plot, test::path_bounds(p), 1e-9)) ++bars;
    BOOST_TEST(bars == 3 * 2);
    // The legend: one swatch and one name per series.
    auto runs = test::text_runs(items);
    int names = 0;
    for (const auto& r : runs)
        names += r.text == "2016/17" || r.text == "2017/18";
    BOOST_TEST(names == 2);
}

BOOST_AUTO_TEST_CASE(legend_entries_match_series_in_the_drawing) {
    auto spec = test::sector_chart();
    auto items = draw(spec, {0, 0, 500, 300}, test::fake_style());
    for (const auto& s : spec.series) {
        int found = 0;
        for (const auto& r : test::text_runs(items))
            found += r.text == s.name;
        BOOST_TEST(found == 1);
    }
}

BOOST_AUTO_TEST_CASE(everything_stays_inside_the_box_with_real_fonts) {
    auto style = test::real_style();
    for (Rect box : {Rect{30, 40, 520, 320}, Rect{10, 10, 260, 200}, Rect{0, 0, 180, 120},
                     Rect{5, 5, 120, 70}}) {
        BOOST_TEST_CONTEXT("box " << box.w << "x" << box.h) {
            check_clean(test::victim_chart(), box, style);
            check_clean(test::sector_chart(), box, style);
            check_clean(test::casualties_chart(), box, style);
            auto bars = test::victim_chart();
            bars.kind = ChartKind::Bar;
            bars.value_labels = true;
            check_clean(bars, box, style);
        }
    }
}

BOOST_AUTO_TEST_CASE(line_value_labels_stay_clear) {
    auto spec = test::sector_chart();
    spec.value_labels = true;
    auto style = test::real_style();
    auto g = chart_geometry(spec, {0, 0, 500, 300}, style);
    BOOST_TEST(g.value_labels.size() >= 3u); // at least the latest value of each series
    check_clean(spec, {0, 0, 500, 300}, style);
    ChartSpec quarters;
    quarters.title = "Public satisfaction";
    quarters.categories = {"Q1", "Q2", "Q3", "Q4"};
    quarters.decimals = 1;
    quarters.unit = std::string(1, '%');
    quarters.series = {{"Satisfied", {84.1, 85.3, 83.9, 86.2}, {}}};
    quarters.value_labels = true;
    auto q = chart_geometry(quarters, {0, 0, 300, 180}, style);
    BOOST_TEST(q.value_labels.size() == 4u); // few points: every one labelled
    check_clean(quarters, {0, 0, 300, 180}, style);
}

BOOST_AUTO_TEST_CASE(same_input_same_items) {
    auto style = test::real_style();
    display::Document a, b;
    a.pages.push_back({{600, 400}, draw(test::sector_chart(), {10, 10, 500, 300}, style)});
    b.pages.push_back({{600, 400}, draw(test::sector_chart(), {10, 10, 500, 300}, style)});
    BOOST_TEST(display::dump(a) == display::dump(b));
}

BOOST_AUTO_TEST_SUITE_END()
