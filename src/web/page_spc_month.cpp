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
#include "web/spc_table_html.hpp"
#include "web/svg_items.hpp"
#include "web/table_html.hpp"

namespace bp::web {

namespace {

std::string esc(std::string_view s) {
    return markup_escaped(s);
}

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
        h += region_table_start(++table_, name);
        // A column group per quarter, so that its header's scope="colgroup" names its months.
        for (int span : part.quarter_spans)
            h += span > 1 ? "<colgroup span=\"" + std::to_string(span) + "\"></colgroup>"
                          : std::string("<colgroup></colgroup>");
        h += "\n<thead>\n<tr>";
        for (std::size_t c = 0; c < part.quarters.size(); ++c)
            h += header_cell(part.quarters[c], "colgroup", part.quarter_spans[c]);
        h += "</tr>\n<tr>";
        // Month headers (and the average's) right-aligned over their right-aligned figures.
        for (const auto& month : part.months)
            h += month.empty() ? header_cell(month, "col")
                               : "<th scope=\"col\" class=\"num\">" + esc(month) + "</th>";
        h += "</tr>\n</thead>\n<tbody>\n";
        for (const auto& row : part.rows) {
            h += "<tr><th scope=\"row\">" + esc(row.cells.front()) + "</th>";
            for (std::size_t c = 1; c < row.cells.size(); ++c)
                h += "<td class=\"num\">" + esc(row.cells[c]) + "</td>";
            h += "</tr>\n";
        }
        h += region_table_end;
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

// The web's markup of the shared SPC table and matrix: number and icon classes, inline SVG
// icons, matrix entries as links to their sections when the layout gives them.
SpcMarkup PageWriter::spc_markup(int number, const model::SpcTable& t,
                                 const compute::SpcTableCells& cells) {
    const std::string id = "table-" + std::to_string(number);
    SpcMarkup m;
    m.table_attributes = " id=\"" + id + "\"";
    m.caption_attributes = " id=\"" + id + "-caption\"";
    m.cell = [](SpcCellKind kind, std::size_t) -> std::string {
        switch (kind) {
        case SpcCellKind::Figure:
            return " class=\"num\"";
        case SpcCellKind::Icon:
        case SpcCellKind::MatrixRowHeader:
            return " class=\"spc\"";
        case SpcCellKind::ColumnHeader:
        case SpcCellKind::RowHeader:
        case SpcCellKind::MatrixEntry:
            break;
        }
        return "";
    };
    m.variation_icon = [this](compute::VariationIcon icon, const std::string& alt) {
        return spc_icon(icon, alt);
    };
    m.assurance_icon = [this](compute::AssuranceIcon icon, const std::string& alt) {
        return spc_icon(icon, alt);
    };
    m.entry = [&t, &cells](std::size_t i) {
        if (t.link.empty()) return esc(cells.rows[i].metric);
        std::string target = t.link;
        target.replace(target.find("{indicator}"), 11, t.indicators[i]);
        return "<a href=\"#" + esc(target) + "\">" + esc(cells.rows[i].metric) + "</a>";
    };
    return m;
}

// An SPC table or matrix in its own scrolling region.
std::string PageWriter::spc_block(const model::Block& b, const model::SpcTable& t,
                                  const model::Section& s) {
    const compute::Figures& figures = layout::need_figures(ctx_, b.pos);
    const compute::SpcTableCells cells = compute::spc_table_cells(t, figures, ctx_.theme);
    const int number = ++table_;
    const std::string id = "table-" + std::to_string(number);
    const SpcMarkup markup = spc_markup(number, t, cells);
    const std::string table =
        t.matrix ? spc_matrix_html(caption_of(s), cells, compute::spc_words(ctx_.theme), markup)
                 : spc_table_html(caption_of(s), cells, markup);
    return "<div class=\"table-region\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + id +
           "-caption\">\n" + table + "</div>\n";
}

} // namespace bp::web
