// Running headers of pages that sections share (the section with most of the page), and band
// texts cut to fit (a warning naming the band and the text lost; an error if the band says so).
#include "core/error.hpp"
#include "layout_fixture.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

using namespace bp;
using namespace bp::testing;

namespace {

// The page's first text run: its header band's text (the band is painted before the body).
std::string header_of(const display::Page& page) {
    auto runs = items_of<display::TextRun>(page);
    return runs.empty() ? "" : runs.front().text;
}

std::string lines(int count) {
    std::string p = "<p>";
    for (int k = 1; k <= count; ++k)
        p += (k > 1 ? "<br/>" : "") + std::string("line ") + std::to_string(k);
    return p + "</p>";
}

display::Document lay_out_warning(const std::string& xml, std::vector<Diagnostic>& warnings) {
    model::Report report = input::layout_from_xml(input::parse_xml("t.xml", xml), ".");
    text::FontBook book({BOARDPACK_FONT_DIR}, false);
    layout::LayoutOptions options;
    options.warnings = &warnings;
    return layout::layout_report(report, model::Theme::defaults(), book, options);
}

} // namespace

BOOST_AUTO_TEST_SUITE(shared_pages_tests)

BOOST_AUTO_TEST_CASE(a_shared_page_is_headed_by_the_section_with_most_of_it) {
    // Alpha runs a few lines onto page 2; Beta starts there and fills most of it.
    const std::string xml = std::string("<report title=\"T\">") + kTemplate +
                            "<section id=\"menu\" title=\"Alpha section\" template=\"t\">" +
                            lines(40) +
                            "</section><section id=\"b\" title=\"Beta section\" template=\"t\" "
                            "new-page=\"no\"><spacer height=\"300\"/></section>"
                            "<section id=\"c\" title=\"Gamma section\" template=\"t\" "
                            "new-page=\"no\"><spacer height=\"20\"/></section></report>";
    auto doc = lay_out(xml);
    BOOST_TEST_REQUIRE(doc.pages.size() == 2u);
    BOOST_TEST(header_of(doc.pages[0]) == "Alpha section");
    BOOST_TEST(page_text(doc.pages[1]).find("line 40") != std::string::npos); // Alpha's end
    BOOST_TEST(header_of(doc.pages[1]) == "Beta section"); // not Alpha, which started the page
    // The Next Page button of page 1 names the section page 2's header names.
    bool named = false;
    for (const auto& item : doc.pages[0].items)
        if (const auto* b = std::get_if<display::StructBegin>(&item))
            named = named || b->alt == "Next Page: Beta section";
    BOOST_TEST(named);
}

BOOST_AUTO_TEST_CASE(a_band_text_cut_to_fit_is_a_warning_naming_the_band_and_the_text_lost) {
    const std::string title = "Northshire Fire and Rescue Service: Monthly figures by district, "
                              "with the response times of every station and the crews on call";
    auto report = [&](const std::string& overflow) {
        return "<report title=\"T\"><template id=\"t\" size=\"A4\" orientation=\"portrait\">"
               "<header height=\"30\"" +
               overflow +
               "><text>{section.title}</text></header></template>"
               "<section id=\"s\" title=\"" +
               title + "\" template=\"t\"><p>One.</p><page-break/><p>Two.</p></section></report>";
    };
    std::vector<Diagnostic> warnings;
    auto doc = lay_out_warning(report(""), warnings);
    BOOST_TEST(doc.pages.size() == 2u);
    int cuts = 0;
    for (const auto& w : warnings)
        if (w.message.find("header band") != std::string::npos) {
            ++cuts;
            BOOST_TEST((w.severity == Severity::Warning));
            BOOST_TEST(w.message.find("is lost") != std::string::npos);
            BOOST_TEST(w.message.find("crews on call") != std::string::npos);
        }
    BOOST_TEST(cuts == 1); // once, not once a page
    // overflow="error": an error at the text's position, and no document.
    try {
        std::vector<Diagnostic> more;
        lay_out_warning(report(" overflow=\"error\""), more);
        BOOST_FAIL("no error");
    } catch (const InputError& e) {
        const std::string what = e.what();
        BOOST_TEST(what.find("header band") != std::string::npos);
        BOOST_TEST(what.find("t.xml:1:") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(a_glossary_term_wrapped_across_a_line_is_linked_whole_once_a_page) {
    // The term moves along the line a word at a time, one page each: on some pages it wraps.
    std::string body;
    for (int k = 0; k < 40; ++k) {
        if (k > 0) body += "<page-break/>";
        std::string words;
        for (int i = 0; i < k; ++i)
            words += "word ";
        body += "<p>" + words +
                "Accidental Dwelling Fires fell, and accidental dwelling fires again.</p>";
    }
    const std::string xml = std::string("<report title=\"T\">") + kTemplate +
                            "<section id=\"menu\" title=\"S\" template=\"t\">" + body +
                            "</section><section id=\"glossary\" title=\"Glossary\" "
                            "template=\"t\" defines=\"accidental dwelling fires\"><p>Terms.</p>"
                            "</section></report>";
    auto doc = lay_out(xml);
    int wrapped = 0;
    for (std::size_t p = 0; p < 40; ++p) {
        std::vector<std::string> parts;
        for (const auto& item : doc.pages[p].items)
            if (const auto* b = std::get_if<display::StructBegin>(&item);
                b && b->kind == display::StructKind::Link &&
                b->alt.find("Page") == std::string::npos &&
                b->alt.find("Menu") == std::string::npos)
                parts.push_back(b->alt);
        std::string joined;
        for (const auto& part : parts)
            joined += (joined.empty() ? "" : " ") + part;
        BOOST_TEST_INFO("page " << p + 1);
        BOOST_TEST(joined == "Accidental Dwelling Fires"); // the first, whatever its case, once
        wrapped += parts.size() == 2 ? 1 : 0;
    }
    BOOST_TEST(wrapped > 0); // the term did wrap somewhere, and was linked across the break
}

BOOST_AUTO_TEST_SUITE_END()
