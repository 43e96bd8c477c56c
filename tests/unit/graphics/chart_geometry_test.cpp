#include "graphics/chart_geometry.hpp"

#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace bp;
using namespace bp::graphics;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(chart_geometry_tests)

BOOST_AUTO_TEST_CASE(scale_maps_top_tick_to_plot_top_and_bottom_tick_to_plot_bottom) {
    const Rect box{50, 100, 500, 300};
    auto g = chart_geometry(test::victim_chart(), box, test::fake_style());
    BOOST_TEST_REQUIRE(g.y_ticks.size() >= 2u);
    BOOST_TEST(g.y_of(g.y_ticks.back()) == g.plot.y, tt::tolerance(1e-9));
    BOOST_TEST(g.y_of(g.y_ticks.front()) == g.plot.bottom(), tt::tolerance(1e-9));
    // Linear in between: 3,000 lies (3000 − lo)/(hi − lo) of the way up.
    double lo = g.y_ticks.front(), hi = g.y_ticks.back();
    BOOST_TEST(g.y_of(3000) == g.plot.bottom() - (3000 - lo) / (hi - lo) * g.plot.h,
               tt::tolerance(1e-9));
    // The data range is covered, and the line chart does not start at zero (2,790 is far from 0).
    BOOST_TEST(lo <= 2790);
    BOOST_TEST(hi >= 3960);
    BOOST_TEST(lo > 0);
}

BOOST_AUTO_TEST_CASE(a_line_chart_can_be_asked_to_start_at_zero) {
    auto spec = test::victim_chart();
    spec.y_from_zero = true;
    auto g = chart_geometry(spec, {50, 100, 500, 300}, test::fake_style());
    BOOST_TEST(g.y_ticks.front() == 0);
    BOOST_TEST(g.y_ticks.back() == 4000);
    BOOST_TEST(g.y_of(0) == g.plot.bottom(), tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(categories_fill_equal_slots_across_the_plot) {
    const Rect box{50, 100, 500, 300};
    auto g = chart_geometry(test::victim_chart(), box, test::fake_style());
    BOOST_TEST(g.slot == g.plot.w / 28, tt::tolerance(1e-9));
    BOOST_TEST(g.x_of(0) == g.plot.x + g.slot / 2, tt::tolerance(1e-9));
    BOOST_TEST(g.x_of(27) == g.plot.right() - g.slot / 2, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(tick_labels_are_right_aligned_left_of_the_plot) {
    const Rect box{50, 100, 500, 300};
    auto style = test::fake_style(); // labels 8.5 pt: 4.25 pt per character
    auto g = chart_geometry(test::victim_chart(), box, style);
    BOOST_TEST_REQUIRE(g.y_tick_labels.size() == g.y_ticks.size());
    double widest = 0;
    for (std::size_t i = 0; i < g.y_ticks.size(); ++i) {
        const auto& t = g.y_tick_labels[i];
        BOOST_TEST(t.origin.x + t.width == g.plot.x - 0.5 * style.labels.size, tt::tolerance(1e-9));
        // Caps centred on the gridline: baseline half a cap height below it.
        BOOST_TEST(t.origin.y == g.y_of(g.y_ticks[i]) + 0.35 * style.labels.size,
                   tt::tolerance(1e-9));
        widest = std::max(widest, t.width);
    }
    BOOST_TEST(g.plot.x == box.x + widest + 0.5 * style.labels.size, tt::tolerance(1e-9));
    BOOST_TEST(g.y_tick_labels.back().text == "4,000");
}

BOOST_AUTO_TEST_CASE(bars_start_at_zero_and_stand_on_the_base_line) {
    const Rect box{0, 0, 300, 200};
    auto spec = test::casualties_chart();
    auto g = chart_geometry(spec, box, test::fake_style());
    BOOST_TEST(g.y_ticks.front() == 0);
    BOOST_TEST(g.baseline == 0);
    BOOST_TEST(g.y_of(0) == g.plot.bottom(), tt::tolerance(1e-9));
    // May 2017/18 (25): from the base line up to its value, right of the 2016/17 bar.
    Rect a = g.bar(1, 0, 12), b = g.bar(1, 1, 25);
    BOOST_TEST(b.bottom() == g.plot.bottom(), tt::tolerance(1e-9));
    BOOST_TEST(b.y == g.y_of(25), tt::tolerance(1e-9));
    BOOST_TEST(b.x == a.right() + g.bar_gap, tt::tolerance(1e-9));
    // The group is centred on its category.
    BOOST_TEST((a.x + b.right()) / 2 == g.x_of(1), tt::tolerance(1e-9));
    BOOST_TEST(b.right() < g.x_of(2) - g.slot / 2); // a gap between groups
}

BOOST_AUTO_TEST_CASE(negative_bars_hang_from_zero) {
    ChartSpec spec;
    spec.kind = ChartKind::Bar;
    spec.categories = {"Urban", "Rural"};
    spec.series = {{"Change", {-12, 7}, {}}};
    auto g = chart_geometry(spec, {0, 0, 300, 200}, test::fake_style());
    BOOST_TEST(g.y_ticks.front() < 0);
    Rect down = g.bar(0, 0, -12);
    BOOST_TEST(down.y == g.y_of(0), tt::tolerance(1e-9));
    BOOST_TEST(down.bottom() == g.y_of(-12), tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(twenty_eight_months_in_a_narrow_box_never_collide) {
    const Rect box{20, 20, 220, 160};
    auto style = test::fake_style();
    auto g = chart_geometry(test::victim_chart(), box, style);
    BOOST_TEST_REQUIRE(g.x_labels.size() >= 2u);
    BOOST_TEST(g.x_labels.size() < 28u);
    BOOST_TEST(g.x_label_categories.front() == 0);
    BOOST_TEST(g.x_label_categories.back() == 27);
    for (std::size_t i = 0; i < g.x_labels.size(); ++i)
        for (std::size_t j = i + 1; j < g.x_labels.size(); ++j)
            BOOST_TEST(!test::overlaps(text_bounds(style.labels, g.x_labels[i]),
                                       text_bounds(style.labels, g.x_labels[j])));
}

BOOST_AUTO_TEST_CASE(a_small_box_drops_parts_instead_of_overflowing) {
    auto spec = test::victim_chart();
    auto style = test::fake_style();
    auto big = chart_geometry(spec, {0, 0, 500, 320}, style);
    BOOST_TEST(big.source.has_value());
    BOOST_TEST(big.subtitle.size() == 1u);
    BOOST_TEST(big.y_label.has_value());
    auto small = chart_geometry(spec, {0, 0, 500, 80}, style);
    BOOST_TEST(!small.source.has_value());
    BOOST_TEST(small.subtitle.empty());
    BOOST_TEST(small.y_ticks.size() <= big.y_ticks.size());
    BOOST_TEST(small.plot.y >= 0);
    BOOST_TEST(small.plot.bottom() <= 80);
    BOOST_TEST(small.title.size() == 1u);
    auto tiny = chart_geometry(spec, {0, 0, 30, 10}, style);
    BOOST_TEST(tiny.plot.h >= 0);
    BOOST_TEST(tiny.plot.w >= 0);
}

BOOST_AUTO_TEST_CASE(bands_cover_their_categories) {
    auto g = chart_geometry(test::victim_chart(), {0, 0, 500, 320}, test::fake_style());
    BOOST_TEST_REQUIRE(g.bands.size() == 2u);
    BOOST_TEST(g.bands[0].rect.x == g.x_of(3) - g.slot / 2, tt::tolerance(1e-9));
    BOOST_TEST(g.bands[0].rect.right() == g.x_of(14) + g.slot / 2, tt::tolerance(1e-9));
    BOOST_TEST(g.bands[1].rect.x == g.bands[0].rect.right(), tt::tolerance(1e-9));
    BOOST_TEST(g.bands[0].rect.bottom() == g.plot.bottom(), tt::tolerance(1e-9));
    BOOST_TEST_REQUIRE(g.bands[1].label.has_value());
    BOOST_TEST(g.bands[1].label->text == "12 months to Jun 17");
    BOOST_TEST(g.bands[1].label->origin.y < g.plot.y); // in the strip above the plot
}

BOOST_AUTO_TEST_CASE(legend_has_one_entry_per_series) {
    auto style = test::fake_style();
    auto g = chart_geometry(test::sector_chart(), {0, 0, 500, 300}, style);
    BOOST_TEST_REQUIRE(g.legend.size() == 3u);
    BOOST_TEST(g.legend[0].label.text == "Alcohol Related");
    BOOST_TEST(g.legend[2].series == 2);
    // Legend entries sit between the title and the plot, in one row at this width.
    BOOST_TEST(g.legend[0].label.origin.y == g.legend[2].label.origin.y);
    BOOST_TEST(g.legend[0].swatch.y > g.title.back().origin.y);
    BOOST_TEST(g.legend[0].label.origin.y < g.plot.y);
    // A single series has no legend unless asked for.
    auto single = chart_geometry(test::victim_chart(), {0, 0, 500, 300}, style);
    BOOST_TEST(single.legend.empty());
    style.legend_mode = LegendMode::Show;
    BOOST_TEST(chart_geometry(test::victim_chart(), {0, 0, 500, 300}, style).legend.size() == 1u);
}

BOOST_AUTO_TEST_CASE(legend_wraps_in_a_narrow_box) {
    auto style = test::fake_style();
    auto g = chart_geometry(test::sector_chart(), {0, 0, 160, 300}, style);
    BOOST_TEST_REQUIRE(g.legend.size() == 3u);
    BOOST_TEST(g.legend[2].label.origin.y > g.legend[0].label.origin.y);
    for (const auto& e : g.legend)
        BOOST_TEST(e.label.origin.x + e.label.width <= 160 + 1e-9);
}

BOOST_AUTO_TEST_CASE(value_labels_sit_above_their_bars) {
    auto spec = test::casualties_chart();
    auto style = test::fake_style();
    auto g = chart_geometry(spec, {0, 0, 300, 200}, style);
    BOOST_TEST_REQUIRE(g.value_labels.size() == 6u);
    for (const auto& v : g.value_labels) {
        double value = spec.series[v.series].values[v.category];
        Rect bar = g.bar(v.category, v.series, value);
        BOOST_TEST(v.text.origin.x + v.text.width / 2 == bar.x + bar.w / 2, tt::tolerance(1e-9));
        BOOST_TEST(v.text.origin.y < bar.y);
        BOOST_TEST(v.text.origin.y > bar.y - 2 * style.values.size);
    }
}

BOOST_AUTO_TEST_CASE(negative_bar_labels_get_room_below_the_lowest_bar) {
    ChartSpec spec;
    spec.kind = ChartKind::Bar;
    spec.categories = {"North", "South", "East", "West", "Darlington"};
    spec.series = {{"Change", {-12, 7, -3, 15, -20}, {}}};
    spec.value_labels = true;
    auto style = test::fake_style();
    auto g = chart_geometry(spec, {0, 0, 280, 190}, style);
    BOOST_TEST(g.y_ticks.front() < -20); // extended below the data for the label
    BOOST_TEST_REQUIRE(g.value_labels.size() == 5u);
    for (const auto& v : g.value_labels) {
        double value = spec.series[0].values[v.category];
        Rect bar = g.bar(v.category, 0, value);
        if (value < 0)
            BOOST_TEST(v.text.origin.y > bar.bottom()); // under the bar's end
        else
            BOOST_TEST(v.text.origin.y < bar.y);
        BOOST_TEST(v.text.origin.y + 0.2 * style.values.size <= g.plot.bottom() + 1e-9);
    }
}

BOOST_AUTO_TEST_CASE(invalid_specs_are_rejected) {
    auto spec = test::casualties_chart();
    spec.series[1].values.pop_back();
    BOOST_CHECK_THROW(chart_geometry(spec, {0, 0, 300, 200}, test::fake_style()),
                      std::invalid_argument);
    auto bands = test::victim_chart();
    bands.highlights.push_back({20, 40, "too far"});
    BOOST_CHECK_THROW(chart_geometry(bands, {0, 0, 300, 200}, test::fake_style()),
                      std::invalid_argument);
    ChartStyle no_fonts;
    BOOST_CHECK_THROW(chart_geometry(test::victim_chart(), {0, 0, 300, 200}, no_fonts),
                      std::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()
