// No label drawn over another or over the data: value labels, reference-line labels, band and
// legend labels, on the sample charts and on 30 random ones (a fixed seed), are each clear of
// every other text and of the bars, lines and markers; a label with no clear place is left
// out and named in left_out.
#include "graphics/chart_geometry.hpp"

#include "label_check.hpp"
#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <random>

using namespace bp;
using namespace bp::graphics;

namespace {

// A random chart: lines, bars or grouped bars over 3–14 categories, 1–3 series, value labels
// or not, a target (constant or stepped), an average line and a tolerance band at random.
ChartSpec random_chart(std::mt19937& rng) {
    auto uniform = [&](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(rng);
    };
    auto chance = [&](double p) { return uniform(0, 1) < p; };
    ChartSpec spec;
    const int kind = static_cast<int>(uniform(0, 3));
    spec.kind = kind == 0 ? ChartKind::Line : kind == 1 ? ChartKind::Bar : ChartKind::GroupedBar;
    spec.title = "Random chart";
    const int n = 3 + static_cast<int>(uniform(0, 12));
    for (int c = 0; c < n; ++c)
        spec.categories.push_back("C" + std::to_string(c + 1));
    const int series = spec.kind == ChartKind::Bar ? 1 : 1 + static_cast<int>(uniform(0, 3));
    const double scale = std::pow(10.0, std::floor(uniform(0, 4)));
    const double level = uniform(0.2, 1) * scale;
    for (int s = 0; s < series; ++s) {
        Series ser;
        ser.name = "Series " + std::to_string(s + 1);
        for (int c = 0; c < n; ++c)
            ser.values.push_back(chance(0.05) ? NAN : level * uniform(0.3, 1.3));
        spec.series.push_back(std::move(ser));
    }
    spec.value_labels = chance(0.7);
    spec.decimals = scale < 10 ? 1 : 0;
    if (chance(0.7)) {
        std::vector<double> target(n, level * uniform(0.5, 1.2));
        if (chance(0.3))
            for (int c = n / 2; c < n; ++c)
                target[c] = level * uniform(0.5, 1.2);
        spec.references.push_back({ReferenceLine::Kind::Target, "Target 65.0%", target});
    }
    if (chance(0.5))
        spec.references.push_back({ReferenceLine::Kind::Average, "Average 72.8%",
                                   std::vector<double>(n, level * uniform(0.6, 1.1))});
    if (chance(0.25)) {
        const double mid = level * uniform(0.6, 1.0);
        spec.reference_bands.push_back({"Tolerance band", std::vector<double>(n, mid * 0.95),
                                        std::vector<double>(n, mid * 1.05)});
    }
    return spec;
}

void check(const ChartSpec& spec, const Rect& box, const std::string& name) {
    const ChartStyle style = test::real_style();
    const ChartGeometry g = chart_geometry(spec, box, style);
    for (const auto& fault : test::label_faults(spec, g, style))
        BOOST_ERROR(name << ": " << fault);
}

} // namespace

BOOST_AUTO_TEST_SUITE(label_clearance_tests)

BOOST_AUTO_TEST_CASE(the_sample_charts_draw_no_label_over_another_or_the_data) {
    for (double h : {140.0, 220.0, 320.0}) {
        const Rect box{40, 60, 480, h};
        check(test::victim_chart(), box, "victim chart");
        check(test::sector_chart(), box, "sector chart");
        check(test::casualties_chart(), box, "casualties chart");
        // A target through the data at its right end, where its label would go first.
        ChartSpec crossed = test::victim_chart();
        const double last = crossed.series[0].values.back();
        crossed.references.push_back({ReferenceLine::Kind::Target, "Target 3,500",
                                      std::vector<double>(crossed.categories.size(), last)});
        crossed.value_labels = true;
        check(crossed, box, "victim chart with a target through its last value");
    }
}

BOOST_AUTO_TEST_CASE(thirty_random_charts_draw_no_label_over_another_or_the_data) {
    std::mt19937 rng(20261207);
    int labels = 0, left_out = 0;
    for (int i = 0; i < 30; ++i) {
        const ChartSpec spec = random_chart(rng);
        const double h = std::uniform_real_distribution<double>(140, 320)(rng);
        const Rect box{30, 40, 420, h};
        check(spec, box, "random chart " + std::to_string(i));
        const ChartGeometry g = chart_geometry(spec, box, test::real_style());
        labels += static_cast<int>(g.value_labels.size() + g.reference_labels.size());
        left_out += static_cast<int>(g.left_out.size());
    }
    // The charts do carry labels (the check is not vacuous), and most find a place.
    BOOST_TEST(labels > 100);
    BOOST_TEST(left_out < labels);
}

BOOST_AUTO_TEST_CASE(a_reference_label_with_no_clear_place_is_left_out_and_named) {
    // A line that fills the plot edge to edge, zig-zagging through every level, with a target
    // in its midst: the label's every spot along the line is crossed by the data.
    ChartSpec spec;
    spec.kind = ChartKind::Line;
    for (int c = 0; c < 40; ++c) {
        spec.categories.push_back(std::to_string(c));
    }
    Series zig{"Zig", {}, {}};
    for (int c = 0; c < 40; ++c)
        zig.values.push_back(c % 2 == 0 ? 0 : 100);
    spec.series.push_back(zig);
    spec.references.push_back(
        {ReferenceLine::Kind::Target, "Target 50", std::vector<double>(40, 50)});
    const ChartStyle style = test::real_style();
    const ChartGeometry g = chart_geometry(spec, Rect{0, 0, 300, 160}, style);
    BOOST_TEST(g.reference_labels.empty());
    BOOST_TEST_REQUIRE(g.left_out.size() == 1u);
    BOOST_TEST(g.left_out[0] == "Target 50");
    BOOST_TEST(test::label_faults(spec, g, style).empty());
}

BOOST_AUTO_TEST_SUITE_END()
