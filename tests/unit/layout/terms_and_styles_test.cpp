// Glossary matching (case, terms inside longer terms, once a page) and style names checked
// against the theme.
#include "core/error.hpp"
#include "layout/style_names.hpp"
#include "layout/term_links.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;

BOOST_AUTO_TEST_SUITE(terms_and_styles_tests)

BOOST_AUTO_TEST_CASE(terms_match_whatever_their_case_and_are_linked_once_a_page) {
    layout::TermLinks t;
    t.define("CSEW", "glossary-csew");
    t.define("csew", "glossary-other"); // another spelling of the same term
    t.define("Home Fire Safety Visits", "glossary-hfsv");
    auto found = t.claim("The csew and the CSEW agree.");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].begin == 4u);
    BOOST_TEST(found[0].end == 8u);
    BOOST_TEST(found[0].section == "glossary-csew");
    BOOST_TEST(t.claim("Csew again").empty());
    auto visits = t.claim("We made more home fire safety visits.");
    BOOST_TEST_REQUIRE(visits.size() == 1u);
    BOOST_TEST(visits[0].begin == 13u);
    BOOST_TEST(visits[0].section == "glossary-hfsv");
    t.new_page();
    BOOST_TEST(t.claim("The Csew again").size() == 1u);
    BOOST_TEST(t.claim("Csewage is no term").empty()); // whole words only
}

BOOST_AUTO_TEST_CASE(a_term_wrapped_across_a_line_is_linked_on_both_lines_once) {
    layout::TermLinks t;
    t.define("accidental dwelling fires", "glossary-adf");
    // "accidental dwelling" ends one line, "fires" starts the next.
    auto head = t.claim("the number of accidental dwelling", " fires fell by a tenth");
    BOOST_TEST_REQUIRE(head.size() == 1u);
    BOOST_TEST(head[0].begin == 14u);
    BOOST_TEST(head[0].end == 33u); // to the end of the line
    auto tail = t.claim("fires fell by a tenth; accidental dwelling fires");
    BOOST_TEST_REQUIRE(tail.size() == 1u); // the rest, and no second link on the page
    BOOST_TEST(tail[0].begin == 0u);
    BOOST_TEST(tail[0].end == 5u);
    BOOST_TEST(tail[0].section == "glossary-adf");
    BOOST_TEST(t.claim("accidental dwelling fires").empty());
    // A line that ends in the term's first words but goes on otherwise links nothing.
    t.new_page();
    BOOST_TEST(t.claim("accidental dwelling", " files").empty());
    BOOST_TEST(t.claim("files").empty());
}

BOOST_AUTO_TEST_CASE(a_shorter_term_is_never_linked_inside_a_longer_one) {
    layout::TermLinks t;
    t.define("Crime", "g-crime");
    t.define("Crime Harm Index", "g-chi");
    auto first = t.claim("The Crime Harm Index rose.");
    BOOST_TEST_REQUIRE(first.size() == 1u);
    BOOST_TEST(first[0].section == "g-chi");
    BOOST_TEST(first[0].end - first[0].begin == 16u);
    // The longer term is linked already; "Crime" inside it is not linked in its place.
    BOOST_TEST(t.claim("The Crime Harm Index fell.").empty());
    // On its own, the shorter term is linked (once).
    auto alone = t.claim("Crime fell; Crime rose; Crime Harm Index.");
    BOOST_TEST_REQUIRE(alone.size() == 1u);
    BOOST_TEST(alone[0].begin == 0u);
    BOOST_TEST(alone[0].section == "g-crime");
    BOOST_TEST(t.claim("Crime again").empty());
}

BOOST_AUTO_TEST_CASE(an_unknown_style_name_is_an_error_listing_the_known_ones) {
    model::Report report;
    model::Section section;
    model::Block block;
    model::Paragraph p;
    p.style = "lede";
    block.content = p;
    block.pos = SourcePos{"layout.xml", 7, 5};
    section.blocks.push_back(block);
    report.sections.push_back(section);
    const model::Theme theme = model::Theme::defaults();
    try {
        layout::check_style_names(report, theme);
        BOOST_FAIL("no error");
    } catch (const InputError& e) {
        const std::string what = e.what();
        BOOST_TEST(
            what.rfind("layout.xml:7:5: error: unknown style \"lede\" (the theme defines ", 0) == 0,
            what);
        BOOST_TEST(what.find("banner, body") != std::string::npos, what);
    }
    std::get<model::Paragraph>(report.sections[0].blocks[0].content).style = "small";
    BOOST_CHECK_NO_THROW(layout::check_style_names(report, theme));
}

BOOST_AUTO_TEST_SUITE_END()
