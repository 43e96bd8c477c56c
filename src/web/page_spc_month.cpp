// PageWriter's month tables (compute::month_table_cells, the PDF's cells: its parts, quarter
// rows and average) and SPC tables and matrices (compute::spc_table_cells, with the graphics
// layer's icons as inline SVG beside their words).
#include "web/page_writer.hpp"

#include "compute/month_table_cells.hpp"
#include "compute/spc_table_cells.hpp"
#include "compute/spc_words.hpp"
#include "core/markup_escape.hpp"
#include "graphics/spc_icon.hpp"
#include "layout/spc_chart.hpp"
#include "web/svg_items.hpp"

#include <array>

namespace bp::web {

namespace {

std::string esc(std::string_view s) {
    return markup_escaped(s);
}

// The start of a table in its own scrolling region, with its caption.
std::string table_start(int number, const std::string& caption) {
    const std::string id = "table-" + std::to_string(number);
    return "<div class=\"table-region\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + id +
           "-caption\">\n<table id=\"" + id + "\">\n<caption id=\"" + id + "-caption\">" +
           esc(caption) + "</caption>\n";
}

const char* const kTableEnd = "</tbody>\n</table>\n</div>\n";

// An empty corner cell of a header row (no header of anything), or a column header.
std::string header_cell(const std::string& text, const std::string& scope, int span = 1) {
    if (text.empty())
        return "<td" + (span > 1 ? " colspan=\"" + std::to_string(span) + "\"" : std::string()) +
               "></td>";
    return "<th scope=\"" + scope + "\"" +
           (span > 1 ? " colspan=\"" + std::to_string(span) + "\"" : std::string()) + ">" +
           esc(text) + "</th>";
}

} // namespace

std::string PageWriter::month_table(const model::Block& b, const model::MonthTable& t,
                                    const model::Section& s) {
    const compute::Figures& figures = layout::need_figures(ctx_, b.pos);
    const compute::MonthTableCells cells = compute::month_table_cells(t, figures, ctx_.theme);
    std::string h;
    const std::string caption = caption_of(s);
    for (std::size_t p = 0; p < cells.parts.size(); ++p) {
        const compute::MonthTablePart& part = cells.parts[p];
        // A table cut into parts: each caption names its months.
        const std::string name = cells.parts.size() == 1
                                     ? caption
                                     : caption + ", " + part.first + " to " + part.last +
                                           " (part " + std::to_string(p + 1) + " of " +
                                           std::to_string(cells.parts.size()) + ")";
        h += table_start(++table_, name);
        // A column group per quarter, so that its header's scope="colgroup" names its months.
        for (int span : part.quarter_spans)
            h += span > 1 ? "<colgroup span=\"" + std::to_string(span) + "\"></colgroup>"
                          : std::string("<colgroup></colgroup>");
        h += "\n<thead>\n<tr>";
        for (std::size_t c = 0; c < part.quarters.size(); ++c)
            h += header_cell(part.quarters[c], "colgroup", part.quarter_spans[c]);
        h += "</tr>\n<tr>";
        for (const auto& month : part.months)
            h += header_cell(month, "col");
        h += "</tr>\n</thead>\n<tbody>\n";
        for (const auto& row : part.rows) {
            h += "<tr><th scope=\"row\">" + esc(row.cells.front()) + "</th>";
            for (std::size_t c = 1; c < row.cells.size(); ++c)
                h += "<td class=\"num\">" + esc(row.cells[c]) + "</td>";
            h += "</tr>\n";
        }
        h += kTableEnd;
    }
    return h;
}

std::string PageWriter::spc_icon(compute::VariationIcon icon, const std::string& alt) {
    const auto shape = layout::variation_shape(icon);
    if (!shape) return {};
    std::vector<display::Item> items;
    graphics::draw_variation_icon(items, *shape, Point{9, 9}, 16, layout::spc_colors(ctx_.theme),
                                  alt);
    return svg_of_items(items, Rect{0, 0, 18, 18}, fonts_.fonts, "spc-icon");
}

std::string PageWriter::spc_icon(compute::AssuranceIcon icon, const std::string& alt) {
    const auto shape = layout::assurance_shape(icon);
    if (!shape) return {};
    std::vector<display::Item> items;
    graphics::draw_assurance_icon(items, *shape, Point{9, 9}, 16, layout::spc_colors(ctx_.theme),
                                  alt);
    return svg_of_items(items, Rect{0, 0, 18, 18}, fonts_.fonts, "spc-icon");
}

std::string PageWriter::spc_table(const model::Block& b, const model::SpcTable& t,
                                  const model::Section& s) {
    const compute::Figures& figures = layout::need_figures(ctx_, b.pos);
    const compute::SpcTableCells cells = compute::spc_table_cells(t, figures, ctx_.theme);
    std::string h = table_start(++table_, caption_of(s)) + "<thead><tr>";
    for (const auto& text : cells.header)
        h += header_cell(text, "col");
    h += "</tr></thead>\n<tbody>\n";
    for (const auto& row : cells.rows) {
        h += "<tr><th scope=\"row\">" + esc(row.metric) + "</th>";
        for (const std::string* text :
             {&row.latest, &row.target, &row.mean, &row.lower, &row.upper})
            h += "<td class=\"num\">" + esc(*text) + "</td>";
        h += "<td class=\"spc\">" + spc_icon(row.variation, row.variation_words) +
             esc(row.variation_words) + "</td>";
        h += "<td class=\"spc\">" + spc_icon(row.assurance, row.assurance_words) +
             esc(row.assurance_words) + "</td></tr>\n";
    }
    return h + kTableEnd;
}

// The same indicators as the SPC table, placed by variation (rows) and assurance (columns),
// each a link to its section when the layout gives one; the row of neither-kind special causes
// only when an indicator is in it (as the PDF's matrix).
std::string PageWriter::spc_matrix(const model::Block& b, const model::SpcTable& t,
                                   const model::Section& s) {
    const compute::Figures& figures = layout::need_figures(ctx_, b.pos);
    const compute::SpcTableCells cells = compute::spc_table_cells(t, figures, ctx_.theme);
    const compute::SpcWords words = compute::spc_words(ctx_.theme);
    std::array<std::array<std::string, 4>, 4> grid;
    bool neutral = false;
    for (std::size_t i = 0; i < cells.rows.size(); ++i) {
        const auto& row = cells.rows[i];
        const int r = compute::spc_matrix_row(row.variation);
        if (r < 0) continue;
        neutral = neutral || r == 3;
        std::string& cell =
            grid[static_cast<std::size_t>(r)]
                [static_cast<std::size_t>(compute::spc_matrix_column(row.assurance))];
        if (!cell.empty()) cell += "; ";
        if (t.link.empty()) {
            cell += esc(row.metric);
        } else {
            std::string target = t.link;
            target.replace(target.find("{indicator}"), 11, t.indicators[i]);
            cell += "<a href=\"#" + esc(target) + "\">" + esc(row.metric) + "</a>";
        }
    }
    std::string h = table_start(++table_, caption_of(s)) + "<thead><tr>";
    h += header_cell(words.variation + " × " + words.assurance, "col");
    for (const std::string* text : {&words.consistently_passing, &words.hit_and_miss,
                                    &words.consistently_failing, &words.no_target})
        h += header_cell(*text, "col");
    h += "</tr></thead>\n<tbody>\n";
    const std::pair<compute::VariationIcon, const std::string*> rows[] = {
        {compute::VariationIcon::ImprovementHigh, &words.improving},
        {compute::VariationIcon::CommonCause, &words.common_cause},
        {compute::VariationIcon::ConcernHigh, &words.concerning},
        {compute::VariationIcon::NeitherHigh, &words.neutral}};
    for (std::size_t r = 0; r < 4; ++r) {
        if (r == 3 && !neutral) continue; // no neutral indicator: no row for it
        h += "<tr><th scope=\"row\" class=\"spc\">" + spc_icon(rows[r].first, *rows[r].second) +
             esc(*rows[r].second) + "</th>";
        for (const auto& cell : grid[r])
            h += "<td>" + cell + "</td>";
        h += "</tr>\n";
    }
    return h + kTableEnd;
}

} // namespace bp::web
