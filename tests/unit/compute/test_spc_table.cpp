// compute::spc_table_cells on a series worked by hand: the cells as printed (latest with its
// month, the latest month's target — a month's own before its financial year's — mean and
// limits with one more decimal), the icons and their words, and the errors.
#include "compute/spc_table_cells.hpp"
#include "compute/spc_words.hpp"

#include "core/error.hpp"
#include "dataset_builder.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;
using namespace bp::compute;
using bp::model::Polarity;
using bp::model::Unit;
using bp::test::DatasetBuilder;

BOOST_AUTO_TEST_SUITE(spc_table)

namespace {

// 4 6 5 7 5 6 4 6 5 20 from January 2024: mean 6.8; mean moving range 28/9; limits
// 6.8 ± 8.2756, upper 15.0756, lower −1.4756 clipped at 0 (a count). Only the 20 is special.
DatasetBuilder falls() {
    DatasetBuilder b;
    b.indicator("falls", Unit::Count, Polarity::LowerIsBetter, 0, true)
        .indicator("sparse", Unit::Count, Polarity::LowerIsBetter, 0, true)
        .area("trust", "", "trust")
        .months("falls", "trust", "2024-01", {4, 6, 5, 7, 5, 6, 4, 6, 5, 20})
        .months("sparse", "trust", "2024-01", {4, 6, 5})
        .target("falls", "trust", "2024/25", 18)
        .target("falls", "trust", "2024-10", 16);
    return b;
}

model::SpcTable table(std::vector<std::string> indicators) {
    model::SpcTable t;
    t.indicators = std::move(indicators);
    t.area = "trust";
    t.from = "2024-01";
    t.to = "2024-10";
    return t;
}

} // namespace

BOOST_AUTO_TEST_CASE(cells_of_a_hand_worked_series) {
    auto b = falls();
    Figures f(b.data);
    const SpcTableCells cells = spc_table_cells(table({"falls"}), f, model::Theme::defaults());
    BOOST_TEST(cells.header ==
                   (std::vector<std::string>{"Metric", "Latest", "Target", "Mean", "Lower limit",
                                             "Upper limit", "Variation", "Assurance"}),
               boost::test_tools::per_element());
    BOOST_REQUIRE_EQUAL(cells.rows.size(), 1u);
    const SpcTableRow& r = cells.rows[0];
    BOOST_TEST(r.metric == "falls label");
    BOOST_TEST(r.latest == "20 (October 2024)");
    BOOST_TEST(r.target == "16"); // October's own target, not the financial year's 18
    BOOST_TEST(r.mean == "6.8");
    BOOST_TEST(r.lower == "0.0");
    BOOST_TEST(r.upper == "15.1");
    BOOST_TEST((r.variation == VariationIcon::ConcernHigh)); // lower is better: a high is a concern
    BOOST_TEST(r.variation_words == "Special cause — concerning (high)");
    // Lower is better and the target 16 above the upper limit 15.08: every point passes.
    BOOST_TEST((r.assurance == AssuranceIcon::ConsistentlyPassing));
    BOOST_TEST(r.assurance_words == "Consistently passing the target");
}

BOOST_AUTO_TEST_CASE(a_rebase_gives_the_last_segments_figures_and_theme_words_apply) {
    auto b = falls();
    Figures f(b.data);
    model::SpcTable t = table({"falls"});
    t.rebase = {"2024-06"}; // 6 4 6 5 20: mean 8.2; moving ranges 2 2 1 15, mean 5
    model::Theme theme = model::Theme::defaults();
    theme.spc_labels["spc-mean"] = "Centre";
    theme.spc_labels["spc-passing"] = "Meets the target";
    const SpcTableCells cells = spc_table_cells(t, f, theme);
    const SpcTableRow& r = cells.rows.at(0);
    BOOST_TEST(cells.header[3] == "Centre");
    BOOST_TEST(r.mean == "8.2");
    BOOST_TEST(r.upper == "21.5"); // 8.2 + 2.66 × 5 = 21.5
    BOOST_TEST(r.lower == "0.0");  // 8.2 − 13.3 clipped at 0
    // The target 16 lies between the last segment's limits 0 and 21.5: hit and miss.
    BOOST_TEST((r.assurance == AssuranceIcon::HitAndMiss));
    BOOST_TEST(r.assurance_words == "Hit and miss against the target");
}

BOOST_AUTO_TEST_CASE(the_latest_target_of_the_months_shown_is_the_target) {
    DatasetBuilder b;
    b.indicator("waits", Unit::Count, Polarity::LowerIsBetter, 0, true)
        .area("trust", "", "trust")
        .months("waits", "trust", "2024-01", {4, 6, 5, 7, 5, 6, 4, 6, 5, 20})
        .target("waits", "trust", "2024-07", 30)
        .target("waits", "trust", "2024-08", 1);
    Figures f(b.data);
    model::SpcTable t = table({"waits"});
    const SpcTableRow r = spc_table_cells(t, f, model::Theme::defaults()).rows.at(0);
    // August's 1 (no target after it), between the limits 0 and 15.08: hit and miss.
    BOOST_TEST(r.target == "1");
    BOOST_TEST((r.assurance == AssuranceIcon::HitAndMiss));
}

BOOST_AUTO_TEST_CASE(every_spc_key_of_the_theme_replaces_one_word) {
    // Each key, set alone, changes exactly one of the words a table and a matrix print (and the
    // key list and the words agree in number: spc_words would throw).
    const SpcWords defaults = spc_words(model::Theme::defaults());
    auto printed = [](const SpcWords& w) {
        return std::vector<std::string>{w.common_cause,
                                        w.improvement_high,
                                        w.improvement_low,
                                        w.concern_high,
                                        w.concern_low,
                                        w.neither_high,
                                        w.neither_low,
                                        w.consistently_passing,
                                        w.consistently_failing,
                                        w.hit_and_miss,
                                        w.point_common,
                                        w.point_improvement,
                                        w.point_concern,
                                        w.point_special,
                                        w.mean,
                                        w.upper_limit,
                                        w.lower_limit,
                                        w.metric,
                                        w.latest,
                                        w.target,
                                        w.variation,
                                        w.assurance,
                                        w.improving,
                                        w.concerning,
                                        w.neutral,
                                        w.no_target};
    };
    const auto before = printed(defaults);
    BOOST_REQUIRE_EQUAL(before.size(), model::spc_label_keys().size());
    for (std::size_t k = 0; k < model::spc_label_keys().size(); ++k) {
        model::Theme theme = model::Theme::defaults();
        theme.spc_labels[model::spc_label_keys()[k]] = "NEW";
        const auto after = printed(spc_words(theme));
        for (std::size_t j = 0; j < after.size(); ++j)
            BOOST_TEST((after[j] == "NEW") == (j == k), model::spc_label_keys()[k] << " / " << j);
    }
}

BOOST_AUTO_TEST_CASE(errors_name_the_attribute) {
    auto b = falls();
    Figures f(b.data);
    BOOST_CHECK_THROW(spc_table_cells(table({"nope"}), f, model::Theme::defaults()), InputError);
    BOOST_CHECK_THROW(spc_table_cells(table({"sparse"}), f, model::Theme::defaults()),
                      InputError); // no value after March
    model::SpcTable t = table({"falls"});
    t.rebase = {"2024-01"};
    BOOST_CHECK_THROW(spc_table_cells(t, f, model::Theme::defaults()), InputError);
    t = table({"falls"});
    t.to = "2023-12";
    BOOST_CHECK_THROW(spc_table_cells(t, f, model::Theme::defaults()), InputError);
}

BOOST_AUTO_TEST_SUITE_END()
