#include "web/spc_table_html.hpp"

#include "core/markup_escape.hpp"

#include <array>
#include <utility>

namespace bp::web {

namespace {

std::string esc(std::string_view s) {
    return markup_escaped(s);
}

std::string table_start(const std::string& caption, const SpcMarkup& m) {
    std::string h = "<table" + m.table_attributes + ">\n";
    if (!caption.empty())
        h += "<caption" + m.caption_attributes + ">" + esc(caption) + "</caption>\n";
    return h;
}

// A header cell; an empty one is a <td> (no header of anything).
std::string header_cell(const std::string& text, const std::string& attributes) {
    if (text.empty()) return "<td" + attributes + "></td>";
    return "<th scope=\"col\"" + attributes + ">" + esc(text) + "</th>";
}

// Produces the matrix's placement: the rows of the cells in each variation × assurance cell,
// and whether any indicator is in the neither row.
struct MatrixGrid {
    std::array<std::array<std::vector<std::size_t>, 4>, 4> entries;
    bool neutral = false;
};

MatrixGrid matrix_grid(const compute::SpcTableCells& cells) {
    MatrixGrid g;
    for (std::size_t i = 0; i < cells.rows.size(); ++i) {
        const int r = compute::spc_matrix_row(cells.rows[i].variation);
        if (r < 0) continue;
        g.neutral = g.neutral || r == 3;
        g.entries[static_cast<std::size_t>(r)]
                 [static_cast<std::size_t>(compute::spc_matrix_column(cells.rows[i].assurance))]
                     .push_back(i);
    }
    return g;
}

// The matrix's rows: the icon each row shows and its words.
std::array<std::pair<compute::VariationIcon, const std::string*>, 4>
matrix_rows(const compute::SpcWords& words) {
    return {{{compute::VariationIcon::ImprovementHigh, &words.improving},
             {compute::VariationIcon::CommonCause, &words.common_cause},
             {compute::VariationIcon::ConcernHigh, &words.concerning},
             {compute::VariationIcon::NeitherHigh, &words.neutral}}};
}

std::vector<std::string> matrix_header(const compute::SpcWords& words) {
    return {words.variation + " × " + words.assurance, words.consistently_passing,
            words.hit_and_miss, words.consistently_failing, words.no_target};
}

} // namespace

std::string spc_table_html(const std::string& caption, const compute::SpcTableCells& cells,
                           const SpcMarkup& m) {
    std::string h = table_start(caption, m) + "<thead><tr>";
    for (std::size_t c = 0; c < cells.header.size(); ++c)
        h += header_cell(cells.header[c], m.cell(SpcCellKind::ColumnHeader, c));
    h += "</tr></thead>\n<tbody>\n";
    for (const auto& row : cells.rows) {
        h += "<tr><th scope=\"row\"" + m.cell(SpcCellKind::RowHeader, 0) + ">" + esc(row.metric) +
             "</th>";
        std::size_t c = 1;
        for (const std::string* text :
             {&row.latest, &row.target, &row.mean, &row.lower, &row.upper})
            h += "<td" + m.cell(SpcCellKind::Figure, c++) + ">" + esc(*text) + "</td>";
        h += "<td" + m.cell(SpcCellKind::Icon, c++) + ">" +
             m.variation_icon(row.variation, row.variation_words) + esc(row.variation_words) +
             "</td>";
        h += "<td" + m.cell(SpcCellKind::Icon, c) + ">" +
             m.assurance_icon(row.assurance, row.assurance_words) + esc(row.assurance_words) +
             "</td></tr>\n";
    }
    return h + "</tbody>\n</table>\n";
}

std::string spc_matrix_html(const std::string& caption, const compute::SpcTableCells& cells,
                            const compute::SpcWords& words, const SpcMarkup& m) {
    const MatrixGrid grid = matrix_grid(cells);
    const auto header = matrix_header(words);
    std::string h = table_start(caption, m) + "<thead><tr>";
    for (std::size_t c = 0; c < header.size(); ++c)
        h += header_cell(header[c], m.cell(SpcCellKind::ColumnHeader, c));
    h += "</tr></thead>\n<tbody>\n";
    const auto rows = matrix_rows(words);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (r == 3 && !grid.neutral) continue; // no neutral indicator: no row for it
        h += "<tr><th scope=\"row\"" + m.cell(SpcCellKind::MatrixRowHeader, 0) + ">" +
             m.variation_icon(rows[r].first, *rows[r].second) + esc(*rows[r].second) + "</th>";
        for (std::size_t c = 0; c < 4; ++c) {
            std::string cell;
            for (std::size_t i : grid.entries[r][c])
                cell += (cell.empty() ? "" : "; ") + m.entry(i);
            h += "<td" + m.cell(SpcCellKind::MatrixEntry, c + 1) + ">" + cell + "</td>";
        }
        h += "</tr>\n";
    }
    return h + "</tbody>\n</table>\n";
}

std::vector<std::vector<std::string>> spc_matrix_rows(const compute::SpcTableCells& cells,
                                                      const compute::SpcWords& words) {
    const MatrixGrid grid = matrix_grid(cells);
    std::vector<std::vector<std::string>> out{matrix_header(words)};
    const auto rows = matrix_rows(words);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (r == 3 && !grid.neutral) continue;
        std::vector<std::string> line{*rows[r].second};
        for (std::size_t c = 0; c < 4; ++c) {
            std::string cell;
            for (std::size_t i : grid.entries[r][c])
                cell += (cell.empty() ? "" : "; ") + cells.rows[i].metric;
            line.push_back(std::move(cell));
        }
        out.push_back(std::move(line));
    }
    return out;
}

} // namespace bp::web
