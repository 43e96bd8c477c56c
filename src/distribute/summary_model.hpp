// The board summary as data for the email body: each indicator table of a layout (the board
// summary's) with the same figures, changes and verdicts the PDF shows, as text.
#pragma once

#include "compute/figures.hpp"
#include "model/report.hpp"

#include <string>
#include <vector>

namespace bp::distribute {

// One row of a summary table, every figure formatted as in the PDF.
struct SummaryRow {
    std::string label;
    std::string before;
    std::string after;
    std::string change;
    model::Verdict verdict = model::Verdict::None;
    std::string mark; // footnote mark of an explicit verdict, or ""
};

// One indicator table of the layout.
struct SummaryTable {
    std::string label_header, before_header, after_header, change_header, verdict_header;
    bool verdict = true;
    std::vector<SummaryRow> rows;
};

// Produces the whole summary: the layout's title and its indicator tables in order.
struct SummaryModel {
    std::string title;
    std::vector<SummaryTable> tables;
    std::vector<std::pair<std::string, std::string>> notes; // footnote mark → note
};

// The indicator tables of `report` computed with `figures` exactly as layout/data_blocks.cpp
// does (compute::Figures::compare, format_value, format_change with the same decimals).
// Throws InputError at a row whose figures the data cannot give.
SummaryModel summary_model(const model::Report& report, const compute::Figures& figures);

// "happy", "monitoring", "unhappy" or "" (the faces' words, graphics::face_word).
std::string verdict_word(model::Verdict verdict);

} // namespace bp::distribute
