// The web edition's columns, month tables and SPC tables and matrices: the same cells as the
// PDF's resolvers give (compute::month_table_cells, compute::spc_table_cells), in reading order.
#include "web/web_page.hpp"

#include "compute/month_table_cells.hpp"
#include "compute/spc_table_cells.hpp"
#include "compute/spc_words.hpp"
#include "compute/theme_verdict_rules.hpp"
#include "core/markup_escape.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"

#include <boost/test/unit_test.hpp>

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

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

model::Block paragraph(const char* text) {
    model::Inline piece;
    piece.text = text;
    model::Block b;
    b.content = model::Paragraph{{piece}};
    return b;
}

} // namespace

BOOST_AUTO_TEST_CASE(columns_keep_the_pdfs_reading_order) {
    model::Column left, right;
    left.width = 60;
    left.blocks = {paragraph("first"), paragraph("second")};
    right.width = 40;
    right.blocks = {paragraph("third")};
    model::Columns row;
    row.columns = {left, right};
    model::Block columns;
    columns.content = row;
    model::Section s;
    s.id = "s";
    s.title = "S";
    s.blocks = {paragraph("before"), columns, paragraph("after")};
    model::Report report;
    report.info.title = "Columns";
    report.sections = {s};
    text::FontBook book({BOARDPACK_FONT_DIR}, false);
    const std::string h = web::web_page(report, model::Theme::defaults(), book, nullptr).html;
    const std::size_t at = h.find("<div class=\"columns\">\n<div class=\"column\" "
                                  "style=\"flex-grow:60\">\n<p>first</p>\n<p>second</p>\n</div>\n"
                                  "<div class=\"column\" style=\"flex-grow:40\">\n<p>third</p>\n"
                                  "</div>\n</div>\n");
    BOOST_TEST(at != std::string::npos, h);
    BOOST_TEST(h.find("<p>before</p>") < at);
    BOOST_TEST(h.find("<p>after</p>") > at);
    // Side by side where there is room, stacked where there is not.
    BOOST_TEST(h.find(".columns{display:flex;flex-wrap:wrap") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(month_tables_are_the_resolvers_parts) {
    const Built b(BOARDPACK_SOURCE_DIR "/layouts/nhs-ipr.xml");
    const std::string& h = b.page.html;
    std::size_t tables = 0, parts = 0, split = 0, averages = 0;
    for (const auto& section : b.loaded.report.sections)
        model::for_each_block(section.blocks, [&](const model::Block& block) {
            const auto* t = std::get_if<model::MonthTable>(&block.content);
            if (!t) return;
            ++tables;
            const auto cells = compute::month_table_cells(*t, *b.figures, b.theme);
            if (cells.parts.size() > 1) ++split;
            for (const auto& part : cells.parts) {
                ++parts;
                // A part's caption names its months.
                if (cells.parts.size() > 1)
                    BOOST_TEST(h.find(", " + part.first + " to " + part.last + " (part ") !=
                                   std::string::npos,
                               part.first);
                // The quarter row spans its months; the month row has a header per month.
                std::string quarters = "<tr>";
                for (std::size_t c = 0; c < part.quarters.size(); ++c) {
                    const int span = part.quarter_spans[c];
                    const std::string colspan =
                        span > 1 ? " colspan=\"" + std::to_string(span) + "\"" : "";
                    quarters += part.quarters[c].empty()
                                    ? "<td" + colspan + "></td>"
                                    : "<th scope=\"colgroup\"" + colspan + ">" +
                                          markup_escaped(part.quarters[c]) + "</th>";
                }
                BOOST_TEST(h.find(quarters + "</tr>") != std::string::npos, quarters);
                std::string months = "<tr><td></td>";
                for (std::size_t c = 1; c < part.months.size(); ++c)
                    months += "<th scope=\"col\" class=\"num\">" + markup_escaped(part.months[c]) +
                              "</th>";
                BOOST_TEST(h.find(months + "</tr>") != std::string::npos, months);
                if (part.average) ++averages;
                for (const auto& row : part.rows) {
                    std::string html =
                        "<tr><th scope=\"row\">" + markup_escaped(row.cells[0]) + "</th>";
                    for (std::size_t c = 1; c < row.cells.size(); ++c)
                        html += "<td class=\"num\">" + markup_escaped(row.cells[c]) + "</td>";
                    BOOST_TEST(h.find(html + "</tr>") != std::string::npos, html);
                }
            }
        });
    BOOST_TEST(tables > 0u);
    BOOST_TEST(split > 0u);    // 36 months: three tables of 12
    BOOST_TEST(averages > 0u); // the last part has the average
    BOOST_TEST(count(h, "(part ") >= parts - tables);
}

BOOST_AUTO_TEST_CASE(spc_table_and_matrix_are_the_resolvers) {
    const Built b(BOARDPACK_SOURCE_DIR "/tests/e2e/layouts/spc.xml");
    const std::string& h = b.page.html;
    const auto words = compute::spc_words(b.theme);
    const model::SpcTable* table = nullptr;
    const model::SpcTable* matrix = nullptr;
    for (const auto& block : b.loaded.report.sections.front().blocks)
        if (const auto* t = std::get_if<model::SpcTable>(&block.content))
            (t->matrix ? matrix : table) = t;
    BOOST_TEST_REQUIRE(table);
    BOOST_TEST_REQUIRE(matrix);
    const auto cells = compute::spc_table_cells(*table, *b.figures, b.theme);
    std::string header = "<thead><tr>";
    for (const auto& c : cells.header)
        header += "<th scope=\"col\">" + markup_escaped(c) + "</th>";
    BOOST_TEST(h.find(header + "</tr></thead>") != std::string::npos, header);
    std::size_t icons = 0;
    for (const auto& row : cells.rows) {
        std::string html = "<tr><th scope=\"row\">" + markup_escaped(row.metric) + "</th>";
        for (const std::string* c : {&row.latest, &row.target, &row.mean, &row.lower, &row.upper})
            html += "<td class=\"num\">" + markup_escaped(*c) + "</td>";
        html += "<td class=\"spc\"><svg class=\"spc-icon\"";
        BOOST_TEST(h.find(html) != std::string::npos, html);
        // Each icon is followed by its words.
        BOOST_TEST(h.find("</svg>" + markup_escaped(row.variation_words) + "</td>") !=
                   std::string::npos);
        if (row.assurance != compute::AssuranceIcon::None) {
            BOOST_TEST(h.find("</svg>" + markup_escaped(row.assurance_words) + "</td>") !=
                       std::string::npos);
            ++icons;
        }
        ++icons;
        // The matrix links the metric to its section.
        const std::string link = "<a href=\"#m-" + table->indicators[&row - cells.rows.data()] +
                                 "\">" + markup_escaped(row.metric) + "</a>";
        BOOST_TEST(h.find(link) != std::string::npos, link);
    }
    // The table's icons, and the matrix's row icons (improving, common cause, concerning).
    BOOST_TEST(count(h, "<svg class=\"spc-icon\"") >= icons + 3);
    BOOST_TEST(h.find("<th scope=\"col\">" +
                      markup_escaped(words.variation + " × " + words.assurance) + "</th>") !=
               std::string::npos);
    BOOST_TEST(h.find("</svg>" + markup_escaped(words.common_cause) + "</th>") !=
               std::string::npos);
}
