// Glossary matching (case, terms inside longer terms, once a page) and style names checked
// against the theme.
#include "core/error.hpp"
#include "layout/style_names.hpp"
#include "layout/term_links.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;

BOOST_AUTO_TEST_SUITE(terms_and_styles_tests)

BOOST_AUTO_TEST_CASE(terms_differing_only_in_case_are_one_term_linked_once_a_page) {
    layout::TermLinks t;
    t.define("CSEW", "glossary-csew");
    t.define("csew", "glossary-other"); // another spelling of the same term
    BOOST_TEST(t.claim("The Csew is not spelt as defined.").empty());
    auto found = t.claim("The csew and the CSEW agree.");
    BOOST_TEST_REQUIRE(found.size() == 1u);
    BOOST_TEST(found[0].begin == 4u);
    BOOST_TEST(found[0].end == 8u);
    BOOST_TEST(found[0].section == "glossary-csew");
    BOOST_TEST(t.claim("CSEW again").empty());
    t.new_page();
    BOOST_TEST(t.claim("CSEW again").size() == 1u);
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
