// Defects that no shipped layout reaches: a section builder asked once too often, table rows
// wider than their table, page lists that disagree, bookmark parents that come later.
#include "layout_fixture.hpp"

#include "core/error.hpp"
#include "layout/block_builder.hpp"
#include "layout/finalize.hpp"
#include "layout/section_builder.hpp"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <future>
#include <memory>
#include <stdexcept>
#include <thread>

using namespace bp;
using namespace bp::testing;

namespace {

// What a report needs to build blocks: fonts, a document and a context over `report`.
struct Building {
    model::Report report;
    model::Theme theme = model::Theme::defaults();
    text::FontBook book{{BOARDPACK_FONT_DIR}, false};
    display::Document doc;
    layout::StyleFonts fonts{book, doc};
    layout::BuildContext ctx{report, theme, fonts};
};

// Calls next() on its own thread; "hangs" if it has not answered in 10 s. A builder that hangs
// is left behind on purpose (its destructor would wait for ever too).
std::string next_outcome(layout::SectionBuilder* builder) {
    auto done = std::make_shared<std::promise<std::string>>();
    std::future<std::string> answer = done->get_future();
    std::thread([builder, done] {
        try {
            builder->next();
            done->set_value("blocks");
        } catch (const std::logic_error&) {
            done->set_value("logic_error");
        } catch (...) {
            done->set_value("other error");
        }
    }).detach();
    if (answer.wait_for(std::chrono::seconds(10)) != std::future_status::ready) return "hangs";
    return answer.get();
}

} // namespace

BOOST_AUTO_TEST_CASE(a_section_builder_asked_once_too_often_says_so) {
    auto b = std::make_unique<Building>();
    b->report.sections.resize(2);
    auto builder = std::make_unique<layout::SectionBuilder>(b->report.sections,
                                                            std::vector<double>{400, 400}, b->ctx);
    BOOST_TEST(next_outcome(builder.get()) == "blocks");
    BOOST_TEST(next_outcome(builder.get()) == "blocks");
    const std::string third = next_outcome(builder.get());
    BOOST_TEST(third == "logic_error");
    if (third == "hangs") { // leak both: the waiting thread still uses them
        builder.release();
        b.release();
    }
}

BOOST_AUTO_TEST_CASE(a_section_builder_with_no_sections_does_not_wait) {
    auto b = std::make_unique<Building>();
    auto builder =
        std::make_unique<layout::SectionBuilder>(b->report.sections, std::vector<double>{}, b->ctx);
    const std::string first = next_outcome(builder.get());
    BOOST_TEST(first == "logic_error");
    if (first == "hangs") {
        builder.release();
        b.release();
    }
}

BOOST_AUTO_TEST_CASE(table_rows_that_do_not_fit_their_columns_are_errors) {
    Building b;
    auto table = [&](std::vector<int> spans, std::size_t cells, std::size_t align) {
        layout::TableContent content;
        content.weights = {1, 1};
        content.align.assign(align, model::Align::Left);
        layout::TableRowContent row;
        for (std::size_t i = 0; i < cells; ++i)
            row.cells.push_back(layout::plain("x"));
        row.spans = std::move(spans);
        row.pos = SourcePos{"t.xml", 7, 3};
        content.body.push_back(std::move(row));
        return layout::make_table(SourcePos{"t.xml", 5, 1}, std::move(content), 300, b.ctx);
    };
    BOOST_CHECK_NO_THROW(table({}, 2, 2));
    BOOST_CHECK_NO_THROW(table({2}, 1, 2));
    BOOST_CHECK_NO_THROW(table({1, 1}, 2, 2));
    BOOST_CHECK_THROW(table({3}, 1, 2), InputError);    // spans past the last column
    BOOST_CHECK_THROW(table({}, 3, 2), InputError);     // more cells than columns
    BOOST_CHECK_THROW(table({1}, 2, 2), InputError);    // fewer spans than cells
    BOOST_CHECK_THROW(table({0, 2}, 2, 2), InputError); // a span of nothing
    BOOST_CHECK_THROW(table({}, 2, 1), InputError);     // a column without an alignment
    try {
        table({2, 1}, 2, 2);
        BOOST_FAIL("no error");
    } catch (const InputError& e) {
        BOOST_TEST(e.pos().line == 7);
        BOOST_TEST(e.pos().col == 3);
    }
}

BOOST_AUTO_TEST_CASE(finalize_refuses_page_lists_that_disagree) {
    Building b;
    model::Template t;
    model::Section s;
    b.doc.pages.resize(2);
    std::vector<layout::PageContext> one{{&t, &s, {}}};
    BOOST_CHECK_THROW(layout::finalize(b.doc, one, b.report, b.theme, b.fonts), std::logic_error);
    std::vector<layout::PageContext> missing{{&t, &s, {}}, {&t, nullptr, {}}};
    BOOST_CHECK_THROW(layout::finalize(b.doc, missing, b.report, b.theme, b.fonts),
                      std::logic_error);
    std::vector<layout::PageContext> both{{&t, &s, {}}, {&t, &s, {}}};
    BOOST_CHECK_NO_THROW(layout::finalize(b.doc, both, b.report, b.theme, b.fonts));
}

BOOST_AUTO_TEST_CASE(a_bookmark_parent_that_comes_later_is_an_error_at_the_section) {
    const std::string xml = std::string("<report title=\"T\">") + kTemplate +
                            "<section id=\"menu\" title=\"Main Menu\" template=\"t\"/>\n"
                            "<section id=\"kid\" title=\"Kid\" template=\"t\"\n"
                            "  bookmark-parent=\"late\"><p>x</p></section>\n"
                            "<section id=\"late\" title=\"Late\" template=\"t\"><p>y</p></section>"
                            "</report>";
    try {
        lay_out(xml);
        BOOST_FAIL("no error");
    } catch (const InputError& e) {
        const std::string what = e.what();
        BOOST_TEST(e.pos().file == "t.xml");
        BOOST_TEST(e.pos().line == 5, what);
        BOOST_TEST(what.find("comes later") != std::string::npos, what);
    }
}

BOOST_AUTO_TEST_CASE(a_bookmark_parent_without_a_bookmark_is_an_error) {
    const std::string xml = std::string("<report title=\"T\">") + kTemplate +
                            "<section id=\"menu\" title=\"Main Menu\" template=\"t\" "
                            "bookmark=\"no\"/>\n"
                            "<section id=\"kid\" title=\"Kid\" template=\"t\" "
                            "bookmark-parent=\"menu\"><p>x</p></section></report>";
    BOOST_CHECK_THROW(lay_out(xml), InputError);
}

BOOST_AUTO_TEST_CASE(bookmarks_nest_to_any_depth_when_the_parent_comes_first) {
    // The reader allows one level; the outline itself nests deeper for reports built in code.
    model::Report report = input::layout_from_xml(
        input::parse_xml("t.xml", std::string("<report title=\"T\">") + kTemplate +
                                      "<section id=\"menu\" title=\"A\" template=\"t\"/>"
                                      "<section id=\"b\" title=\"B\" template=\"t\" "
                                      "bookmark-parent=\"menu\"/>"
                                      "<section id=\"c\" title=\"C\" template=\"t\"/></report>"),
        ".");
    report.sections[2].bookmark_parent = "b";
    text::FontBook book({BOARDPACK_FONT_DIR}, false);
    auto doc = layout::layout_report(report, model::Theme::defaults(), book);
    BOOST_TEST_REQUIRE(doc.outline.size() == 1u);
    BOOST_TEST_REQUIRE(doc.outline[0].children.size() == 1u);
    BOOST_TEST_REQUIRE(doc.outline[0].children[0].children.size() == 1u);
    BOOST_TEST(doc.outline[0].children[0].children[0].title == "C");
}
