// A chart's data as a table of text: a row per category (its long name if the spec has one), a
// column per series, each value as the chart's value labels write it. The web edition shows it
// beside the drawing, so the chart's numbers can be read without the picture.
#pragma once

#include "graphics/chart_spec.hpp"

#include <string>
#include <vector>

namespace bp::graphics {

// Produces the header ("", then each series' name) and one row per category (its name, then
// each series' value as text, or "" where the series has none).
struct ChartDataTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

ChartDataTable chart_data_table(const ChartSpec& spec);

} // namespace bp::graphics
