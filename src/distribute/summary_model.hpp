// The board summary as data for the email body: each indicator table of a layout (the board
// summary's), resolved by compute::indicator_table_cells, and each SPC table and matrix, resolved
// by compute::spc_table_cells — the same calls, the same cells, the same words as the layout's
// PDF — with its section's title as a caption.
#pragma once

#include "compute/figures.hpp"
#include "compute/indicator_table_cells.hpp"
#include "compute/spc_table_cells.hpp"
#include "compute/spc_words.hpp"
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

// One <spc-table> or <spc-matrix> of the layout, and the title of the section it is in.
struct SummarySpc {
    std::string caption;
    bool matrix = false;
    compute::SpcTableCells cells;
};

// Where a part of the summary is: tables[index] or spc[index].
struct SummaryPart {
    bool spc = false;
    std::size_t index = 0;
};

// Produces the whole summary: the layout's title, its indicator tables and SPC tables (`parts`:
// all of them in the layout's order), the verdict and SPC words, and the warnings resolving
// them gave (as `build` gives them).
struct SummaryModel {
    std::string title;
    std::vector<SummaryTable> tables;
    std::vector<SummarySpc> spc;
    std::vector<SummaryPart> parts;
    compute::VerdictWords words;
    compute::SpcWords spc_words;
    std::vector<Diagnostic> warnings;
};

// The indicator and SPC tables of `report` resolved with `figures` in `theme`'s words. Throws
// InputError at a row whose figures the data cannot give.
SummaryModel summary_model(const model::Report& report, const model::Theme& theme,
                           const compute::Figures& figures);

} // namespace bp::distribute
