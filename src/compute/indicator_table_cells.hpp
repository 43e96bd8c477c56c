// An indicator table as every output shows it — the header words and each row's cells exactly as
// printed, its verdict and footnotes — made once from the layout's <indicator-table>, the data
// and the theme. The PDF's table, the email's HTML table and its text part all render this.
#pragma once

#include "compute/figures.hpp"
#include "core/error.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"

#include <string>
#include <utility>
#include <vector>

namespace bp::compute {

// What a column of an indicator table holds.
enum class IndicatorColumn { Label, Before, After, Change, Target, Verdict };

// One row: a cell per column as printed (the verdict column's cell is the footnote mark, or
// ""), and the verdict the face shows.
struct IndicatorTableRow {
    std::vector<std::string> cells;
    model::Verdict verdict = model::Verdict::None;
    SourcePos pos;
};

// Produces the whole table: columns, header cells, rows, and each footnote once.
struct IndicatorTableCells {
    std::vector<IndicatorColumn> columns;
    std::vector<std::string> header;
    std::vector<IndicatorTableRow> rows;
    std::vector<std::pair<std::string, std::string>> notes; // mark → footnote
};

// Resolves `table` with `figures` in `theme`'s words. Throws InputError at the row (or window)
// whose figures the data cannot give; appends to `warnings` a warning for each change that
// cannot be reproduced from the printed figures.
IndicatorTableCells indicator_table_cells(const model::IndicatorTable& table,
                                          const Figures& figures, const model::Theme& theme,
                                          std::vector<Diagnostic>& warnings);

} // namespace bp::compute
