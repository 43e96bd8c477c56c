// SPC charts on the display list: every point marked in its class's colour and shape, the mean
// solid and the limits dashed at the right heights with a step at a rebase, their labels clear
// of the data, the icons beside the title as figures with their words, and the alt text.
#include "graphics/chart.hpp"
#include "graphics/spc_icon.hpp"

#include "label_check.hpp"
#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>

using namespace bp;
using namespace bp::graphics;

BOOST_AUTO_TEST_SUITE(spc_chart)

namespace {

// Ten months, worked by hand as the layout would hand them over: two segments (rebase at
// month 5) with means 10 and 20, limits 4–16 and 12–28 (the first lower limit "clipped"), the
// last three points an improvement, a concern and a neutral special cause.
ChartSpec hand_chart() {
    ChartSpec spec;
    spec.kind = ChartKind::Line;
    spec.title = "Falls per 1,000 bed days";
    const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"};
    for (const char* m : names) {
        spec.categories.push_back(std::string(m) + " 24");
        spec.categories_long.push_back(std::string(m) + " 2024");
    }
    spec.series.push_back({"Falls", {9, 11, 10, 12, 8, 19, 21, 27, 13, 22}, std::nullopt});
    SpcView v;
    v.marks.assign(10, SpcMark::Common);
    v.marks[7] = SpcMark::Improvement;
    v.marks[8] = SpcMark::Concern;
    v.marks[9] = SpcMark::Special;
    v.segments = {{0, 4, true, false}, {5, 9, false, false}};
    v.mark_words = {"Common cause", "Improvement", "Concern", "Special cause"};
    v.variation = VariationShape::NeitherHigh;
    v.assurance = AssuranceShape::HitAndMiss;
    v.variation_words = "Special cause — high";
    v.assurance_words = "Hit and miss against the target";
    v.icons = true;
    v.decimals = 1;
    spec.spc = v;
    auto steps = [](double a, double b) {
        std::vector<double> out(10, a);
        std::fill(out.begin() + 5, out.end(), b);
        return out;
    };
    spec.references.push_back({ReferenceLine::Kind::Mean, "Mean 20.0", steps(10, 20)});
    spec.references.push_back({ReferenceLine::Kind::UpperLimit, "Upper limit 28.0", steps(16, 28)});
    spec.references.push_back({ReferenceLine::Kind::LowerLimit, "Lower limit 12.0", steps(4, 12)});
    return spec;
}

const Rect kBox{40, 60, 420, 240};

// The stroked-only paths of `color` in `items`.
std::vector<display::PathItem> strokes_of(const std::vector<display::Item>& items, Color color) {
    std::vector<display::PathItem> out;
    for (const auto& p : test::paths(items))
        if (p.stroke && !p.fill && p.stroke->color == color) out.push_back(p);
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(every_point_is_marked_in_its_class_colour_and_shape) {
    const ChartSpec spec = hand_chart();
    const ChartStyle style = test::fake_style();
    std::vector<display::Item> items;
    draw_chart(items, spec, kBox, style);
    const ChartGeometry g = chart_geometry(spec, kBox, style);
    const SpcColors colors;
    const auto at = [&](int i) { return Point{g.x_of(i), g.y_of(spec.series[0].values[i])}; };

    // Common cause: round dots (zero-length strokes) in grey at months 0..6, nothing else.
    const auto all = test::paths(items);
    const display::PathItem* dots = nullptr;
    for (const auto& p : all)
        if (p.stroke && p.stroke->cap == display::Stroke::Cap::Round &&
            p.stroke->color == colors.common && p.path.points().size() == 14)
            dots = &p;
    BOOST_REQUIRE(dots != nullptr);
    for (int i = 0; i < 7; ++i) {
        BOOST_TEST(dots->path.points()[2 * i].x == at(i).x);
        BOOST_TEST(dots->path.points()[2 * i].y == at(i).y);
    }
    // Special causes: filled outlines, one item per class, centred on their points: a square
    // (4 corners) in blue, a diamond (4 tips) in orange, a triangle (3 tips) in purple.
    struct Expect {
        Color fill;
        int index;
        std::size_t corners;
    };
    for (const Expect e : {Expect{colors.improvement, 7, 4}, Expect{colors.concern, 8, 4},
                           Expect{colors.special, 9, 3}}) {
        std::vector<display::PathItem> filled;
        for (const auto& p : test::paths(items))
            if (p.fill && *p.fill == e.fill) filled.push_back(p);
        BOOST_REQUIRE_EQUAL(filled.size(), 1u);
        const auto& pts = filled[0].path.points();
        BOOST_TEST(pts.size() == e.corners);
        const Rect b = test::path_bounds(filled[0]);
        BOOST_TEST(std::abs(b.x + b.w / 2 - at(e.index).x) < 1e-6);
        // Square and diamond are centred; the triangle's box is lower (its base is wider).
        if (e.corners == 4) BOOST_TEST(std::abs(b.y + b.h / 2 - at(e.index).y) < 1e-6);
    }
    // Square and diamond differ in shape: the square's corners share x values, the diamond's not.
    const auto square = std::find_if(items.begin(), items.end(), [&](const display::Item& it) {
        const auto* q = std::get_if<display::PathItem>(&it);
        return q && q->fill && *q->fill == colors.improvement;
    });
    const auto& sq = std::get<display::PathItem>(*square).path.points();
    BOOST_TEST(std::count_if(sq.begin(), sq.end(), [&](Point p) { return p.x == sq[0].x; }) == 2);
}

BOOST_AUTO_TEST_CASE(mean_solid_limits_dashed_at_their_values_with_a_step_at_the_rebase) {
    const ChartSpec spec = hand_chart();
    const ChartStyle style = test::fake_style();
    std::vector<display::Item> items;
    draw_chart(items, spec, kBox, style);
    const ChartGeometry g = chart_geometry(spec, kBox, style);
    struct Line {
        Color color;
        double before, after;
        bool dashed;
    };
    const Line lines[] = {{rgb(0x3d3d3d), 10, 20, false},
                          {rgb(0x6b6b6b), 16, 28, true},
                          {rgb(0x6b6b6b), 4, 12, true}};
    const auto mean_like = strokes_of(items, rgb(0x3d3d3d));
    const auto limit_like = strokes_of(items, rgb(0x6b6b6b));
    BOOST_REQUIRE_EQUAL(mean_like.size(), 1u);
    BOOST_REQUIRE_EQUAL(limit_like.size(), 2u);
    for (const Line& l : lines) {
        const auto& candidates = l.dashed ? limit_like : mean_like;
        const auto it = std::find_if(candidates.begin(), candidates.end(), [&](const auto& p) {
            return std::abs(p.path.points().front().y - g.y_of(l.before)) < 1e-9;
        });
        BOOST_REQUIRE(it != candidates.end());
        const auto& pts = it->path.points();
        // Four points: across the first segment, the step at the rebase, across the second.
        BOOST_REQUIRE_EQUAL(pts.size(), 4u);
        BOOST_TEST(pts[0].x == g.plot.x);
        BOOST_TEST(pts[1].x == g.plot.x + 5 * g.slot);
        BOOST_TEST(pts[2].x == g.plot.x + 5 * g.slot);
        BOOST_TEST(pts[1].y == g.y_of(l.before));
        BOOST_TEST(pts[2].y == g.y_of(l.after));
        BOOST_TEST(std::abs(pts[3].x - g.plot.right()) < 1e-9);
        BOOST_TEST(it->stroke->dash.empty() == !l.dashed);
    }
}

BOOST_AUTO_TEST_CASE(mean_and_limit_labels_sit_at_the_right_clear_of_the_data) {
    const ChartSpec spec = hand_chart();
    for (const ChartStyle& style : {test::fake_style(), test::real_style()}) {
        const ChartGeometry g = chart_geometry(spec, kBox, style);
        const auto faults = test::label_faults(spec, g, style);
        for (const auto& f : faults)
            BOOST_TEST_MESSAGE(f);
        BOOST_TEST(faults.empty());
        BOOST_TEST(g.left_out.empty());
        BOOST_REQUIRE_EQUAL(g.reference_labels.size(), 3u);
        for (const auto& r : g.reference_labels) {
            BOOST_TEST_MESSAGE(r.text.text << " at " << r.text.origin.x << "," << r.text.origin.y
                                           << " plot " << g.plot.x << ".." << g.plot.right());
            // In the gutter right of the plot, within the box, level with its line's last value
            // (the three are far enough apart here to need no moving).
            BOOST_TEST(r.text.origin.x > g.plot.right());
            BOOST_TEST(r.text.origin.x + r.text.width <= kBox.right());
            const double v = spec.references[r.index].values.back();
            const Rect b = text_bounds(style.labels, r.text);
            BOOST_TEST(b.y < g.y_of(v));
            BOOST_TEST(b.bottom() > g.y_of(v));
        }
        // Labels clear of the icons too.
        for (const auto& r : g.reference_labels)
            for (const Point& c : g.icon_centres)
                BOOST_TEST(!test::overlaps(
                    text_bounds(style.labels, r.text),
                    Rect{c.x - g.icon_size / 2, c.y - g.icon_size / 2, g.icon_size, g.icon_size}));
    }
}

BOOST_AUTO_TEST_CASE(icons_beside_the_title_are_figures_with_their_words) {
    const ChartSpec spec = hand_chart();
    const ChartStyle style = test::real_style(); // the fake font has no dash
    std::vector<display::Item> items;
    draw_chart(items, spec, kBox, style);
    const ChartGeometry g = chart_geometry(spec, kBox, style);
    BOOST_REQUIRE_EQUAL(g.icon_centres.size(), 2u);
    for (const auto& t : g.title)
        BOOST_TEST(t.origin.x + t.width <= g.icon_centres[0].x - g.icon_size / 2);
    std::vector<std::string> figures;
    for (const auto& it : items)
        if (const auto* b = std::get_if<display::StructBegin>(&it);
            b && b->kind == display::StructKind::Figure)
            figures.push_back(b->alt);
    BOOST_REQUIRE_EQUAL(figures.size(), 3u); // the chart, then its two icons beside it
    BOOST_TEST(figures[1] == "Special cause — high");
    BOOST_TEST(figures[2] == "Hit and miss against the target");
    std::vector<std::string> invisible;
    for (const auto& r : test::text_runs(items))
        if (r.invisible) invisible.push_back(r.text);
    BOOST_TEST(invisible == (std::vector<std::string>{"Special cause — high",
                                                      "Hit and miss against the target"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(alt_text_states_mean_limits_latest_words_and_special_months) {
    const ChartSpec spec = hand_chart();
    const ChartStyle style = test::fake_style();
    const std::string alt = chart_alt_text(spec, chart_geometry(spec, kBox, style));
    BOOST_TEST_MESSAGE(alt);
    for (const char* part :
         {"SPC chart: Falls per 1,000 bed days", "22 in Oct 2024",
          "Jan 2024 to May 2024: mean 10.0, process limits 4.0 to 16.0 (lower limit clipped at "
          "4.0)",
          "Jun 2024 to Oct 2024: mean 20.0, process limits 12.0 to 28.0;",
          "variation: Special cause — high", "assurance: Hit and miss against the target",
          "Improvement in Aug 2024", "Concern in Sep 2024", "Special cause in Oct 2024"})
        BOOST_TEST(alt.find(part) != std::string::npos, part);
    BOOST_TEST(alt.find("Mean 20.0") == std::string::npos); // not the labels a second time
    // Consecutive months of one class are one span.
    ChartSpec runs = spec;
    runs.spc->marks = {SpcMark::Improvement, SpcMark::Improvement, SpcMark::Improvement,
                       SpcMark::Common,      SpcMark::Improvement, SpcMark::Common,
                       SpcMark::Common,      SpcMark::Common,      SpcMark::Concern,
                       SpcMark::Concern};
    const std::string runs_alt = chart_alt_text(runs, chart_geometry(runs, kBox, style));
    BOOST_TEST(runs_alt.find("Improvement in Jan 2024 to Mar 2024 and May 2024; Concern in Sep "
                             "2024 to Oct 2024.") != std::string::npos,
               runs_alt);
}

BOOST_AUTO_TEST_CASE(icons_differ_in_shape_not_only_colour) {
    // Drawn in one colour for all, each icon's paths still differ from every other's.
    SpcColors grey;
    grey.improvement = grey.concern = grey.special = grey.common = rgb(0x777777);
    auto signature = [](const std::vector<display::Item>& items) {
        std::string s;
        for (const auto& p : test::paths(items)) {
            s += std::to_string(p.path.points().size()) + (p.fill ? "f" : "") +
                 (p.stroke && !p.stroke->dash.empty() ? "d" : "") + ":";
            for (Point q : p.path.points())
                s += std::to_string(static_cast<int>(std::lround(q.x * 10))) + "," +
                     std::to_string(static_cast<int>(std::lround(q.y * 10))) + " ";
        }
        return s;
    };
    std::vector<std::string> seen;
    for (int k = 0; k < 7; ++k) {
        std::vector<display::Item> items;
        draw_variation_icon(items, static_cast<VariationShape>(k), {50, 50}, 20, grey, "v");
        seen.push_back(signature(items));
    }
    for (int k = 0; k < 3; ++k) {
        std::vector<display::Item> items;
        draw_assurance_icon(items, static_cast<AssuranceShape>(k), {50, 50}, 20, grey, "a");
        seen.push_back(signature(items));
    }
    std::vector<std::string> sorted = seen;
    std::sort(sorted.begin(), sorted.end());
    BOOST_TEST((std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end()));
    // Every icon: a Figure with its alt, the word if given, inside the diameter.
    std::vector<display::Item> items;
    display::TextRun word;
    word.text = "Consistently passing the target";
    word.invisible = true;
    draw_assurance_icon(items, AssuranceShape::Passing, {50, 50}, 20, {}, word.text, &word);
    const auto* begin = std::get_if<display::StructBegin>(&items.front());
    BOOST_REQUIRE(begin != nullptr);
    BOOST_TEST(begin->alt == word.text);
    BOOST_TEST(std::holds_alternative<display::StructEnd>(items.back()));
    BOOST_TEST(std::get<display::TextRun>(items[items.size() - 2]).text == word.text);
    for (const auto& p : test::paths(items))
        BOOST_TEST(test::contains(Rect{40, 40, 20, 20}, test::path_bounds(p), 0.01));
}

BOOST_AUTO_TEST_SUITE_END()
