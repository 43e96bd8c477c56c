// <spc-table> and <chart kind="spc"> of the same indicator laid out together on the 2017-q1
// data: the table's mean and limits are the chart's (one computation), each icon is a figure
// inside its table cell with the words it sits beside, and a bad attribute is an error at its
// file:line:col.
#include "compute/figures.hpp"
#include "core/error.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"
#include "layout/canvas.hpp"
#include "layout/layout_report.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace bp;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(spc_table_layout)

namespace {

const std::string kRoot = BOARDPACK_SOURCE_DIR;

// A one-section layout with `body` on the 2017-q1 data, laid out.
struct SpcLayout {
    fs::path path = fs::temp_directory_path() / ("bp-spc-" + std::to_string(::getpid()) + ".xml");
    explicit SpcLayout(const std::string& body) {
        std::ofstream(path) << "<report title=\"T\" data=\"" << kRoot << "/data/2017-q1\">\n"
                            << "<section id=\"s\" title=\"S\">\n"
                            << body << "\n</section>\n</report>\n";
    }
    ~SpcLayout() { fs::remove(path); }
    display::Document document() const {
        auto loaded = input::read_report(path.string());
        model::Theme theme = input::read_theme(loaded.report.theme_path);
        compute::Figures figures(*loaded.data);
        text::FontBook fonts({BOARDPACK_FONT_DIR}, false);
        return layout::layout_report(loaded.report, theme, fonts, {}, &figures);
    }
    std::string error() const {
        try {
            document();
        } catch (const InputError& e) {
            return e.what();
        }
        return "";
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(table_and_chart_say_the_same_and_icons_sit_in_their_cells) {
    SpcLayout l(
        R"(<spc-table indicators="suicides; mh.incidents" area="force" from="2015-07" to="2017-06"/>
<chart kind="spc" title="MH" area="force" from="2015-07" to="2017-06" icons="yes">
  <series indicator="mh.incidents"/></chart>)");
    const display::Document doc = l.document();
    BOOST_REQUIRE(!doc.pages.empty());
    const auto& items = doc.pages[0].items;
    // The body cells in order (a cell's text runs joined), and each Figure with the structure
    // element it sits in.
    std::vector<std::string> cells;
    std::vector<std::pair<std::string, display::StructKind>> figures;
    std::vector<display::StructKind> open;
    bool in_cell = false;
    for (const auto& item : items) {
        if (const auto* b = std::get_if<display::StructBegin>(&item)) {
            if (b->kind == display::StructKind::Figure)
                figures.emplace_back(b->alt,
                                     open.empty() ? display::StructKind::Figure : open.back());
            if (b->kind == display::StructKind::TableCell ||
                b->kind == display::StructKind::TableHeaderCell) {
                cells.emplace_back();
                in_cell = true;
            }
            open.push_back(b->kind);
        } else if (std::holds_alternative<display::StructEnd>(item)) {
            if (!open.empty()) {
                if (open.back() == display::StructKind::TableCell ||
                    open.back() == display::StructKind::TableHeaderCell)
                    in_cell = false;
                open.pop_back();
            }
        } else if (const auto* t = std::get_if<display::TextRun>(&item); t && in_cell) {
            // Lines of a wrapped cell joined by one space (a line may end in its own space).
            if (!cells.back().empty() && cells.back().back() != ' ') cells.back() += ' ';
            cells.back() += t->text;
        }
    }
    // 8 header cells, then 8 per row.
    BOOST_REQUIRE_EQUAL(cells.size(), 24u);
    BOOST_TEST(cells[0] == "Metric");
    const std::string mean = cells[16 + 3], lower = cells[16 + 4], upper = cells[16 + 5];
    const std::string variation = cells[16 + 6];
    BOOST_TEST_MESSAGE("mh.incidents: mean " << mean << ", limits " << lower << " to " << upper
                                             << ", " << variation);
    // The chart of the same indicator: its alt text and line labels carry the same figures.
    std::string chart_alt;
    for (const auto& [alt, parent] : figures)
        if (alt.rfind("SPC chart", 0) == 0) chart_alt = alt;
    BOOST_TEST(chart_alt.find("mean " + mean + ", process limits " + lower + " to " + upper) !=
                   std::string::npos,
               chart_alt);
    BOOST_TEST(chart_alt.find("variation: " + variation) != std::string::npos, chart_alt);
    std::string page_text;
    for (const auto& item : items)
        if (const auto* t = std::get_if<display::TextRun>(&item)) page_text += t->text + "\n";
    BOOST_TEST(page_text.find("Mean " + mean + "\n") != std::string::npos);
    BOOST_TEST(page_text.find("Upper limit " + upper + "\n") != std::string::npos);
    // Each row's variation icon is a figure in a table cell whose words are its alt text.
    std::vector<std::string> in_cells;
    for (const auto& [alt, parent] : figures)
        if (parent == display::StructKind::TableCell) in_cells.push_back(alt);
    BOOST_REQUIRE_EQUAL(in_cells.size(), 2u); // no targets in this data: no assurance icons
    BOOST_TEST(in_cells[0] == cells[8 + 6]);
    BOOST_TEST(in_cells[1] == variation);
    BOOST_TEST(cells[8 + 7].empty()); // no target, no assurance
}

BOOST_AUTO_TEST_CASE(the_matrix_places_each_indicator_by_its_icons_and_links_it) {
    // The table gives each indicator's icons; the matrix must put it in that row and column.
    SpcLayout l(
        R"(<spc-table indicators="suicides; mh.incidents" area="force" from="2015-07" to="2017-06"/>
<spc-matrix indicators="suicides; mh.incidents" area="force" from="2015-07" to="2017-06" link="m-{indicator}"/>
</section><section id="m-suicides" title="A"><p>a</p></section>
<section id="m-mh.incidents" title="B"><p>b</p>)");
    const display::Document doc = l.document();
    std::vector<std::string> runs;
    std::vector<std::string> dests;
    for (const auto& item : doc.pages[0].items) {
        if (const auto* t = std::get_if<display::TextRun>(&item)) runs.push_back(t->text);
        if (const auto* a = std::get_if<display::LinkArea>(&item)) dests.push_back(a->dest);
    }
    auto index_of = [&](const std::string& text, std::size_t from = 0) {
        for (std::size_t i = from; i < runs.size(); ++i)
            if (runs[i].find(text) != std::string::npos) return i;
        return runs.size();
    };
    // The matrix starts at its header; suicides (common cause, no target) sits in the common
    // cause row, mental health (concerning high, no target) in the concerning row.
    const std::size_t header = index_of("Variation \u00d7 Assurance");
    BOOST_REQUIRE(header < runs.size());
    const std::size_t common = index_of("Common cause variation", header);
    const std::size_t concern = index_of("Special cause \u2014 concerning", header);
    BOOST_REQUIRE(common < concern);
    const std::size_t suicides = index_of("Suicides", header);
    const std::size_t mh = index_of("Mental Health", header);
    BOOST_TEST((common < suicides && suicides < concern));
    BOOST_TEST(concern < mh);
    BOOST_TEST((std::count(dests.begin(), dests.end(), layout::section_dest("m-suicides")) >= 1));
    BOOST_TEST(
        (std::count(dests.begin(), dests.end(), layout::section_dest("m-mh.incidents")) >= 1));
    // A link to a missing section is an error at the link attribute.
    const std::string e =
        SpcLayout(R"(<spc-matrix indicators="suicides" area="force" from="2015-07" to="2017-06"
  link="nowhere-{indicator}"/>)")
            .error();
    BOOST_TEST(e.find(":4:3: error: link to a missing section 'nowhere-suicides'") !=
                   std::string::npos,
               e);
}

BOOST_AUTO_TEST_CASE(bad_attributes_are_errors_at_their_position) {
    BOOST_TEST(
        SpcLayout(
            R"(<spc-table indicators="suicides; nope" area="force" from="2015-07" to="2017-06"/>)")
            .error()
            .find(":3:12: error:") != std::string::npos);
    const std::string e = SpcLayout(R"(<chart kind="spc" area="force" from="2015-07" to="2017-06"
  rebase="2015-07"><series indicator="suicides"/></chart>)")
                              .error();
    BOOST_TEST(e.find(":4:3: error: the rebase month 2015-07 is not after the first month") !=
                   std::string::npos,
               e);
    BOOST_TEST(SpcLayout(R"(<chart kind="spc" area="force" from="2014-07" to="2017-06">
  <series indicator="suicides"/></chart>)")
                   .error()
                   .find("an SPC chart needs a value in every month") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
