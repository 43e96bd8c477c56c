// The email summary's SPC tables and matrices: the cells compute::spc_table_cells gives the PDF,
// rendered as HTML (words beside decorative cid: icons) and as text lines.
#include "compute/spc_table_cells.hpp"
#include "compute/theme_verdict_rules.hpp"
#include "distribute/summary_html.hpp"
#include "distribute/summary_model.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"

#include <boost/test/unit_test.hpp>

#include <set>

using namespace bp;

namespace {

// The layout's <spc-table> and <spc-matrix> blocks, in order.
std::vector<const model::SpcTable*> spc_blocks(const model::Report& report) {
    std::vector<const model::SpcTable*> out;
    for (const auto& section : report.sections)
        model::for_each_block(section.blocks, [&](const model::Block& b) {
            if (const auto* t = std::get_if<model::SpcTable>(&b.content)) out.push_back(t);
        });
    return out;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

} // namespace

BOOST_AUTO_TEST_CASE(spc_tables_in_a_summary_have_the_pdfs_cells) {
    auto loaded = input::read_report(BOARDPACK_SOURCE_DIR "/tests/e2e/layouts/spc.xml");
    const model::Theme theme = input::read_theme(loaded.report.theme_path);
    compute::Figures figures(*loaded.data, compute::verdict_rules_from(theme));
    const distribute::SummaryModel s = distribute::summary_model(loaded.report, theme, figures);

    const auto blocks = spc_blocks(loaded.report);
    BOOST_REQUIRE_EQUAL(blocks.size(), 2u);
    BOOST_REQUIRE_EQUAL(s.spc.size(), 2u);
    BOOST_REQUIRE_EQUAL(s.parts.size(), 2u);
    BOOST_TEST((s.parts[0].spc && s.parts[0].index == 0 && s.parts[1].index == 1));
    BOOST_TEST(!s.spc[0].matrix);
    BOOST_TEST(s.spc[1].matrix);
    BOOST_TEST(s.spc[0].caption == "SPC summary");
    for (std::size_t i = 0; i < 2; ++i) {
        const compute::SpcTableCells pdf = compute::spc_table_cells(*blocks[i], figures, theme);
        const compute::SpcTableCells& mail = s.spc[i].cells;
        BOOST_TEST(mail.header == pdf.header, boost::test_tools::per_element());
        BOOST_REQUIRE_EQUAL(mail.rows.size(), pdf.rows.size());
        BOOST_REQUIRE_EQUAL(mail.rows.size(), 3u);
        for (std::size_t r = 0; r < pdf.rows.size(); ++r) {
            const auto& a = mail.rows[r];
            const auto& b = pdf.rows[r];
            BOOST_TEST(a.metric == b.metric);
            BOOST_TEST(a.latest == b.latest);
            BOOST_TEST(a.target == b.target);
            BOOST_TEST(a.mean == b.mean);
            BOOST_TEST(a.lower == b.lower);
            BOOST_TEST(a.upper == b.upper);
            BOOST_TEST((a.variation == b.variation));
            BOOST_TEST((a.assurance == b.assurance));
            BOOST_TEST(a.variation_words == b.variation_words);
            BOOST_TEST(a.assurance_words == b.assurance_words);
        }
    }

    // The HTML: each row's words beside a decorative icon image (read once), every image one of
    // the summary's cid: icons.
    distribute::SpcIconsShown shown;
    const std::string html = distribute::summary_html(s, &shown);
    const auto& rows = s.spc[0].cells.rows;
    // The icons shown (the images the mail attaches) are those the HTML refers to, each once.
    std::size_t images = 0;
    for (const auto& [icon, words] : shown.variation) {
        BOOST_TEST(html.find("cid:" + distribute::spc_icon_content_id(icon)) != std::string::npos);
        images += 1;
    }
    for (const auto& [icon, words] : shown.assurance) {
        BOOST_TEST(html.find("cid:" + distribute::spc_icon_content_id(icon)) != std::string::npos);
        images += 1;
    }
    std::set<std::string> cids;
    for (auto at = html.find("cid:"); at != std::string::npos; at = html.find("cid:", at + 1))
        cids.insert(html.substr(at, html.find('"', at) - at));
    BOOST_TEST(cids.size() == images);
    // The matrix's rows show the improving and concerning icons (and the table's rows theirs).
    BOOST_TEST(shown.variation.count(compute::VariationIcon::ImprovementHigh) == 1u);
    for (const auto& r : rows) {
        BOOST_TEST(html.find(">" + r.metric + "</th>") != std::string::npos, r.metric);
        BOOST_TEST(html.find(">" + r.mean + "</td>") != std::string::npos, r.mean);
        if (r.variation != compute::VariationIcon::None)
            BOOST_TEST(html.find("<img src=\"cid:" + distribute::spc_icon_content_id(r.variation) +
                                 "\" alt=\"\" width=\"18\" height=\"18\" "
                                 "style=\"vertical-align:middle\"> " +
                                 r.variation_words + "</td>") != std::string::npos,
                       r.variation_words);
        if (r.assurance != compute::AssuranceIcon::None)
            BOOST_TEST(html.find(distribute::spc_icon_content_id(r.assurance) +
                                 "\" alt=\"\" width=\"18\" height=\"18\" "
                                 "style=\"vertical-align:middle\"> " +
                                 r.assurance_words + "</td>") != std::string::npos,
                       r.assurance_words);
    }
    BOOST_TEST(count(html, "<img ") == count(html, "<img src=\"cid:spc-"));
    BOOST_TEST(count(html, "<img ") == count(html, "alt=\"\""));
    BOOST_TEST(count(html, "<table") == 2u);
    // The matrix's header and row words; its entries are names, not links (no pages in a mail).
    BOOST_TEST(html.find(">" + s.spc_words.consistently_passing + "</th>") != std::string::npos);
    BOOST_TEST(html.find(s.spc_words.improving + "</th>") != std::string::npos);
    BOOST_TEST(html.find("<a ") == std::string::npos);

    // The text part: each row's cells, " | " between them, the icons as their words.
    const std::string text = distribute::summary_text(s);
    std::string header;
    for (const auto& h : s.spc[0].cells.header)
        header += (header.empty() ? "" : " | ") + h;
    BOOST_TEST(text.find("SPC summary\n" + header + "\n") != std::string::npos, text);
    for (const auto& r : rows) {
        const std::string line = r.metric + " | " + r.latest + " | " + r.target + " | " + r.mean +
                                 " | " + r.lower + " | " + r.upper + " | " + r.variation_words +
                                 " | " + r.assurance_words + "\n";
        BOOST_TEST(text.find(line) != std::string::npos, line);
    }
    // The matrix: a line per variation row; each metric once, in its assurance column.
    BOOST_TEST(text.find(s.spc_words.variation + " × " + s.spc_words.assurance + " | " +
                         s.spc_words.consistently_passing + " | " + s.spc_words.hit_and_miss +
                         " | " + s.spc_words.consistently_failing + " | " + s.spc_words.no_target +
                         "\n") != std::string::npos,
               text);
    std::string grid[4][4];
    bool neutral = false;
    for (const auto& r : rows) {
        const int row = compute::spc_matrix_row(r.variation);
        BOOST_REQUIRE(row >= 0);
        neutral = neutral || row == 3;
        std::string& cell = grid[row][compute::spc_matrix_column(r.assurance)];
        cell += (cell.empty() ? "" : "; ") + r.metric;
    }
    const std::string* words[] = {&s.spc_words.improving, &s.spc_words.common_cause,
                                  &s.spc_words.concerning, &s.spc_words.neutral};
    for (int row = 0; row < 4; ++row) {
        std::string line = *words[row];
        for (int c = 0; c < 4; ++c)
            line += " | " + grid[row][c];
        const bool listed = row < 3 || neutral;
        BOOST_TEST((text.find(line + "\n") != std::string::npos) == listed, line);
    }
}
