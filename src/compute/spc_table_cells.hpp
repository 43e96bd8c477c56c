// An SPC summary table as every output shows it — header words and each indicator's cells as
// printed, its variation and assurance icons and their words — made once from the layout's
// <spc-table>, the data and the theme, so that the PDF's table and an email can render the same.
#pragma once

#include "compute/figures.hpp"
#include "compute/spc_icons.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"

#include <string>
#include <vector>

namespace bp::compute {

// One indicator: metric (its label), latest value with its month, target ("" without), mean,
// lower and upper limit (of the last segment; one decimal more than the indicator's), and the
// icons with their words.
struct SpcTableRow {
    std::string metric, latest, target, mean, lower, upper;
    VariationIcon variation = VariationIcon::None;
    AssuranceIcon assurance = AssuranceIcon::None;
    std::string variation_words, assurance_words;
    SourcePos pos;
};

// Produces the header cells (8: metric, latest, target, mean, lower limit, upper limit,
// variation, assurance) and a row per indicator listed.
struct SpcTableCells {
    std::vector<std::string> header;
    std::vector<SpcTableRow> rows;
};

// Resolves `table` with `figures` in `theme`'s words: each indicator's months from..to for the
// area, its targets as an SPC chart with target="data" takes them (the latest target of the
// months shown),
// the same XmR chart and rules (compute::spc_series). Throws InputError at the attribute whose
// figures the data cannot give (an unknown indicator or area, a month without a value, a bad
// rebase).
SpcTableCells spc_table_cells(const model::SpcTable& table, const Figures& figures,
                              const model::Theme& theme);

// Where an SPC matrix (variation × assurance) places an indicator: the row of its variation
// icon (0 improving, 1 common cause, 2 concerning, 3 neither, high or low alike; -1 for none)
// and the column of its assurance icon (0 passing, 1 hit and miss, 2 failing, 3 no target).
int spc_matrix_row(VariationIcon v);
int spc_matrix_column(AssuranceIcon a);

} // namespace bp::compute
