// <columns>: blocks side by side at their share of the width, drawn column by column (the
// reading order), kept together on one page, and the reader's errors.
#include "core/error.hpp"
#include "layout_fixture.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

using namespace bp;
using bp::testing::items_of;
using bp::testing::lay_out;

namespace {

// A section of `body` on the built-in page: A4 landscape with 36 pt margins (a frame 769.89 pt
// wide).
std::string section(const std::string& body) {
    return "<report title=\"T\"><section id=\"s\" title=\"S\">" + body + "</section></report>";
}

// The first text run whose text is `text`, on any page, and its page.
struct Found {
    display::TextRun run;
    int page = -1;
    std::size_t index = 0; // its place among the page's items
};
Found find_run(const display::Document& doc, const std::string& text) {
    for (std::size_t p = 0; p < doc.pages.size(); ++p)
        for (std::size_t i = 0; i < doc.pages[p].items.size(); ++i)
            if (const auto* t = std::get_if<display::TextRun>(&doc.pages[p].items[i]))
                if (t->text == text) return {*t, static_cast<int>(p), i};
    return {};
}

std::string error_of(const std::string& xml) {
    try {
        lay_out(xml);
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

BOOST_AUTO_TEST_CASE(columns_sit_side_by_side_at_their_share_and_read_column_by_column) {
    const auto doc = lay_out(section(R"(<p>Above</p>
<columns gap="20">
  <column width="60%"><p>Left</p><p>LeftTwo</p><p>LeftThree</p></column>
  <column><p>Right</p></column>
</columns>
<p>Below</p>)"));
    BOOST_REQUIRE(doc.pages.size() == 1u);
    const Found above = find_run(doc, "Above"), left = find_run(doc, "Left"),
                left3 = find_run(doc, "LeftThree"), right = find_run(doc, "Right"),
                below = find_run(doc, "Below");
    BOOST_REQUIRE(right.page == 0);
    // Both columns start at the same height, right of the first one's 60% of (frame - gap).
    BOOST_TEST(left.run.origin.y == right.run.origin.y);
    BOOST_TEST(left.run.origin.x == above.run.origin.x);
    const double frame = 841.89 - 72;
    BOOST_TEST(right.run.origin.x == above.run.origin.x + (frame - 20) * 0.6 + 20,
               boost::test_tools::tolerance(1e-6));
    // The row is as tall as its taller column: what follows starts below the left's third line.
    BOOST_TEST(below.run.origin.y > left3.run.origin.y);
    // Drawn (and read) column 1 to its end, then column 2.
    BOOST_TEST(left3.index < right.index);
}

BOOST_AUTO_TEST_CASE(a_row_of_columns_that_does_not_fit_moves_whole_to_the_next_page) {
    // A spacer leaves less room than the taller column needs, more than the shorter (the
    // frame is about 460 pt tall below the built-in header).
    const auto doc = lay_out(section(R"(<spacer height="400"/>
<columns>
  <column><p>Short</p></column>
  <column><p>One</p><p>Two</p><p>Three</p><p>Four</p><p>Five</p></column>
</columns>)"));
    BOOST_REQUIRE_EQUAL(doc.pages.size(), 2u);
    BOOST_TEST(find_run(doc, "Short").page == 1);
    BOOST_TEST(find_run(doc, "One").page == 1);
    BOOST_TEST(find_run(doc, "Five").page == 1);
}

BOOST_AUTO_TEST_CASE(columns_errors_name_the_element) {
    BOOST_TEST(error_of(section("<columns><column><p>A</p></column></columns>"))
                   .find("error: <columns> takes two to four <column>s, not 1") !=
               std::string::npos);
    BOOST_TEST(error_of(section("<columns><column width=\"60\"><p>A</p></column>"
                                "<column><p>B</p></column></columns>"))
                   .find("a column's width is a percentage of the row from 5% to 95%") !=
               std::string::npos);
    BOOST_TEST(error_of(section("<columns><column width=\"70%\"><p>A</p></column>"
                                "<column width=\"40%\"><p>B</p></column></columns>"))
                   .find("the columns' widths add up to 110%") != std::string::npos);
    BOOST_TEST(error_of(section("<columns><column><p>A</p></column>"
                                "<column><page-break/></column></columns>"))
                   .find("<page-break> is not allowed in a <column>") != std::string::npos);
    BOOST_TEST(error_of(section("<columns><column><p>A</p></column><column/></columns>"))
                   .find("a <column> needs at least one block") != std::string::npos);
}
