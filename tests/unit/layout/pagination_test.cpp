// Pagination: blocks fill frames, split across pages, tables repeat headers, and a block that
// cannot fit an empty page is an error naming it.
#include "core/error.hpp"
#include "layout/paginate.hpp"
#include "layout_fixture.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;
using namespace bp::testing;

namespace {
std::string long_text(int words) {
    std::string s;
    for (int i = 0; i < words; ++i)
        s += "word" + std::to_string(i) + " ";
    return s;
}
std::string report(const std::string& body) {
    return std::string("<report title=\"T\">") + kTemplate +
           "<section id=\"menu\" title=\"Menu\" template=\"t\">" + body + "</section></report>";
}
} // namespace

BOOST_AUTO_TEST_CASE(long_paragraph_flows_over_pages_inside_the_frame) {
    auto doc = lay_out(report("<p>" + long_text(3000) + "</p>"));
    BOOST_TEST(doc.pages.size() > 2u);
    model::Template t;
    t.margin_top = t.margin_right = t.margin_bottom = t.margin_left = 30;
    t.header.height = 30;
    t.footer.height = 24;
    Rect frame = layout::body_frame(t);
    std::string all;
    for (const auto& page : doc.pages)
        for (const auto& run : items_of<display::TextRun>(page)) {
            if (run.text.rfind("word", 0) != 0) continue; // header, footer
            BOOST_TEST(run.origin.x >= frame.x - 1e-6);
            BOOST_TEST(run.origin.x + run.width <= frame.right() + 1e-6);
            BOOST_TEST(run.origin.y > frame.y);
            BOOST_TEST(run.origin.y <= frame.bottom());
            all += run.text + " ";
        }
    // Every word appears once, in order.
    std::size_t at = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string w = "word" + std::to_string(i) + " ";
        std::size_t found = all.find(w, at);
        BOOST_REQUIRE_MESSAGE(found != std::string::npos, "missing " << w);
        at = found + w.size();
    }
}

BOOST_AUTO_TEST_CASE(many_short_paragraphs_all_land_inside_frames) {
    std::string body;
    for (int i = 0; i < 300; ++i)
        body += "<p>Paragraph " + std::to_string(i) + " text.</p>";
    auto doc = lay_out(report(body));
    BOOST_TEST(doc.pages.size() >= 10u);
    int seen = 0;
    for (const auto& page : doc.pages)
        for (const auto& run : items_of<display::TextRun>(page)) {
            if (run.text.rfind("Paragraph", 0) != 0) continue;
            ++seen;
            BOOST_TEST(run.origin.y <= page.size.h - 30 - 24, run.text); // above the footer
        }
    BOOST_TEST(seen == 300);
}

BOOST_AUTO_TEST_CASE(long_table_splits_and_repeats_its_header_row) {
    std::string rows = "<row><cell>Area</cell><cell>Figure</cell></row>";
    for (int i = 0; i < 120; ++i)
        rows += "<row><cell>r" + std::to_string(i) + "</cell><cell>" + std::to_string(i * 7) +
                "</cell></row>";
    auto doc = lay_out(report("<table columns=\"3 1\" align=\"left right\">" + rows + "</table>"));
    BOOST_REQUIRE(doc.pages.size() >= 3u);
    int rows_seen = 0;
    for (const auto& page : doc.pages) {
        auto runs = items_of<display::TextRun>(page);
        int headers = 0;
        double header_y = 0, first_row_y = 1e9;
        for (const auto& r : runs) {
            if (r.text == "Area") {
                ++headers;
                header_y = r.origin.y;
            }
            if (r.text.size() > 1 && r.text[0] == 'r' && std::isdigit(r.text[1])) {
                ++rows_seen;
                first_row_y = std::min(first_row_y, r.origin.y);
            }
        }
        BOOST_TEST(headers == 1);           // the header row on every page
        BOOST_TEST(header_y < first_row_y); // above the body rows
    }
    BOOST_TEST(rows_seen == 120);
}

BOOST_AUTO_TEST_CASE(right_aligned_cells_end_at_the_same_x) {
    auto doc = lay_out(report("<table columns=\"3 1\" align=\"left right\"><row><cell>H</cell>"
                              "<cell>N</cell></row><row><cell>a</cell><cell>24,106</cell></row>"
                              "<row><cell>b</cell><cell>7</cell></row></table>"));
    double right_a = 0, right_b = 0;
    for (const auto& r : items_of<display::TextRun>(doc.pages[0])) {
        if (r.text == "24,106") right_a = r.origin.x + r.width;
        if (r.text == "7") right_b = r.origin.x + r.width;
    }
    BOOST_TEST(right_a > 0);
    BOOST_TEST(std::abs(right_a - right_b) < 1e-6);
}

BOOST_AUTO_TEST_CASE(a_row_taller_than_a_page_is_an_error_naming_the_row_and_page) {
    std::string tall = "<row><cell>x</cell><cell>" + long_text(4000) + "</cell></row>";
    std::string xml = report("<table columns=\"1 1\"><row><cell>H</cell><cell>H</cell></row>"
                             "<row><cell>a</cell><cell>b</cell></row>\n" +
                             tall + "</table>");
    try {
        lay_out(xml);
        BOOST_FAIL("no error");
    } catch (const InputError& e) {
        std::string msg = e.what();
        BOOST_TEST(msg.rfind("t.xml:5:1: error: table row does not fit on an empty page", 0) == 0,
                   msg);
        BOOST_TEST(msg.find("page 2") != std::string::npos, msg);
    }
}

BOOST_AUTO_TEST_CASE(page_break_starts_a_new_page) {
    auto doc = lay_out(report("<p>one</p><page-break/><p>two</p>"));
    BOOST_REQUIRE(doc.pages.size() == 2u);
    BOOST_TEST(page_text(doc.pages[0]).find("one") != std::string::npos);
    BOOST_TEST(page_text(doc.pages[1]).find("two") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_30000_character_word_is_broken_and_laid_out) {
    auto doc = lay_out(report("<p>" + std::string(30000, 'x') + "</p>"));
    BOOST_TEST(doc.pages.size() >= 2u);
}

// Sections are built on a second thread ahead of pagination (layout/section_builder.hpp); what
// goes wrong must still be reported in document order, as if each were built when placed.
namespace {
std::string sections(const std::vector<std::string>& bodies) {
    std::string xml = std::string("<report title=\"T\">") + kTemplate;
    for (std::size_t i = 0; i < bodies.size(); ++i)
        xml += "<section id=\"" + (i == 0 ? std::string("menu") : "s" + std::to_string(i)) +
               "\" title=\"S" + std::to_string(i) + "\" template=\"t\">\n" + bodies[i] +
               "</section>";
    return xml + "</report>";
}
std::string error_of(const std::string& xml) {
    try {
        lay_out(xml);
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}
const std::string kNeedsData = "<p>Value <fig indicator=\"a\" area=\"b\" period=\"2017\"/></p>";
} // namespace

BOOST_AUTO_TEST_CASE(a_page_error_in_an_early_section_wins_over_a_build_error_in_a_later_one) {
    std::string tall = "<table columns=\"1 1\"><row><cell>H</cell><cell>H</cell></row><row>"
                       "<cell>x</cell><cell>" +
                       long_text(4000) + "</cell></row></table>";
    std::string msg = error_of(sections({"<p>one</p>", tall, "<p>three</p>", kNeedsData}));
    BOOST_TEST(msg.find("does not fit on an empty page") != std::string::npos, msg);
    msg = error_of(sections({"<p>one</p>", kNeedsData, tall}));
    BOOST_TEST(msg.find("this needs data") != std::string::npos, msg);
}

BOOST_AUTO_TEST_CASE(three_hundred_sections_are_laid_out_in_order) {
    std::vector<std::string> bodies;
    for (int i = 0; i < 300; ++i)
        bodies.push_back("<heading>Part " + std::to_string(i) + "</heading><p>" +
                         long_text(i % 40 + 1) + "</p>");
    auto doc = lay_out(sections(bodies));
    int last = -1;
    for (int i = 1; i < 300; ++i) {
        const int page = page_of_dest(doc, "section-s" + std::to_string(i));
        BOOST_TEST_REQUIRE(page >= last);
        last = page;
    }
    std::string all;
    for (const auto& page : doc.pages)
        all += page_text(page);
    std::size_t at = 0;
    for (int i = 0; i < 300; ++i) {
        at = all.find("Part " + std::to_string(i) + " ", at);
        BOOST_TEST_REQUIRE(at != std::string::npos);
    }
}
