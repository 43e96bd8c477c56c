// A period table as every output shows it — one indicator over several windows, a row per
// window: its name, the value as printed, and the verdict (its footnote mark, the face's
// verdict) — made once from the layout's <period-table>, the data and the theme. The PDF's
// table and the web edition's render this.
#pragma once

#include "compute/figures.hpp"
#include "compute/indicator_table_cells.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"

#include <string>
#include <utility>
#include <vector>

namespace bp::compute {

// Produces the whole table: header cells (period, value, and verdict if shown), rows (window
// name, value, and the footnote mark or "" if the verdict is shown; the row's verdict), and
// each footnote once per row that has one.
struct PeriodTableCells {
    std::vector<std::string> header;
    std::vector<IndicatorTableRow> rows;
    std::vector<std::pair<std::string, std::string>> notes; // mark → footnote
    bool verdict = false;                                   // the third column is the verdict
};

// Resolves `table` (the element at `pos`) with `figures` in `theme`'s words. Throws InputError
// at `pos` for an unknown indicator, at the periods when a window or figure cannot be had.
PeriodTableCells period_table_cells(const model::PeriodTable& table, const SourcePos& pos,
                                    const Figures& figures, const model::Theme& theme);

} // namespace bp::compute
