// Structure marks in the display list, as the tagged PDF needs them: a split table, list or
// paragraph carries one identity on every page, a repeated header row is a pagination
// artifact, header cells have their scope, list items a label and a body, band buttons are
// links outside the band's artifact and say where they go, band titles are headings.
#include "core/error.hpp"
#include "graphics/face.hpp"
#include "layout_fixture.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <set>

using namespace bp;
using namespace bp::testing;
using display::StructBegin;
using display::StructKind;
namespace tt = boost::test_tools;

namespace {

std::string report(const std::string& body) {
    return std::string("<report title=\"T\">") + kTemplate +
           "<section id=\"menu\" title=\"Menu\" template=\"t\">" + body +
           "</section><section id=\"next\" title=\"Second part\" template=\"t\" new-page=\"yes\">"
           "<p>End.</p></section></report>";
}

std::string long_table() {
    std::string rows = "<row><cell>Area</cell><cell>Figure</cell></row>";
    for (int i = 0; i < 120; ++i)
        rows += "<row><cell>r" + std::to_string(i) + "</cell><cell>" + std::to_string(i * 7) +
                "</cell></row>";
    return "<table columns=\"3 1\" align=\"left right\">" + rows + "</table>";
}

// The elements of `kind` begun on a page.
std::vector<StructBegin> begun(const display::Page& page, StructKind kind) {
    std::vector<StructBegin> out;
    for (const auto& b : items_of<StructBegin>(page))
        if (b.kind == kind) out.push_back(b);
    return out;
}

// The text runs drawn inside an element of `kind` (at any depth) on a page.
std::vector<std::string> texts_inside(const display::Page& page, StructKind kind) {
    std::vector<std::string> out;
    std::vector<StructKind> open;
    for (const auto& item : page.items) {
        if (auto* b = std::get_if<StructBegin>(&item)) open.push_back(b->kind);
        if (std::holds_alternative<display::StructEnd>(item) && !open.empty()) open.pop_back();
        if (auto* t = std::get_if<display::TextRun>(&item))
            for (auto k : open)
                if (k == kind) {
                    out.push_back(t->text);
                    break;
                }
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(
    a_table_split_over_pages_keeps_one_identity_and_repeats_its_header_as_artifact) {
    auto doc = lay_out(report(long_table()));
    std::set<std::uint64_t> ids;
    int pages_with_table = 0;
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        auto tables = begun(doc.pages[p], StructKind::Table);
        if (tables.empty()) continue;
        ++pages_with_table;
        BOOST_TEST(tables.size() == 1u);
        BOOST_TEST(tables[0].id != 0u);
        ids.insert(tables[0].id);
        const auto headers = begun(doc.pages[p], StructKind::TableHeaderCell);
        const auto artifacts = texts_inside(doc.pages[p], StructKind::Artifact);
        const bool header_in_artifact =
            std::find(artifacts.begin(), artifacts.end(), "Area") != artifacts.end();
        if (pages_with_table == 1) { // the real header: two column headers, not an artifact
            BOOST_TEST(std::count_if(headers.begin(), headers.end(), [](const StructBegin& b) {
                           return b.scope == StructBegin::Scope::Column;
                       }) == 2);
            BOOST_TEST(!header_in_artifact);
        } else { // a continuation: the header is decoration of type Pagination
            BOOST_TEST(std::none_of(headers.begin(), headers.end(), [](const StructBegin& b) {
                return b.scope == StructBegin::Scope::Column;
            }));
            BOOST_TEST(header_in_artifact);
        }
        // The banner's section title is a heading on the section's first page only.
        const auto in_artifacts = texts_inside(doc.pages[p], StructKind::Artifact);
        const bool title_running =
            std::find(in_artifacts.begin(), in_artifacts.end(), "Menu") != in_artifacts.end();
        BOOST_TEST(title_running == (p > 0));
        // Each body row's first cell names its row.
        BOOST_TEST(std::count_if(headers.begin(), headers.end(), [](const StructBegin& b) {
                       return b.scope == StructBegin::Scope::Row;
                   }) > 10);
    }
    BOOST_TEST(pages_with_table >= 3);
    BOOST_TEST(ids.size() == 1u); // one table, however many pages
}

BOOST_AUTO_TEST_CASE(a_paragraph_split_over_pages_keeps_one_identity) {
    std::string words;
    for (int i = 0; i < 3000; ++i)
        words += "word" + std::to_string(i) + " ";
    auto doc = lay_out(report("<p>" + words + "</p>"));
    std::set<std::uint64_t> ids;
    for (const auto& page : doc.pages)
        for (const auto& p : begun(page, StructKind::Paragraph))
            if (texts_inside(page, StructKind::Paragraph).front().rfind("word", 0) == 0)
                ids.insert(p.id);
    BOOST_TEST(doc.pages.size() > 3u);
    BOOST_TEST(ids.size() == 1u);
    BOOST_TEST(*ids.begin() != 0u);
}

BOOST_AUTO_TEST_CASE(list_items_have_a_label_and_a_body) {
    auto doc = lay_out(report("<list><item>First point</item><item>Second point</item></list>"));
    const auto& page = doc.pages.front();
    BOOST_TEST(begun(page, StructKind::ListItem).size() == 2u);
    BOOST_TEST(texts_inside(page, StructKind::ListLabel) ==
               (std::vector<std::string>{"\u2022", "\u2022"}));
    const auto bodies = texts_inside(page, StructKind::ListBody);
    BOOST_TEST(bodies.size() == 2u);
    BOOST_TEST(bodies.front().find("First") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(band_buttons_are_links_outside_the_band_artifact_and_say_where_they_go) {
    auto doc = lay_out(report("<p>First page.</p>"));
    BOOST_REQUIRE(doc.pages.size() == 2u);
    const auto& first = doc.pages.front();
    // The band's page number is decoration, the buttons are not, and on the section's first
    // page the banner's section title is the section's heading.
    const auto artifacts = texts_inside(first, StructKind::Artifact);
    BOOST_TEST((std::find(artifacts.begin(), artifacts.end(), "Next Page") == artifacts.end()));
    BOOST_TEST((std::find(artifacts.begin(), artifacts.end(), "Menu") == artifacts.end()));
    BOOST_TEST(texts_inside(first, StructKind::Heading) == (std::vector<std::string>{"Menu"}));
    std::vector<std::string> links;
    for (const auto& b : begun(first, StructKind::Link))
        links.push_back(b.alt);
    BOOST_TEST((std::find(links.begin(), links.end(), "Next Page: Second part") != links.end()));
    BOOST_TEST((std::find(links.begin(), links.end(), "Main Menu") != links.end()));
    // On the last page there is no next page: no such button, and no such link.
    for (const auto& b : begun(doc.pages.back(), StructKind::Link))
        BOOST_TEST(b.alt.rfind("Next Page", 0) != 0u);
}

BOOST_AUTO_TEST_CASE(a_page_reads_its_header_then_its_body_then_its_footer) {
    auto doc = lay_out(report("<p>First page.</p>"));
    BOOST_REQUIRE(doc.pages.size() == 2u);
    // The header's section title (the section's heading here) is read before the body, and
    // the footer's buttons after it: painting order is reading order.
    std::vector<std::string> texts;
    for (const auto& run : items_of<display::TextRun>(doc.pages.front()))
        texts.push_back(run.text);
    const auto at = [&](const std::string& text) {
        return std::find(texts.begin(), texts.end(), text) - texts.begin();
    };
    BOOST_REQUIRE(at("Menu") < static_cast<std::ptrdiff_t>(texts.size()));
    BOOST_REQUIRE(at("Main Menu") < static_cast<std::ptrdiff_t>(texts.size()));
    BOOST_TEST(at("Menu") < at("First page."));
    BOOST_TEST(at("First page.") < at("Main Menu"));
}

BOOST_AUTO_TEST_CASE(a_verdict_face_holds_its_word_as_invisible_text) {
    std::vector<display::Item> items;
    display::TextRun word{{0, 0}, 0, 10, {}, "Red", 30};
    word.invisible = true;
    graphics::draw_face(items, graphics::Face::Unhappy, {50, 50}, 14, {}, "Verdict: Red", &word);
    const auto* begin = std::get_if<StructBegin>(&items.front());
    BOOST_REQUIRE(begin);
    BOOST_TEST((begin->kind == StructKind::Figure));
    BOOST_TEST(begin->alt == "Verdict: Red");
    const auto* run = std::get_if<display::TextRun>(&items[items.size() - 2]);
    BOOST_REQUIRE(run);
    BOOST_TEST(run->text == "Red");
    BOOST_TEST(run->invisible);
    BOOST_TEST(std::holds_alternative<display::StructEnd>(items.back()));
}

BOOST_AUTO_TEST_CASE(a_band_text_marked_heading_is_a_heading_where_first_drawn_then_an_artifact) {
    // A glossary template over three pages, then a cover template twice: its title and
    // period (both heading="1") are one heading on the first of those pages.
    std::string terms;
    for (int i = 0; i < 3; ++i)
        terms += "<p>Term " + std::to_string(i) + ".</p><page-break/>";
    const std::string xml =
        "<report title=\"T\"><template id=\"g\" margin=\"30\"><header height=\"30\">"
        "<text heading=\"1\">Glossary</text><text align=\"right\">Page {page}</text></header>"
        "</template><template id=\"c\" margin=\"30\"><header height=\"30\">"
        "<text heading=\"1\">Summary</text><text heading=\"1\" align=\"right\">Q1</text>"
        "</header></template>"
        "<section id=\"g\" title=\"Words\" template=\"g\">" +
        terms +
        "</section><section id=\"c\" title=\"Cover\" template=\"c\"><p>A</p><page-break/>"
        "<p>B</p></section></report>";
    auto doc = lay_out(xml);
    BOOST_TEST_REQUIRE(doc.pages.size() >= 5u);
    std::vector<std::string> first_page = texts_inside(doc.pages[0], StructKind::Heading);
    BOOST_TEST(first_page == (std::vector<std::string>{"Glossary"}), tt::per_element());
    BOOST_TEST(begun(doc.pages[0], StructKind::Heading).at(0).level == 1);
    const auto artifacts_0 = texts_inside(doc.pages[0], StructKind::Artifact);
    BOOST_TEST((std::find(artifacts_0.begin(), artifacts_0.end(), "Page 1") != artifacts_0.end()));
    for (std::size_t p = 1; p < 3; ++p) { // repeats: decoration
        BOOST_TEST(begun(doc.pages[p], StructKind::Heading).empty());
        const auto artifacts = texts_inside(doc.pages[p], StructKind::Artifact);
        BOOST_TEST((std::find(artifacts.begin(), artifacts.end(), "Glossary") != artifacts.end()));
    }
    std::size_t cover = 0;
    while (cover < doc.pages.size() &&
           page_text(doc.pages[cover]).find("Summary") == std::string::npos)
        ++cover;
    BOOST_TEST_REQUIRE(cover + 1 < doc.pages.size());
    // One heading of both texts, a word space between them; the next page repeats it.
    BOOST_TEST(begun(doc.pages[cover], StructKind::Heading).size() == 1u);
    BOOST_TEST(texts_inside(doc.pages[cover], StructKind::Heading) ==
                   (std::vector<std::string>{"Summary", " Q1"}),
               tt::per_element());
    BOOST_TEST(begun(doc.pages[cover + 1], StructKind::Heading).empty());
}

BOOST_AUTO_TEST_CASE(a_band_heading_level_outside_1_to_3_is_an_error_at_its_attribute) {
    const std::string xml = "<report title=\"T\"><template id=\"g\"><header height=\"30\">"
                            "<text heading=\"4\">Glossary</text></header></template>"
                            "<section id=\"g\" title=\"W\" template=\"g\"><p>x</p></section>"
                            "</report>";
    try {
        lay_out(xml);
        BOOST_FAIL("heading=\"4\" was accepted");
    } catch (const InputError& e) {
        BOOST_TEST(std::string(e.what()).find("heading") != std::string::npos, e.what());
        BOOST_TEST(e.pos().line == 1);
    }
}
