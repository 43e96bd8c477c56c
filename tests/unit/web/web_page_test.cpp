#include "web/web_page.hpp"

#include "compute/indicator_table_cells.hpp"
#include "compute/theme_verdict_rules.hpp"
#include "compute/verdict_words.hpp"
#include "core/markup_escape.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"

#include <boost/test/unit_test.hpp>

#include <map>
#include <regex>
#include <set>

using namespace bp;

namespace {

// A layout read with its theme and data, and its web edition.
struct Built {
    input::LoadedReport loaded;
    model::Theme theme;
    std::unique_ptr<compute::Figures> figures;
    web::WebPage page;

    explicit Built(const std::string& layout) {
        loaded = input::read_report(layout);
        theme = input::read_theme(loaded.report.theme_path);
        figures =
            std::make_unique<compute::Figures>(*loaded.data, compute::verdict_rules_from(theme));
        text::FontBook book({BOARDPACK_FONT_DIR}, false);
        page = web::web_page(loaded.report, theme, book, figures.get());
    }
};

std::vector<std::string> all(const std::string& text, const std::regex& re) {
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
         ++it)
        out.push_back((*it)[1].str());
    return out;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

} // namespace

BOOST_AUTO_TEST_CASE(structure_ids_and_links) {
    const Built b(BOARDPACK_SOURCE_DIR "/layouts/pcc-quarterly.xml");
    const std::string& h = b.page.html;
    BOOST_TEST(h.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0) == 0);
    BOOST_TEST(count(h, "<main>") == 1u);
    BOOST_TEST(count(h, "<h1>") == 1u);
    // Self-contained: no script, no resource fetched.
    BOOST_TEST(count(h, "<script") == 0u);
    BOOST_TEST(count(h, " src=") == 0u);
    BOOST_TEST(count(h, "<link") == 0u);
    BOOST_TEST(count(h, "url(") == 0u);
    // Ids are unique and every internal link goes to one.
    const auto ids = all(h, std::regex(" id=\"([^\"]*)\""));
    const std::set<std::string> unique(ids.begin(), ids.end());
    BOOST_TEST(unique.size() == ids.size());
    const auto links = all(h, std::regex("href=\"#([^\"]*)\""));
    BOOST_TEST(links.size() > 50u);
    for (const auto& l : links)
        BOOST_TEST(unique.count(l) == 1u, "#" + l);
    // Every section is there by its id; menus are <nav>s of links to the group's sections.
    for (const auto& s : b.loaded.report.sections)
        BOOST_TEST(unique.count(s.id) == 1u, s.id);
    BOOST_TEST(count(h, "<nav aria-label=\"objectives\"><ul>") == 1u);
    BOOST_TEST(h.find("<li><a href=\"#cybercrime\">Tackle cybercrime</a></li>") !=
               std::string::npos);
    // A page's title as its bands give it in the PDF, and the other band titles under it.
    BOOST_TEST(h.find("<h2>Objective: Tackle anti-social behaviour</h2>") != std::string::npos);
    BOOST_TEST(h.find("<h2>Performance Report</h2>\n<p class=\"band\">2017/18 \u00b7 Quarter "
                      "1</p>") != std::string::npos);
    BOOST_TEST(h.find("<h3>Local policing sectors</h3>") != std::string::npos);
    // Headings never skip a level going down.
    int last = 0;
    for (const auto& level : all(h, std::regex("<h([1-6])[ >]"))) {
        const int n = std::stoi(level);
        BOOST_TEST(n <= last + 1, "h" << n << " after h" << last);
        last = n;
    }
    // Glossary: a <dl> whose terms are the defining sections, the first use linked to each.
    BOOST_TEST(h.find("<dt id=\"glossary-csew\">CSEW</dt>") != std::string::npos);
    BOOST_TEST(h.find("<a href=\"#glossary-harm-index\">Cambridge Crime Harm Index</a>") !=
               std::string::npos);
    BOOST_TEST(count(h, "<a href=\"#glossary-harm-index\">") <
               count(h, "Cambridge Crime Harm Index"));
    // Next Page goes to the section that starts the next page.
    BOOST_TEST(h.find("<p class=\"pager\"><a href=\"#menu\">Main Menu</a><a "
                      "href=\"#asb\">Next Page</a></p>") != std::string::npos);
    // Charts: a figure with a caption, an SVG, the alt text and the data.
    BOOST_TEST(count(h, "<figure") == count(h, "<figcaption"));
    BOOST_TEST(count(h, "<figure") == count(h, "<svg class=\"chart\""));
    BOOST_TEST(count(h, "<figure") == count(h, "<details><summary>"));
    BOOST_TEST(count(h, "<figure") >= 4u);
    BOOST_TEST(h.size() < 1000000u);
}

BOOST_AUTO_TEST_CASE(table_cells_are_the_resolvers) {
    for (const char* layout : {"/layouts/pcc-quarterly.xml", "/layouts/council-scorecard.xml",
                               "/layouts/board-summary.xml"}) {
        const Built b(std::string(BOARDPACK_SOURCE_DIR) + layout);
        const auto words = compute::VerdictWords::from(b.theme);
        std::size_t tables = 0, notes = 0;
        for (const auto& section : b.loaded.report.sections)
            for (const auto& block : section.blocks) {
                const auto* t = std::get_if<model::IndicatorTable>(&block.content);
                if (!t) continue;
                ++tables;
                std::vector<Diagnostic> warnings;
                const auto cells =
                    compute::indicator_table_cells(*t, *b.figures, b.theme, warnings);
                std::string header = "<thead><tr>";
                for (const auto& c : cells.header)
                    header += "<th scope=\"col\">" + markup_escaped(c) + "</th>";
                BOOST_TEST(b.page.html.find(header + "</tr></thead>") != std::string::npos, header);
                for (const auto& row : cells.rows) {
                    std::string cells_html =
                        "<tr><th scope=\"row\">" + markup_escaped(row.cells[0]) + "</th>";
                    for (std::size_t c = 1; c < row.cells.size(); ++c) {
                        if (cells.columns[c] == compute::IndicatorColumn::Verdict) break;
                        cells_html += "<td class=\"num\">" + markup_escaped(row.cells[c]) + "</td>";
                    }
                    BOOST_TEST(b.page.html.find(cells_html) != std::string::npos, cells_html);
                    if (row.verdict != model::Verdict::None)
                        BOOST_TEST(b.page.html.find("</svg>" + words.word(row.verdict)) !=
                                   std::string::npos);
                }
                notes += cells.notes.size();
            }
        BOOST_TEST(tables > 0u, layout);
        // Footnotes link both ways: each note to its first mark, each mark to its note.
        BOOST_TEST(count(b.page.html, "<li id=\"fn-") == notes, layout);
        BOOST_TEST(count(b.page.html, "\">Back to the table</a></li>") == notes, layout);
    }
}

BOOST_AUTO_TEST_CASE(the_same_inputs_give_the_same_bytes) {
    const Built a(BOARDPACK_SOURCE_DIR "/layouts/pcc-quarterly.xml");
    const Built b(BOARDPACK_SOURCE_DIR "/layouts/pcc-quarterly.xml");
    BOOST_TEST((a.page.html == b.page.html));
}

BOOST_AUTO_TEST_CASE(next_and_previous_go_to_the_sections_that_start_pages) {
    // Three sections on two PDF pages: a and b (b continues a's page), then c.
    model::Report report;
    report.info.title = "Pages";
    auto link = [](const char* text, model::LinkTarget::Kind kind) {
        model::Inline piece;
        piece.text = text;
        piece.link.kind = kind;
        model::Block block;
        block.content = model::Paragraph{{piece}};
        return block;
    };
    using K = model::LinkTarget::Kind;
    model::Section a, b, c;
    a.id = "a", a.title = "A", b.id = "b", b.title = "B", c.id = "c", c.title = "C";
    b.new_page = false;
    a.blocks.push_back(link("onwards", K::NextPage));
    b.blocks.push_back(link("back", K::PrevPage)); // on the first page: nowhere to go
    c.blocks.push_back(link("back again", K::PrevPage));
    model::Button next;
    next.label = "Next Page";
    next.target.kind = K::NextPage;
    model::Block button;
    button.content = next;
    c.blocks.push_back(button);
    report.sections = {a, b, c};
    text::FontBook book({BOARDPACK_FONT_DIR}, false);
    const std::string h = web::web_page(report, model::Theme::defaults(), book, nullptr).html;
    BOOST_TEST(h.find("<p><a href=\"#c\">onwards</a></p>") != std::string::npos, h);
    BOOST_TEST(h.find("<p>back</p>") != std::string::npos, h);
    BOOST_TEST(h.find("<p><a href=\"#a\">back again</a></p>") != std::string::npos, h);
    BOOST_TEST(h.find("Next Page") == std::string::npos); // the last page has no next one
    BOOST_TEST(h.find("<h2>A</h2>") != std::string::npos);
    BOOST_TEST(h.find("<h3>B</h3>") != std::string::npos); // B continues A's page
}
