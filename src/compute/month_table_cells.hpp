// A month table as every output shows it — indicators by month, cut into parts of at most
// `per` months, each part with a row of financial quarters over its months, a row of month
// names, a row per indicator with its values as printed, and the average of all months in the
// last part — made once from the layout's <month-table>, the data and the theme. The PDF's
// tables and the web edition's render this.
#pragma once

#include "compute/figures.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace bp::compute {

// One indicator's row of a part: its label, a value per month ("" where none), and the average
// (when the part has it).
struct MonthTableRow {
    std::vector<std::string> cells;
    SourcePos pos;
};

// Produces one table of a month table: the quarter row ("" over the labels, a quarter's words
// over its months, "" over the average) with how many columns each spans, the month row (""
// over the labels, the months' short names, the average's word), and the indicators' rows.
struct MonthTablePart {
    std::vector<std::string> quarters;
    std::vector<int> quarter_spans; // one per quarter cell; they add up to the month row's cells
    std::vector<std::string> months;
    std::vector<MonthTableRow> rows;
    std::size_t month_count = 0;
    bool average = false;    // the last column is the average of all the table's months
    std::string first, last; // the part's first and last months (window_label: "Nov 2023")
};

// Produces the whole month table: its parts in order, the months a full part takes and all
// the months listed.
struct MonthTableCells {
    std::vector<MonthTablePart> parts;
    std::size_t per = 0;
    std::size_t month_count = 0;
};

// Resolves `table` with `figures` in `theme`'s words. Throws InputError
// at the months for one that is not a month or a range of months, or for too many, and at a
// row for an unknown indicator or area.
MonthTableCells month_table_cells(const model::MonthTable& table, const Figures& figures,
                                  const model::Theme& theme);

} // namespace bp::compute
