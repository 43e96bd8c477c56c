// Month tables longer than 24 months: drawn as several tables of at most 12 months (or
// months-per-table), one under the other, with their months lined up and the average of all
// months in the last; a range of months stands for its months.
#include "compute/figures.hpp"
#include "core/error.hpp"
#include "input/layout_reader.hpp"
#include "layout/layout_report.hpp"
#include "layout_fixture.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using namespace bp;
using bp::testing::items_of;

namespace {

// A count with the values 1 to 36 for November 2023 to October 2026.
model::Dataset thirty_six_months() {
    model::Dataset data;
    model::Indicator ind;
    ind.id = "falls";
    ind.label = "Falls";
    ind.unit = model::Unit::Count;
    data.add_indicator(std::move(ind));
    data.add_area({"trust", "The Trust", "trust", "", {}, {}});
    const int first = model::Period::month(2023, 11).first_serial();
    for (int i = 0; i < 36; ++i)
        data.add_value({"falls", "trust", model::Period::from_serial(first + i), i + 1.0, {}});
    return data;
}

display::Document lay_out(const std::string& table, const model::Dataset& data) {
    const std::string xml =
        "<report title=\"T\"><section id=\"s\" title=\"S\">" + table + "</section></report>";
    model::Report report = input::layout_from_xml(input::parse_xml("t.xml", xml), ".", &data);
    text::FontBook book({BOARDPACK_FONT_DIR}, false);
    compute::Figures figures(data);
    return layout::layout_report(report, model::Theme::defaults(), book, {}, &figures);
}

// Each table of the document: the text of its cells in reading order, and the left and right
// edges of its text.
struct DrawnTable {
    std::vector<std::string> cells;
    double left = 1e9;
    double right = -1e9;
};
std::vector<DrawnTable> tables_of(const display::Document& doc) {
    std::vector<DrawnTable> out;
    int depth = 0;
    for (const auto& page : doc.pages)
        for (const auto& item : page.items) {
            if (const auto* b = std::get_if<display::StructBegin>(&item)) {
                if (b->kind == display::StructKind::Table && depth++ == 0)
                    out.emplace_back();
                else if (depth > 0)
                    ++depth;
            } else if (std::holds_alternative<display::StructEnd>(item)) {
                if (depth > 0) --depth;
            } else if (const auto* t = std::get_if<display::TextRun>(&item)) {
                if (depth == 0 || out.empty()) continue;
                out.back().cells.push_back(t->text);
                out.back().left = std::min(out.back().left, t->origin.x);
                out.back().right = std::max(out.back().right, t->origin.x + t->width);
            }
        }
    return out;
}

bool has(const std::vector<std::string>& cells, const std::string& text) {
    return std::find(cells.begin(), cells.end(), text) != cells.end();
}

} // namespace

BOOST_AUTO_TEST_CASE(thirty_six_months_are_three_tables_of_twelve_with_the_average_last) {
    const auto data = thirty_six_months();
    const auto doc = lay_out("<month-table months=\"2023-11..2026-10\">"
                             "<row indicator=\"falls\" area=\"trust\"/></month-table>",
                             data);
    const auto tables = tables_of(doc);
    BOOST_REQUIRE(tables.size() == 3u);
    for (const auto& table : tables) // every table has the row's label
        BOOST_TEST(has(table.cells, "Falls"));
    // November 2023 to October 2024, then to October 2025, then to October 2026.
    BOOST_TEST(has(tables[0].cells, "1"));
    BOOST_TEST(has(tables[0].cells, "12"));
    BOOST_TEST(!has(tables[0].cells, "13"));
    BOOST_TEST(has(tables[1].cells, "13"));
    BOOST_TEST(has(tables[2].cells, "36"));
    BOOST_TEST(!has(tables[0].cells, "Avg"));
    BOOST_TEST(!has(tables[1].cells, "Avg"));
    // The average of 1 to 36 is 18.5, with one more decimal than the indicator's 0.
    BOOST_TEST(has(tables[2].cells, "Avg"));
    BOOST_TEST(has(tables[2].cells, "18.5"));
    // Each table names its quarters: the first starts in Q3 (October to December) of 2023/24.
    BOOST_TEST(tables[0].cells.at(0).rfind("Quarter 3", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(months_per_table_cuts_and_a_short_last_table_keeps_the_column_widths) {
    const auto data = thirty_six_months();
    const auto doc = lay_out("<month-table months=\"2023-11..2026-10\" months-per-table=\"10\" "
                             "average=\"no\"><row indicator=\"falls\" area=\"trust\"/>"
                             "</month-table>",
                             data);
    const auto tables = tables_of(doc);
    BOOST_REQUIRE(tables.size() == 4u); // 10 + 10 + 10 + 6
    BOOST_TEST(has(tables[3].cells, "31"));
    BOOST_TEST(has(tables[3].cells, "36"));
    // The last table holds 6 of 10 months' columns: it ends well left of a full one.
    BOOST_TEST(tables[3].right < tables[0].right - 100);
    BOOST_TEST(tables[3].left == tables[0].left);
}

BOOST_AUTO_TEST_CASE(up_to_twenty_four_months_stay_one_table) {
    const auto data = thirty_six_months();
    const auto doc = lay_out("<month-table months=\"2024-11..2026-10\">"
                             "<row indicator=\"falls\" area=\"trust\"/></month-table>",
                             data);
    BOOST_TEST(tables_of(doc).size() == 1u);
}

BOOST_AUTO_TEST_CASE(month_table_errors_name_the_months_attribute) {
    const auto data = thirty_six_months();
    auto error = [&](const std::string& table) {
        try {
            lay_out(table, data);
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    const std::string row = "><row indicator=\"falls\" area=\"trust\"/></month-table>";
    BOOST_TEST(error("<month-table months=\"2000-01..2010-01\"" + row)
                   .find("error: a month table takes at most 120 months, not 121") !=
               std::string::npos);
    BOOST_TEST(error("<month-table months=\"2025/26\"" + row)
                   .find("'2025/26' is not a month or a range of months") != std::string::npos);
    BOOST_TEST(error("<month-table months=\"2023-11..2026-10\" columns=\"3 1 1\"" + row)
                   .find("columns cannot be given for a month table drawn as several tables") !=
               std::string::npos);
}
