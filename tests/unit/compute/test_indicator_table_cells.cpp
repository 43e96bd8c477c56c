// An indicator table's cells with change="none": no change column, header or warning; the
// target (a financial year's, serving the year to date) and the verdict still there.
#include "compute/indicator_table_cells.hpp"

#include "dataset_builder.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp::compute;
using bp::model::Polarity;
using bp::model::Unit;
using bp::test::DatasetBuilder;

BOOST_AUTO_TEST_SUITE(indicator_table_without_change)

BOOST_AUTO_TEST_CASE(change_none_leaves_the_change_column_out) {
    DatasetBuilder b;
    b.indicator("fft", Unit::Percent, Polarity::HigherIsBetter, 1)
        .area("trust", "", "trust")
        .months("fft", "trust", "2025-04", {90, 91, 92})
        .months("fft", "trust", "2026-04", {94, 95.5, 96})
        .target("fft", "", "2026/27", 95, 1);
    Figures figures(b.data);
    bp::model::IndicatorTable t;
    t.before = "ytd:2025-06";
    t.after = "ytd:2026-06";
    t.change = "none";
    t.target = true;
    t.rows.push_back({"fft", "trust", "", {}});
    std::vector<bp::Diagnostic> warnings;
    const IndicatorTableCells cells =
        indicator_table_cells(t, figures, bp::model::Theme::defaults(), warnings);
    const std::vector<IndicatorColumn> want = {IndicatorColumn::Label, IndicatorColumn::Before,
                                               IndicatorColumn::After, IndicatorColumn::Target,
                                               IndicatorColumn::Verdict};
    BOOST_TEST((cells.columns == want));
    BOOST_TEST(cells.header.size() == 5u);
    BOOST_TEST(cells.header[1] == "Year to date Jun 2025");
    BOOST_REQUIRE(cells.rows.size() == 1u);
    // (90 + 91 + 92) / 3 and (94 + 95.5 + 96) / 3 = 95.1666…; 2026/27's target serves the year
    // to date.
    const std::vector<std::string> row = {"fft label", "91.0%", "95.2%", "95.0%", ""};
    BOOST_TEST(cells.rows[0].cells == row, boost::test_tools::per_element());
    BOOST_TEST((cells.rows[0].verdict == bp::model::Verdict::Happy)); // +4.2 pp: the theme's
    BOOST_TEST(warnings.empty());
    // The same table with the change: one column more, between after and target.
    t.change = "auto";
    const IndicatorTableCells with =
        indicator_table_cells(t, figures, bp::model::Theme::defaults(), warnings);
    BOOST_TEST(with.columns.size() == 6u);
    BOOST_TEST(with.rows[0].cells[3] == "+4.2 pp");
}

BOOST_AUTO_TEST_SUITE_END()
