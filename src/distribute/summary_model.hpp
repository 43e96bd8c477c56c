// The board summary as data for the email body: each indicator table of a layout (the board
// summary's), resolved by compute::indicator_table_cells — the same call, the same cells, the
// same verdict words as the layout's PDF — with its section's title as a caption.
#pragma once

#include "compute/figures.hpp"
#include "compute/indicator_table_cells.hpp"
#include "compute/verdict_words.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"

#include <string>
#include <vector>

namespace bp::distribute {

// One indicator table of the layout, and the title of the section it is in.
struct SummaryTable {
    std::string caption;
    compute::IndicatorTableCells cells;
};

// Produces the whole summary: the layout's title, its indicator tables in order, the verdict
// words, and the warnings resolving them gave (as `build` gives them).
struct SummaryModel {
    std::string title;
    std::vector<SummaryTable> tables;
    compute::VerdictWords words;
    std::vector<Diagnostic> warnings;
};

// The indicator tables of `report` resolved with `figures` in `theme`'s words. Throws InputError
// at a row whose figures the data cannot give.
SummaryModel summary_model(const model::Report& report, const model::Theme& theme,
                           const compute::Figures& figures);

} // namespace bp::distribute
