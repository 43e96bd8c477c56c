// Category charts: vertical and horizontal bars from zero, stacked segments and totals, value
// labels that never collide, categories in the order given, and the alt text's values.
#include "graphics/chart_geometry.hpp"

#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

using namespace bp;
using namespace bp::graphics;
namespace tt = boost::test_tools;

namespace {

const Rect kBox{40, 60, 520, 320};

// Three wards, two quarters: grouped bars of a count.
ChartSpec wards() {
    ChartSpec spec;
    spec.kind = ChartKind::Bar;
    spec.categorical = true;
    spec.title = "Fly-tipping by ward";
    spec.categories = {"North Ward", "Central Ward", "South Ward"};
    spec.series = {{"Q2 2023/24", {125, 258, 90}, {}}, {"Q2 2024/25", {102, 234, 97}, {}}};
    spec.value_labels = true;
    return spec;
}

// The boxes of every value label and category label of `g`.
std::vector<Rect> label_boxes(const ChartGeometry& g, const ChartStyle& style) {
    TextStyle values = style.values;
    values.size = g.value_label_size;
    std::vector<Rect> boxes;
    for (const auto& v : g.value_labels)
        boxes.push_back(text_bounds(values, v.text));
    for (const auto& x : g.x_labels)
        boxes.push_back(text_bounds(style.labels, x));
    for (const auto& y : g.y_tick_labels)
        boxes.push_back(text_bounds(style.labels, y));
    return boxes;
}

void check_no_collisions(const std::vector<Rect>& boxes, const Rect& box) {
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        BOOST_TEST(test::contains(box, boxes[i]), "label " << i << " leaves the box");
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            BOOST_TEST(!test::overlaps(boxes[i], boxes[j]), "labels " << i << " and " << j);
    }
}

ChartSpec thirty(bool horizontal, bool stacked) {
    ChartSpec spec;
    spec.kind = ChartKind::Bar;
    spec.categorical = true;
    spec.horizontal = horizontal;
    spec.stacked = stacked;
    spec.value_labels = true;
    Series a{"A", {}, {}}, b{"B", {}, {}};
    for (int i = 0; i < 30; ++i) {
        spec.categories.push_back("Neighbourhood area " + std::to_string(i + 1));
        a.values.push_back(10 + 8 * ((i * 7) % 11));
        b.values.push_back(5 + 3 * ((i * 5) % 7));
    }
    spec.series = {a};
    if (stacked) spec.series.push_back(b);
    return spec;
}

} // namespace

BOOST_AUTO_TEST_SUITE(category_chart_tests)

BOOST_AUTO_TEST_CASE(vertical_category_bars_start_at_zero_in_the_order_given) {
    const auto spec = wards();
    const auto g = chart_geometry(spec, kBox, test::fake_style());
    BOOST_TEST(g.y_ticks.front() == 0);
    BOOST_TEST(g.baseline == 0);
    BOOST_TEST(!g.axis_break);
    for (int c = 0; c < 3; ++c)
        for (int s = 0; s < 2; ++s) {
            const Rect r = g.bar(c, s, spec.series[s].values[c]);
            BOOST_TEST(r.bottom() == g.y_of(0), tt::tolerance(1e-9));
            BOOST_TEST(r.y == g.y_of(spec.series[s].values[c]), tt::tolerance(1e-9));
            // Inside its category's slot, series side by side.
            BOOST_TEST(r.x >= g.plot.x + c * g.slot);
            BOOST_TEST(r.right() <= g.plot.x + (c + 1) * g.slot);
        }
    BOOST_TEST(g.bar(1, 0, 258).right() < g.bar(1, 1, 234).x);
    BOOST_TEST_REQUIRE(g.x_labels.size() == 3u);
    BOOST_TEST(g.x_labels[0].text == "North Ward");
    BOOST_TEST(g.x_labels[1].text == "Central Ward");
    BOOST_TEST(g.x_labels[2].text == "South Ward");
    BOOST_TEST(g.x_labels[0].origin.x < g.x_labels[1].origin.x);
    BOOST_TEST(g.x_labels[1].origin.x < g.x_labels[2].origin.x);
    BOOST_TEST(g.value_labels.size() == 6u);
}

BOOST_AUTO_TEST_CASE(horizontal_bars_grow_right_from_zero_with_the_names_left_of_the_plot) {
    auto spec = wards();
    spec.horizontal = true;
    const auto style = test::fake_style();
    const auto g = chart_geometry(spec, kBox, style);
    BOOST_TEST(g.horizontal);
    BOOST_TEST(g.y_ticks.front() == 0);
    BOOST_TEST(g.value_x(0) == g.plot.x, tt::tolerance(1e-9));
    BOOST_TEST(g.value_x(g.y_ticks.back()) == g.plot.right(), tt::tolerance(1e-9));
    for (int c = 0; c < 3; ++c)
        for (int s = 0; s < 2; ++s) {
            const double v = spec.series[s].values[c];
            const Rect r = g.bar(c, s, v);
            BOOST_TEST(r.x == g.plot.x, tt::tolerance(1e-9));
            BOOST_TEST(r.right() == g.value_x(v), tt::tolerance(1e-9));
            BOOST_TEST(r.y >= g.plot.y + c * g.slot);
            BOOST_TEST(r.bottom() <= g.plot.y + (c + 1) * g.slot);
        }
    // 258 is drawn 258/234 as long as 234.
    BOOST_TEST(g.bar(1, 0, 258).w / g.bar(1, 1, 234).w == 258.0 / 234.0, tt::tolerance(1e-9));
    // Names right-aligned left of the plot, top to bottom in the order given.
    BOOST_TEST_REQUIRE(g.x_labels.size() == 3u);
    BOOST_TEST(g.x_labels[0].text == "North Ward");
    BOOST_TEST(g.x_labels[2].text == "South Ward");
    for (const auto& x : g.x_labels)
        BOOST_TEST(x.origin.x + x.width < g.plot.x);
    BOOST_TEST(g.x_labels[0].origin.y < g.x_labels[1].origin.y);
    BOOST_TEST(g.x_labels[1].origin.y < g.x_labels[2].origin.y);
    // Value labels right of their bars' ends.
    BOOST_TEST_REQUIRE(g.value_labels.size() == 6u);
    for (const auto& v : g.value_labels)
        BOOST_TEST(v.text.origin.x >=
                   g.bar(v.category, v.series, spec.series[v.series].values[v.category]).right());
    check_no_collisions(label_boxes(g, style), kBox);
    // The drawn bars are the geometry's.
    std::vector<display::Item> items;
    draw_chart(items, spec, kBox, style);
    int bars = 0;
    for (const auto& p : test::paths(items))
        if (p.fill && !p.stroke && p.path.points().size() >= 4) {
            const Rect b = test::path_bounds(p);
            if (std::fabs(b.x - g.plot.x) < 1e-6 && std::fabs(b.h - g.bar_width) < 1e-6) ++bars;
        }
    BOOST_TEST(bars == 6);
}

BOOST_AUTO_TEST_CASE(stacked_segments_sit_on_each_other_and_the_labels_give_the_totals) {
    auto spec = wards();
    spec.stacked = true;
    const auto g = chart_geometry(spec, kBox, test::fake_style());
    const Stacks st = stacks_of(spec);
    BOOST_TEST(st.total[0] == 227);
    BOOST_TEST(st.total[1] == 492);
    BOOST_TEST(st.total[2] == 187);
    // The scale covers the tallest stack, not the tallest value.
    BOOST_TEST(g.y_ticks.back() >= 492);
    for (int c = 0; c < 3; ++c) {
        const Rect lower = g.bar_between(c, 0, 0, spec.series[0].values[c]);
        const Rect upper =
            g.bar_between(c, 1, st.starts[1][c], st.starts[1][c] + spec.series[1].values[c]);
        BOOST_TEST(lower.bottom() == g.y_of(0), tt::tolerance(1e-9));
        BOOST_TEST(upper.bottom() == lower.y, tt::tolerance(1e-9));
        BOOST_TEST(upper.y == g.y_of(st.total[c]), tt::tolerance(1e-9));
        BOOST_TEST(upper.x == lower.x, tt::tolerance(1e-9));
        BOOST_TEST(upper.w == lower.w, tt::tolerance(1e-9));
    }
    BOOST_TEST_REQUIRE(g.value_labels.size() == 3u);
    BOOST_TEST(g.value_labels[0].text.text == "227");
    BOOST_TEST(g.value_labels[1].text.text == "492");
    BOOST_TEST(g.value_labels[2].text.text == "187");
    BOOST_TEST(g.value_labels[1].series == -1);
    BOOST_TEST(g.value_labels[1].text.origin.y < g.y_of(492));
}

BOOST_AUTO_TEST_CASE(negative_values_stack_down_from_zero) {
    ChartSpec spec = wards();
    spec.stacked = true;
    spec.series[1].values = {-20, 30, -10};
    const Stacks st = stacks_of(spec);
    BOOST_TEST(st.top[0] == 125);
    BOOST_TEST(st.bottom[0] == -20);
    BOOST_TEST(st.starts[1][0] == 0);
    BOOST_TEST(st.starts[1][1] == 258);
    BOOST_TEST(st.total[0] == 105);
    const auto range = value_range(spec);
    BOOST_TEST(range->first == -20);
    BOOST_TEST(range->second == 288);
}

BOOST_AUTO_TEST_CASE(value_labels_of_thirty_categories_never_collide_in_any_orientation) {
    const auto style = test::fake_style();
    for (bool horizontal : {false, true})
        for (bool stacked : {false, true}) {
            const auto spec = thirty(horizontal, stacked);
            const Rect box{20, 40, 800, horizontal ? 700.0 : 300.0};
            const auto g = chart_geometry(spec, box, style);
            BOOST_TEST(g.value_labels.size() > 0u, "h=" << horizontal << " s=" << stacked);
            if (horizontal) BOOST_TEST(g.value_labels.size() == 30u);
            check_no_collisions(label_boxes(g, style), box);
        }
}

BOOST_AUTO_TEST_CASE(long_names_on_horizontal_bars_wrap_within_their_share_of_the_width) {
    ChartSpec spec = wards();
    spec.horizontal = true;
    spec.categories = {"Homelessness prevented within 56 days of first contact",
                       "Average days to decide a planning application", "Missed bins"};
    const auto style = test::fake_style();
    const auto g = chart_geometry(spec, kBox, style);
    for (const auto& x : g.x_labels) {
        BOOST_TEST(x.origin.x >= kBox.x - 1e-9);
        BOOST_TEST(x.origin.x + x.width <= g.plot.x);
    }
    BOOST_TEST(g.plot.x - kBox.x <= 0.4 * kBox.w + 10);
    BOOST_TEST(g.x_labels.size() > 3u); // the long names take two lines
    check_no_collisions(label_boxes(g, style), kBox);
}

BOOST_AUTO_TEST_CASE(the_alt_text_lists_the_categories_the_scale_and_every_value) {
    auto spec = wards();
    auto alt = [&] { return chart_alt_text(spec, chart_geometry(spec, kBox, test::real_style())); };
    const auto g = chart_geometry(spec, kBox, test::real_style());
    BOOST_TEST(alt() == "Grouped bar chart: Fly-tipping by ward, 3 categories: North Ward, Central "
                        "Ward and South Ward; scale 0 to " +
                            g.y_tick_labels.back().text +
                            "; Q2 2023/24: North Ward 125, Central Ward 258 and South Ward 90; Q2 "
                            "2024/25: North Ward 102, Central Ward 234 and South Ward 97.");
    spec.horizontal = true;
    spec.stacked = true;
    BOOST_TEST(alt().find("Stacked horizontal bar chart: ") == 0u);
    BOOST_TEST(alt().find("; totals: North Ward 227, Central Ward 492 and South Ward 187.") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(horizontal_bars_refuse_highlights_and_lines_refuse_stacking) {
    auto spec = wards();
    spec.horizontal = true;
    spec.highlights.push_back({0, 0, "First"});
    BOOST_CHECK_THROW(validate(spec), std::invalid_argument);
    auto line = wards();
    line.kind = ChartKind::Line;
    line.stacked = true;
    BOOST_CHECK_THROW(validate(line), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(on_horizontal_bars_a_target_runs_down_the_plot_labelled_above_it) {
    auto spec = wards();
    spec.horizontal = true;
    spec.references.push_back({ReferenceLine::Kind::Target, "Target 150", {150, 150, 150}});
    spec.reference_bands.push_back({"Expected", {80, 80, 80}, {120, 120, 120}});
    BOOST_REQUIRE_NO_THROW(validate(spec));
    const auto g = chart_geometry(spec, kBox, test::fake_style());
    std::vector<display::Item> items;
    draw_chart(items, spec, kBox, test::fake_style());
    int lines = 0;
    for (const auto& p : test::paths(items))
        if (p.stroke && p.stroke->dash == std::vector<double>{6, 3}) {
            ++lines; // one segment at x of 150, from the top of the plot to its bottom
            const auto& pts = p.path.points();
            BOOST_TEST_REQUIRE(pts.size() == 2u);
            BOOST_TEST(pts[0].x == g.value_x(150), tt::tolerance(1e-9));
            BOOST_TEST(pts[1].x == g.value_x(150), tt::tolerance(1e-9));
            BOOST_TEST(pts[0].y == g.plot.y, tt::tolerance(1e-9));
            BOOST_TEST(pts[1].y == g.plot.bottom(), tt::tolerance(1e-9));
        }
    BOOST_TEST(lines == 1);
    // The band: one rectangle from 80 to 120 over every slot.
    int bands = 0;
    for (const auto& p : test::paths(items))
        if (p.fill && !p.stroke && p.path.points().size() == 4u &&
            std::abs(p.path.points()[0].x - g.value_x(80)) < 1e-9) {
            ++bands;
            BOOST_TEST(p.path.points()[1].x == g.value_x(120), tt::tolerance(1e-9));
            BOOST_TEST(p.path.points()[0].y == g.plot.y, tt::tolerance(1e-9));
            BOOST_TEST(p.path.points()[2].y == g.plot.bottom(), tt::tolerance(1e-9));
        }
    BOOST_TEST(bands == 1);
    // Both labels in the row above the plot, beside their line's top end, not overlapping.
    BOOST_TEST_REQUIRE(g.reference_labels.size() == 2u);
    for (const auto& l : g.reference_labels) {
        BOOST_TEST(l.text.origin.y < g.plot.y);
        BOOST_TEST(l.text.origin.y > g.plot.y - 12);
        BOOST_TEST(l.text.origin.x >= kBox.x);
        BOOST_TEST(l.text.origin.x + l.text.width <= kBox.right());
    }
    const auto& target = g.reference_labels[0].text;
    BOOST_TEST(target.text == "Target 150");
    BOOST_TEST(
        (target.origin.x > g.value_x(150) || target.origin.x + target.width < g.value_x(150)));
    const auto& a = g.reference_labels[0].text;
    const auto& b = g.reference_labels[1].text;
    BOOST_TEST((a.origin.x + a.width <= b.origin.x || b.origin.x + b.width <= a.origin.x));
    // The scale reaches the target, and the legend's and titles' rows stay above the labels.
    BOOST_TEST(g.y_ticks.back() >= 150);
}

BOOST_AUTO_TEST_CASE(a_target_per_category_is_a_step_over_the_bars) {
    auto spec = wards();
    spec.references.push_back({ReferenceLine::Kind::Target, "Target", {100, 240, std::nan("")}});
    const auto g = chart_geometry(spec, kBox, test::fake_style());
    std::vector<display::Item> items;
    draw_chart(items, spec, kBox, test::fake_style());
    int found = 0;
    for (const auto& p : test::paths(items))
        if (p.stroke && p.stroke->dash == std::vector<double>{6, 3}) {
            ++found;
            const auto& pts = p.path.points();
            BOOST_TEST_REQUIRE(pts.size() == 4u);
            BOOST_TEST(pts[0].y == g.y_of(100), tt::tolerance(1e-9));
            BOOST_TEST(pts[3].y == g.y_of(240), tt::tolerance(1e-9));
            BOOST_TEST(pts[3].x == g.plot.x + 2 * g.slot, tt::tolerance(1e-9));
        }
    BOOST_TEST(found == 1);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(category_names_tests)

BOOST_AUTO_TEST_CASE(long_names_under_vertical_bars_take_two_lines_and_every_category_is_named) {
    ChartSpec spec = wards();
    spec.categories = {"North Riverside Ward", "Central and Old Town Ward", "South Meadows Ward",
                       "East Hill Ward", "West Park Ward"};
    for (auto& s : spec.series)
        s.values = {10, 20, 30, 40, 50};
    const auto style = test::fake_style();
    const Rect narrow{40, 60, 400, 260};
    const auto g = chart_geometry(spec, narrow, style);
    // Every category has a name under it, some on two lines, none cut.
    for (int c = 0; c < 5; ++c)
        BOOST_TEST(std::count(g.x_label_categories.begin(), g.x_label_categories.end(), c) >= 1);
    BOOST_TEST(g.x_labels.size() > 5u);
    std::string all;
    for (const auto& x : g.x_labels)
        all += x.text + " ";
    BOOST_TEST(all.find("\u2026") == std::string::npos);
    BOOST_TEST(all.find("...") == std::string::npos);
    check_no_collisions(label_boxes(g, style), narrow);
    // A chart of months keeps thinning its labels to one line.
    spec.categorical = false;
    const auto months = chart_geometry(spec, narrow, style);
    BOOST_TEST(months.x_labels.size() < 5u);
}

BOOST_AUTO_TEST_SUITE_END()
