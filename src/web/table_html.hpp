// The one HTML rendering of a table whose cells compute resolved (indicator and period tables):
// a caption, column headers with scope, a row header, figures, and the verdict as a face and the
// report's word with its footnote mark. The web edition and the email's summary both call it,
// each with its own markup (classes and inline SVG faces; inline styles and cid: images).
#pragma once

#include "compute/indicator_table_cells.hpp"
#include "compute/verdict_words.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace bp::web {

// Produces a table as compute resolved it, ready to mark up.
struct ResolvedTable {
    std::string caption;
    std::vector<std::string> header;
    std::vector<compute::IndicatorTableRow> rows;
    std::size_t verdict_column = std::string::npos;         // npos: no verdict column
    std::vector<std::pair<std::string, std::string>> notes; // mark → footnote
};

// What a cell of a ResolvedTable is.
enum class CellKind { ColumnHeader, RowHeader, Figure, Verdict };

// How an output marks a table up. Every function returns markup inserted as it is.
struct TableMarkup {
    std::string table_attributes;   // e.g. " id=\"table-3\"", or " style=\"…\""
    std::string caption_attributes; // e.g. " id=\"table-3-caption\""
    // Attributes of a cell (after its scope, if any), by kind and column.
    std::function<std::string(CellKind, std::size_t column)> cell;
    // What goes before a verdict's word: a face, or "".
    std::function<std::string(model::Verdict)> face;
    // A footnote mark in row `row`'s verdict cell, for note `note` (its index in notes): the
    // mark escaped, or a link to the note.
    std::function<std::string(std::size_t row, std::size_t note, const std::string& mark)> mark;
};

// `table` as a <table> element: the caption (if any), a <thead> row of column headers and a
// <tbody> row per row, the first cell a row header, the verdict cell the face, the word and the
// mark. Footnotes are the caller's (they sit outside the table).
std::string resolved_table_html(const ResolvedTable& table, const compute::VerdictWords& words,
                                const TableMarkup& markup);

// The start of table `number` in its own scrolling region (a wide table scrolls there, not the
// page), labelled by its caption; region_table_end closes its body, the table and the region.
std::string region_table_start(int number, const std::string& caption);
inline constexpr const char* region_table_end = "</tbody>\n</table>\n</div>\n";

} // namespace bp::web
