// add_spc on series worked by hand: the classes of the points, the mean and limit lines (with
// the lower limit of a count clipped at 0, steps at a rebase), their labels, the icons and
// their words (the theme's in place of the defaults), and the errors of a bad SPC chart.
#include "layout/spc_chart.hpp"

#include "core/error.hpp"
#include "model/period.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace bp;

BOOST_AUTO_TEST_SUITE(spc_chart_layout)

namespace {

const int kFrom = model::Period::month(2024, 1).first_serial();

graphics::ChartSpec line_spec(std::vector<double> values) {
    graphics::ChartSpec spec;
    for (std::size_t i = 0; i < values.size(); ++i) {
        spec.categories.push_back("M" + std::to_string(i + 1));
        spec.categories_long.push_back("Month " + std::to_string(i + 1));
    }
    spec.series.push_back({"Falls", std::move(values), std::nullopt});
    return spec;
}

model::Chart spc_chart() {
    model::Chart c;
    c.kind = "spc";
    c.series.push_back({});
    c.series.front().indicator = "falls";
    c.series.front().area = "trust";
    return c;
}

model::Indicator count_indicator(model::Polarity polarity) {
    model::Indicator ind;
    ind.id = "falls";
    ind.unit = model::Unit::Count;
    ind.polarity = polarity;
    return ind;
}

const graphics::ReferenceLine& line(const graphics::ChartSpec& spec,
                                    graphics::ReferenceLine::Kind kind) {
    for (const auto& r : spec.references)
        if (r.kind == kind) return r;
    BOOST_FAIL("no such line");
    return spec.references.front();
}

} // namespace

// 4 6 5 7 5 6 4 6 5 20: mean 68/10 = 6.8; moving ranges 2 1 2 2 1 2 2 1 15, mean 28/9;
// limits 6.8 ± 2.66 × 28/9 = 6.8 ± 8.2756: upper 15.0756, lower −1.4756 clipped at 0. Only
// the 20 is beyond a limit (two-sigma band 1.28 to 12.32; no run of 7, no trend of 6).
BOOST_AUTO_TEST_CASE(points_lines_and_icons_of_a_hand_worked_count) {
    auto spec = line_spec({4, 6, 5, 7, 5, 6, 4, 6, 5, 20});
    layout::add_spc(spec, spc_chart(), count_indicator(model::Polarity::HigherIsBetter), kFrom,
                    model::Theme::defaults());
    BOOST_REQUIRE(spec.spc);
    for (int i = 0; i < 9; ++i)
        BOOST_TEST((spec.spc->marks[i] == graphics::SpcMark::Common), i);
    BOOST_TEST((spec.spc->marks[9] == graphics::SpcMark::Improvement));
    using K = graphics::ReferenceLine::Kind;
    const double upper = 6.8 + 2.66 * 28.0 / 9.0;
    for (int i = 0; i < 10; ++i) {
        BOOST_TEST(std::abs(line(spec, K::Mean).values[i] - 6.8) < 1e-12);
        BOOST_TEST(std::abs(line(spec, K::UpperLimit).values[i] - upper) < 1e-12);
        BOOST_TEST(line(spec, K::LowerLimit).values[i] == 0.0);
    }
    BOOST_TEST(line(spec, K::Mean).label == "Mean 6.8");
    BOOST_TEST(line(spec, K::UpperLimit).label == "Upper limit 15.1");
    BOOST_TEST(line(spec, K::LowerLimit).label == "Lower limit 0.0");
    BOOST_REQUIRE_EQUAL(spec.spc->segments.size(), 1u);
    BOOST_TEST(spec.spc->segments[0].lower_clipped);
    BOOST_TEST(!spec.spc->segments[0].upper_clipped);
    BOOST_TEST((spec.spc->variation == graphics::VariationShape::ImprovementHigh));
    BOOST_TEST(spec.spc->variation_words == "Special cause — improving (high)");
    BOOST_TEST(!spec.spc->assurance); // no target
    BOOST_TEST(spec.spc->assurance_words.empty());
}

// Lower is better: the same 20 is a concern (high), and a target of 16, above the upper limit
// 15.08, is consistently passed. Neutral: the 20 is just a special cause (high).
BOOST_AUTO_TEST_CASE(polarity_decides_the_class_and_the_assurance) {
    auto spec = line_spec({4, 6, 5, 7, 5, 6, 4, 6, 5, 20});
    spec.references.push_back(
        {graphics::ReferenceLine::Kind::Target, "Target 16", std::vector<double>(10, 16)});
    layout::add_spc(spec, spc_chart(), count_indicator(model::Polarity::LowerIsBetter), kFrom,
                    model::Theme::defaults());
    BOOST_TEST((spec.spc->marks[9] == graphics::SpcMark::Concern));
    BOOST_TEST((spec.spc->variation == graphics::VariationShape::ConcernHigh));
    BOOST_TEST((spec.spc->assurance == graphics::AssuranceShape::Passing));
    BOOST_TEST(spec.spc->assurance_words == "Consistently passing the target");

    auto neutral = line_spec({4, 6, 5, 7, 5, 6, 4, 6, 5, 20});
    layout::add_spc(neutral, spc_chart(), count_indicator(model::Polarity::Neutral), kFrom,
                    model::Theme::defaults());
    BOOST_TEST((neutral.spc->marks[9] == graphics::SpcMark::Special));
    BOOST_TEST((neutral.spc->variation == graphics::VariationShape::NeitherHigh));
}

// Rebase at the 6th month (2024-06): 4 6 5 7 5 → mean 5.4, mean moving range 7/4 = 1.75,
// limits 5.4 ± 4.655; 16 18 17 19 17 → mean 17.4, limits 17.4 ± 4.655. The lines step there.
BOOST_AUTO_TEST_CASE(a_rebase_steps_the_lines) {
    auto spec = line_spec({4, 6, 5, 7, 5, 16, 18, 17, 19, 17});
    model::Chart c = spc_chart();
    c.rebase = {"2024-06"};
    layout::add_spc(spec, c, count_indicator(model::Polarity::HigherIsBetter), kFrom,
                    model::Theme::defaults());
    using K = graphics::ReferenceLine::Kind;
    BOOST_REQUIRE_EQUAL(spec.spc->segments.size(), 2u);
    BOOST_TEST(spec.spc->segments[1].first == 5);
    BOOST_TEST(spec.spc->segments[1].last == 9);
    for (int i = 0; i < 10; ++i) {
        const double mean = i < 5 ? 5.4 : 17.4;
        BOOST_TEST(std::abs(line(spec, K::Mean).values[i] - mean) < 1e-12);
        BOOST_TEST(std::abs(line(spec, K::UpperLimit).values[i] - (mean + 4.655)) < 1e-12);
        BOOST_TEST(std::abs(line(spec, K::LowerLimit).values[i] - (mean - 4.655)) < 1e-12);
        BOOST_TEST((spec.spc->marks[i] == graphics::SpcMark::Common));
    }
    BOOST_TEST(line(spec, K::Mean).label == "Mean 17.4");
    BOOST_TEST(line(spec, K::UpperLimit).label == "Upper limit 22.1");
    BOOST_TEST(line(spec, K::LowerLimit).label == "Lower limit 12.7");
}

BOOST_AUTO_TEST_CASE(theme_words_and_colours_replace_the_defaults) {
    model::Theme theme = model::Theme::defaults();
    theme.spc_labels["spc-improvement-high"] = "Improving (high)";
    theme.spc_labels["spc-mean"] = "Centre";
    theme.colors["spc-improvement"] = Color(0, 0, 1);
    auto spec = line_spec({4, 6, 5, 7, 5, 6, 4, 6, 5, 20});
    layout::add_spc(spec, spc_chart(), count_indicator(model::Polarity::HigherIsBetter), kFrom,
                    theme);
    BOOST_TEST(spec.spc->variation_words == "Improving (high)");
    BOOST_TEST(line(spec, graphics::ReferenceLine::Kind::Mean).label == "Centre 6.8");
    BOOST_TEST((spec.spc->colors.improvement == Color(0, 0, 1)));
}

BOOST_AUTO_TEST_CASE(a_bad_spc_chart_is_an_input_error) {
    const auto ind = count_indicator(model::Polarity::HigherIsBetter);
    auto gap = line_spec({4, 6, NAN, 7, 5});
    BOOST_CHECK_THROW(layout::add_spc(gap, spc_chart(), ind, kFrom, model::Theme::defaults()),
                      InputError);
    for (const char* month : {"2024-01", "2023-12", "2024-06", "2024-Q1"}) {
        auto spec = line_spec({4, 6, 5, 7, 5});
        model::Chart c = spc_chart();
        c.rebase = {month};
        BOOST_CHECK_THROW(layout::add_spc(spec, c, ind, kFrom, model::Theme::defaults()),
                          InputError);
    }
    auto short_segment = line_spec({4, 6, 5, 7, 5});
    model::Chart c = spc_chart();
    c.rebase = {"2024-05"}; // a last segment of one point: no moving range
    BOOST_CHECK_THROW(layout::add_spc(short_segment, c, ind, kFrom, model::Theme::defaults()),
                      InputError);
}

BOOST_AUTO_TEST_SUITE_END()
