// Axis control, shared scales, reference lines and bands, and bars from zero: the geometry and
// the items a chart lowers to.
#include "graphics/chart_geometry.hpp"

#include "graphics/ticks.hpp"
#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <stdexcept>

using namespace bp;
using namespace bp::graphics;
namespace tt = boost::test_tools;

namespace {

const Rect kBox{50, 100, 500, 300};

// The stroked paths drawn with `dash`.
std::vector<display::PathItem> dashed(const std::vector<display::Item>& items,
                                      const std::vector<double>& dash) {
    std::vector<display::PathItem> out;
    for (auto& p : test::paths(items))
        if (p.stroke && p.stroke->dash == dash) out.push_back(p);
    return out;
}

ChartSpec with_target(ChartSpec spec, std::vector<double> values, std::string label) {
    spec.references.push_back({ReferenceLine::Kind::Target, std::move(label), std::move(values)});
    return spec;
}

} // namespace

BOOST_AUTO_TEST_SUITE(reference_line_tests)

BOOST_AUTO_TEST_CASE(a_constant_target_is_one_dashed_segment_across_the_plot_at_its_value) {
    auto spec = with_target(test::victim_chart(), std::vector<double>(28, 3500), "Target 3,500");
    auto g = chart_geometry(spec, kBox, test::fake_style());
    std::vector<display::Item> items;
    draw_chart(items, spec, kBox, test::fake_style());
    auto lines = dashed(items, {6, 3});
    BOOST_TEST_REQUIRE(lines.size() == 1u);
    const auto& pts = lines[0].path.points();
    BOOST_TEST_REQUIRE(pts.size() == 2u);
    BOOST_TEST(pts[0].x == g.plot.x, tt::tolerance(1e-9));
    BOOST_TEST(pts[1].x == g.plot.right(), tt::tolerance(1e-9));
    BOOST_TEST(pts[0].y == g.y_of(3500), tt::tolerance(1e-9));
    BOOST_TEST(pts[1].y == g.y_of(3500), tt::tolerance(1e-9));
    // Labelled at its right end, just above the line, inside the plot.
    BOOST_TEST_REQUIRE(g.reference_labels.size() == 1u);
    const auto& label = g.reference_labels[0].text;
    BOOST_TEST(label.text == "Target 3,500");
    BOOST_TEST(label.origin.x + label.width <= g.plot.right());
    BOOST_TEST(label.origin.x + label.width > g.plot.right() - 5);
    BOOST_TEST(label.origin.y < g.y_of(3500));
    BOOST_TEST(label.origin.y > g.y_of(3500) - 5);
}

BOOST_AUTO_TEST_CASE(a_target_series_from_the_data_steps_at_slot_boundaries) {
    std::vector<double> target(28, 3000);
    for (int i = 12; i < 28; ++i)
        target[i] = 3600;
    target[5] = std::nan(""); // no target that month: a gap
    auto spec = with_target(test::victim_chart(), target, "Target");
    auto g = chart_geometry(spec, kBox, test::fake_style());
    std::vector<display::Item> items;
    draw_chart(items, spec, kBox, test::fake_style());
    auto lines = dashed(items, {6, 3});
    BOOST_TEST_REQUIRE(lines.size() == 1u);
    const auto& pts = lines[0].path.points();
    // 0..4 at 3000, gap, 6..11 at 3000, step up, 12..27 at 3600.
    BOOST_TEST_REQUIRE(pts.size() == 6u);
    BOOST_TEST(pts[1].x == g.plot.x + 5 * g.slot, tt::tolerance(1e-9));
    BOOST_TEST(pts[2].x == g.plot.x + 6 * g.slot, tt::tolerance(1e-9));
    BOOST_TEST(pts[3].x == g.plot.x + 12 * g.slot, tt::tolerance(1e-9));
    BOOST_TEST(pts[4].x == g.plot.x + 12 * g.slot, tt::tolerance(1e-9));
    BOOST_TEST(pts[4].y == g.y_of(3600), tt::tolerance(1e-9));
    BOOST_TEST(pts[3].y == g.y_of(3000), tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(a_reference_label_never_covers_a_value_label) {
    auto spec = test::casualties_chart(); // grouped bars with value labels
    const auto range = value_range(spec);
    BOOST_TEST_REQUIRE(range.has_value());
    const double last = spec.series.back().values.back();
    spec.references.push_back({ReferenceLine::Kind::Target, "Target level",
                               std::vector<double>(spec.categories.size(), last)});
    auto style = test::fake_style();
    auto g = chart_geometry(spec, kBox, style);
    BOOST_TEST_REQUIRE(!g.value_labels.empty());
    TextStyle values = style.values;
    values.size = g.value_label_size;
    for (const auto& r : g.reference_labels)
        for (const auto& v : g.value_labels)
            BOOST_TEST(
                !test::overlaps(text_bounds(style.labels, r.text), text_bounds(values, v.text)));
}

BOOST_AUTO_TEST_CASE(reference_values_count_in_the_scale) {
    auto spec = with_target(test::victim_chart(), std::vector<double>(28, 5000), "Target");
    auto g = chart_geometry(spec, kBox, test::fake_style());
    BOOST_TEST(g.y_ticks.back() >= 5000);
    BOOST_TEST(g.y_of(5000) >= g.plot.y - 1e-9);
}

BOOST_AUTO_TEST_CASE(a_tolerance_band_is_shaded_between_its_values_and_an_average_is_dotted) {
    auto spec = test::victim_chart();
    spec.highlights.clear();
    spec.reference_bands.push_back(
        {"Tolerance", std::vector<double>(28, 3200), std::vector<double>(28, 3400)});
    spec.references.push_back(
        {ReferenceLine::Kind::Average, "Average", std::vector<double>(28, 3300)});
    auto g = chart_geometry(spec, kBox, test::fake_style());
    std::vector<display::Item> items;
    draw_chart(items, spec, kBox, test::fake_style());
    bool band = false;
    for (const auto& p : test::paths(items))
        if (p.fill && !p.stroke && p.path.points().size() == 4) {
            Rect r = test::path_bounds(p);
            if (std::fabs(r.y - g.y_of(3400)) < 1e-9 &&
                std::fabs(r.bottom() - g.y_of(3200)) < 1e-9 && std::fabs(r.x - g.plot.x) < 1e-9 &&
                std::fabs(r.w - g.plot.w) < 1e-9)
                band = true;
        }
    BOOST_TEST(band);
    auto avg = dashed(items, {2, 2});
    BOOST_TEST_REQUIRE(avg.size() == 1u);
    BOOST_TEST(avg[0].path.points()[0].y == g.y_of(3300), tt::tolerance(1e-9));
    // Both labels placed, not overlapping.
    BOOST_TEST_REQUIRE(g.reference_labels.size() == 2u);
    auto style = test::fake_style();
    BOOST_TEST(!test::overlaps(text_bounds(style.labels, g.reference_labels[0].text),
                               text_bounds(style.labels, g.reference_labels[1].text)));
}

BOOST_AUTO_TEST_CASE(fixed_ends_are_the_first_and_last_ticks_with_round_ticks_between) {
    auto spec = test::victim_chart();
    spec.y_min = 2500;
    spec.y_max = 4300;
    auto g = chart_geometry(spec, kBox, test::fake_style());
    BOOST_TEST(g.y_ticks.front() == 2500);
    BOOST_TEST(g.y_ticks.back() == 4300);
    BOOST_TEST(g.y_of(2500) == g.plot.bottom(), tt::tolerance(1e-9));
    BOOST_TEST(g.y_of(4300) == g.plot.y, tt::tolerance(1e-9));
    for (std::size_t i = 1; i + 1 < g.y_ticks.size(); ++i)
        BOOST_TEST(std::fmod(g.y_ticks[i], 100.0) == 0.0);
    // A line chart can start at zero too, and y-min wins over the fitted range.
    spec.y_min.reset();
    spec.y_from_zero = true;
    BOOST_TEST(chart_geometry(spec, kBox, test::fake_style()).y_ticks.front() == 0);
}

BOOST_AUTO_TEST_CASE(pinned_ends_keep_one_step_to_the_end) {
    // 2.5–9.5 by 1s (denser than the six ticks given, but every step the same), never
    // 2.5, 4, 6, 8, 9.5.
    auto t = pin_scale_ends({0, 2, 4, 6, 8, 10}, 2.5, 9.5);
    BOOST_TEST(t == (std::vector<double>{2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5}),
               tt::per_element());
    // 3.5–10: no round step divides 6.5 within the room, so only the ends are ticks.
    auto u = pin_scale_ends({0, 2, 4, 6, 8, 10}, 3.5, std::nullopt);
    BOOST_TEST(u == (std::vector<double>{3.5, 10}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(fixed_ends_that_cut_off_a_value_are_refused) {
    auto spec = test::victim_chart();
    spec.y_min = 3000; // the data start at 2,790
    BOOST_CHECK_THROW(chart_geometry(spec, kBox, test::fake_style()), std::invalid_argument);
    spec.y_min.reset();
    spec.y_max = 3900; // the data end at 3,960
    BOOST_CHECK_THROW(validate(spec), std::invalid_argument);
    spec.y_max = 5000;
    spec.y_min = 5000;
    BOOST_CHECK_THROW(validate(spec), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(charts_of_one_scale_group_share_their_ticks) {
    // Two districts with very different ranges: each fitted alone they differ.
    auto a = test::victim_chart(), b = test::victim_chart();
    a.highlights.clear(), b.highlights.clear();
    for (auto& v : b.series[0].values)
        v = v / 3 + 400;
    auto ga = chart_geometry(a, kBox, test::fake_style());
    auto gb = chart_geometry(b, kBox, test::fake_style());
    BOOST_TEST(ga.y_ticks != gb.y_ticks);
    // On one shared range (what the layout gives every chart of a group) they are equal.
    auto ra = value_range(a), rb = value_range(b);
    BOOST_TEST_REQUIRE((ra && rb));
    std::pair<double, double> shared{std::min(ra->first, rb->first),
                                     std::max(ra->second, rb->second)};
    a.shared_range = b.shared_range = shared;
    ga = chart_geometry(a, kBox, test::fake_style());
    gb = chart_geometry(b, kBox, test::fake_style());
    BOOST_TEST(ga.y_ticks == gb.y_ticks, tt::per_element());
    BOOST_TEST(ga.y_ticks.front() <= shared.first);
    BOOST_TEST(ga.y_ticks.back() >= shared.second);
    BOOST_TEST(ga.y_of(3000) == gb.y_of(3000), tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(bars_start_at_zero_and_a_scale_without_zero_gets_a_break_mark) {
    auto spec = test::casualties_chart();
    auto g = chart_geometry(spec, kBox, test::fake_style());
    BOOST_TEST(g.baseline == 0);
    BOOST_TEST(!g.axis_break);
    for (int c = 0; c < 3; ++c)
        for (int s = 0; s < 2; ++s) {
            double v = spec.series[s].values[c];
            BOOST_TEST(g.bar(c, s, v).bottom() == g.y_of(0), tt::tolerance(1e-9));
        }
    // A fixed start above zero: bars grow from it, and the base line shows a break.
    auto lo = value_range(spec)->first;
    spec.y_min = std::floor(lo / 2);
    spec.value_labels = false;
    g = chart_geometry(spec, kBox, test::fake_style());
    BOOST_TEST(g.axis_break);
    std::vector<display::Item> items;
    draw_chart(items, spec, kBox, test::fake_style());
    int white = 0;
    for (const auto& p : test::paths(items))
        if (p.fill && *p.fill == rgb(0xffffff)) ++white;
    BOOST_TEST(white == 1);
}

BOOST_AUTO_TEST_CASE(value_labels_of_thirty_categories_never_collide) {
    ChartSpec spec;
    spec.kind = ChartKind::Bar;
    spec.value_labels = true;
    Series s{"Incidents", {}, {}};
    for (int i = 0; i < 30; ++i) {
        spec.categories.push_back("Area " + std::to_string(i + 1));
        s.values.push_back(10 + 8 * ((i * 7) % 11)); // 10 … 90
    }
    spec.series = {s};
    auto style = test::fake_style();
    const Rect wide{20, 40, 800, 300};
    auto g = chart_geometry(spec, wide, style);
    BOOST_TEST(g.value_labels.size() == 30u);
    TextStyle values = style.values;
    values.size = g.value_label_size;
    std::vector<Rect> boxes;
    for (const auto& v : g.value_labels)
        boxes.push_back(text_bounds(values, v.text));
    for (const auto& x : g.x_labels)
        boxes.push_back(text_bounds(style.labels, x));
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        BOOST_TEST(test::contains(wide, boxes[i]));
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            BOOST_TEST(!test::overlaps(boxes[i], boxes[j]), "labels " << i << " and " << j);
    }
}

BOOST_AUTO_TEST_CASE(the_alt_text_states_the_scale_the_target_and_the_last_value) {
    auto spec = with_target(test::victim_chart(), std::vector<double>(28, 3500), "Target 3,500");
    spec.y_min = 2000;
    spec.y_max = 4500;
    const std::string alt =
        chart_alt_text(spec, chart_geometry(spec, {0, 0, 420, 240}, test::real_style()));
    BOOST_TEST(alt.find("; scale 2,000 to 4,500; 3,960 in Jul 2017, up from 2,790 in Apr 2015; "
                        "Target 3,500;") != std::string::npos,
               alt);
}

BOOST_AUTO_TEST_SUITE_END()
