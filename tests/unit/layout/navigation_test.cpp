// Navigation: Next Page and Main Menu on every page, sections reachable by links, menus,
// bookmarks nested, page numbers "Page N of M".
#include "layout_fixture.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;
using namespace bp::testing;

namespace {
display::Document sample() {
    std::string xml = std::string("<report title=\"T\">") + kTemplate +
                      "<section id=\"menu\" title=\"Main Menu\" template=\"t\"><menu of=\"obj\"/>"
                      "</section>";
    for (int i = 1; i <= 4; ++i) {
        std::string id = "s" + std::to_string(i);
        xml += "<section id=\"" + id + "\" title=\"Objective " + std::to_string(i) +
               "\" template=\"t\" group=\"obj\"" + (i > 2 ? " bookmark-parent=\"s2\"" : "") +
               "><p>Text of " + id + ". <a to=\"menu\">Back to the menu</a></p></section>";
    }
    xml += "</report>";
    return lay_out(xml);
}
} // namespace

BOOST_AUTO_TEST_CASE(every_page_but_the_last_links_to_the_next_page_and_all_to_the_menu) {
    auto doc = sample();
    BOOST_REQUIRE(doc.pages.size() == 5u);
    int menu_page = page_of_dest(doc, "section-menu");
    BOOST_TEST(menu_page == 0);
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        int next = 0, menu = 0;
        for (const auto& link : items_of<display::LinkArea>(doc.pages[p])) {
            if (link.dest == "page-" + std::to_string(p + 2)) ++next;
            if (link.dest == "section-menu") ++menu;
            BOOST_TEST(link.dest.find('@') == std::string::npos); // all resolved
        }
        BOOST_TEST(next == (p + 1 < doc.pages.size() ? 1 : 0));
        BOOST_TEST(menu >= 1);
        std::string text = page_text(doc.pages[p]);
        BOOST_TEST(text.find("Page " + std::to_string(p + 1) + " of 5") != std::string::npos);
        BOOST_TEST((text.find("Next Page") != std::string::npos) == (p + 1 < doc.pages.size()));
        BOOST_TEST(page_of_dest(doc, "page-" + std::to_string(p + 1)) == static_cast<int>(p));
    }
}

BOOST_AUTO_TEST_CASE(menu_links_to_every_section_of_its_group_in_order) {
    auto doc = sample();
    std::vector<std::string> targets;
    for (const auto& link : items_of<display::LinkArea>(doc.pages[0]))
        if (link.dest.rfind("section-s", 0) == 0) targets.push_back(link.dest);
    BOOST_TEST(targets == (std::vector<std::string>{"section-s1", "section-s2", "section-s3",
                                                    "section-s4"}),
               boost::test_tools::per_element());
    for (int i = 1; i <= 4; ++i)
        BOOST_TEST(page_of_dest(doc, "section-s" + std::to_string(i)) == i);
}

BOOST_AUTO_TEST_CASE(bookmarks_nest_under_their_parent) {
    auto doc = sample();
    BOOST_REQUIRE(doc.outline.size() == 3u); // menu, s1, s2 (with s3, s4)
    BOOST_TEST(doc.outline[2].title == "Objective 2");
    BOOST_REQUIRE(doc.outline[2].children.size() == 2u);
    BOOST_TEST(doc.outline[2].children[1].dest == "section-s4");
}

BOOST_AUTO_TEST_CASE(header_shows_the_section_title) {
    auto doc = sample();
    BOOST_TEST(page_text(doc.pages[3]).find("Objective 3") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sections_that_continue_share_a_page) {
    std::string xml = std::string("<report title=\"T\">") + kTemplate +
                      "<section id=\"menu\" title=\"M\" template=\"t\"><p>a</p></section>"
                      "<section id=\"x\" title=\"X\" template=\"t\" new-page=\"no\"><p>b</p>"
                      "</section></report>";
    auto doc = lay_out(xml);
    BOOST_TEST(doc.pages.size() == 1u);
    BOOST_TEST(page_of_dest(doc, "section-x") == 0);
}

BOOST_AUTO_TEST_CASE(same_input_gives_the_same_display_list) {
    BOOST_TEST(display::dump(sample()) == display::dump(sample()));
}

BOOST_AUTO_TEST_CASE(glossary_terms_link_at_their_first_appearance_on_each_page) {
    std::string xml = std::string("<report title=\"T\">") + kTemplate +
                      "<section id=\"menu\" title=\"M\" template=\"t\">"
                      "<p>The CSEW and the CSEW again; CSEWS is another word.</p></section>"
                      "<section id=\"b\" title=\"B\" template=\"t\"><p>Then CSEW once more.</p>"
                      "</section>"
                      "<section id=\"glossary\" title=\"Glossary\" template=\"t\" defines=\"CSEW\">"
                      "<p>CSEW: the Crime Survey for England and Wales.</p></section></report>";
    auto doc = lay_out(xml);
    BOOST_REQUIRE(doc.pages.size() == 3u);
    auto term_links = [&](std::size_t p) {
        int n = 0;
        for (const auto& link : items_of<display::LinkArea>(doc.pages[p]))
            n += link.dest == "section-glossary";
        return n;
    };
    BOOST_TEST(term_links(0) == 1);
    BOOST_TEST(term_links(1) == 1);
    BOOST_TEST(term_links(2) == 0); // not inside the defining section
    // The link covers exactly the word: its box starts where the run "CSEW" starts.
    for (const auto& link : items_of<display::LinkArea>(doc.pages[0])) {
        if (link.dest != "section-glossary") continue;
        bool matched = false;
        for (const auto& run : items_of<display::TextRun>(doc.pages[0]))
            if (run.text == "CSEW" && std::abs(run.origin.x - link.box.x) < 1e-9 &&
                std::abs(run.width - link.box.w) < 1e-9)
                matched = true;
        BOOST_TEST(matched);
    }
    BOOST_TEST(page_text(doc.pages[0]).find("The ") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_long_title_is_shortened_to_fit_the_banner) {
    std::string title;
    for (int i = 0; i < 3000; ++i)
        title += "Überlong ";
    std::string xml = std::string("<report title=\"T\">") + kTemplate +
                      "<section id=\"menu\" title=\"" + title +
                      "\" template=\"t\"><p>x</p></section></report>";
    auto doc = lay_out(xml);
    bool found = false;
    for (const auto& run : items_of<display::TextRun>(doc.pages[0]))
        if (run.text.rfind("Überlong", 0) == 0) {
            found = true;
            BOOST_TEST(run.text.size() < 400u);
            BOOST_TEST(run.text.substr(run.text.size() - 3) == "\u2026");
            BOOST_TEST(run.origin.x + run.width <= 841.89 - 30); // inside the right margin
        }
    BOOST_TEST(found);
}
