// The one HTML rendering of an SPC table and an SPC matrix whose cells compute resolved
// (compute::spc_table_cells): header cells with scope, each metric a row header, its figures,
// and each icon (the caller's markup) beside its words. The web edition and the email's summary
// both call it, each with its own markup (classes and inline SVG; inline styles and cid: PNGs).
#pragma once

#include "compute/spc_table_cells.hpp"
#include "compute/spc_words.hpp"

#include <cstddef>
#include <functional>
#include <string>

namespace bp::web {

// What a cell of an SPC table or matrix is.
enum class SpcCellKind {
    ColumnHeader,    // a header cell (table or matrix)
    RowHeader,       // the metric of a table row
    Figure,          // latest, target, mean, a limit
    Icon,            // variation or assurance: icon and words
    MatrixRowHeader, // a matrix row's variation: icon and words
    MatrixEntry      // the metrics in one variation × assurance cell
};

// How an output marks an SPC table or matrix up. Every function returns markup inserted as it
// is.
struct SpcMarkup {
    std::string table_attributes;   // e.g. " id=\"table-3\"", or " style=\"…\""
    std::string caption_attributes; // e.g. " id=\"table-3-caption\""
    // Attributes of a cell (after its scope, if any), by kind and column.
    std::function<std::string(SpcCellKind, std::size_t column)> cell;
    // What goes before an icon's words (`alt` is the words): an image, or "".
    std::function<std::string(compute::VariationIcon, const std::string& alt)> variation_icon;
    std::function<std::string(compute::AssuranceIcon, const std::string& alt)> assurance_icon;
    // A matrix entry: row `row` of the cells (its metric), escaped, or a link.
    std::function<std::string(std::size_t row)> entry;
};

// `cells` as a <table>: the caption (if any), a header row, a row per indicator (metric,
// latest, target, mean, lower and upper limit, variation and assurance as icon and words).
std::string spc_table_html(const std::string& caption, const compute::SpcTableCells& cells,
                           const SpcMarkup& markup);

// The same indicators placed by variation (rows: improving, common cause, concerning, and
// neither only when an indicator is in it) and assurance (columns: passing, hit and miss,
// failing, no target), each entry as markup.entry gives it, entries of a cell joined by "; ".
std::string spc_matrix_html(const std::string& caption, const compute::SpcTableCells& cells,
                            const compute::SpcWords& words, const SpcMarkup& markup);

// The matrix as text: the header cells, then per row its variation words and the metrics in
// each cell (joined by "; "), rows as spc_matrix_html shows them.
std::vector<std::vector<std::string>> spc_matrix_rows(const compute::SpcTableCells& cells,
                                                      const compute::SpcWords& words);

} // namespace bp::web
