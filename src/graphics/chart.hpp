// Charts lowered to display-list items: line, bar and grouped-bar charts (vertical or
// horizontal, grouped or stacked) with axes, gridlines, highlighted ranges, legend, titles and
// a text alternative computed from the data.
#pragma once

#include "core/geometry.hpp"
#include "display/display_list.hpp"
#include "graphics/chart_geometry.hpp"
#include "graphics/chart_spec.hpp"
#include "graphics/chart_style.hpp"

#include <string>
#include <vector>

namespace bp::graphics {

// Appends the chart laid out by chart_geometry(spec, box, style), wrapped in a Figure
// structure element whose alt text is chart_alt_text(spec). Painting order: bands, gridlines,
// base line, bars or lines, value labels, then all text (title, subtitle, legend, axis
// labels, source). Everything lies inside `box`. Returns the texts of the labels left out
// because no place for them is clear of the data and the other labels (for a warning).
std::vector<std::string> draw_chart(std::vector<display::Item>& out, const ChartSpec& spec,
                                    Rect box, const ChartStyle& style);

// A one-line summary computed from the data: kind, title (or the series names), category
// range, and what the data do, e.g.
//   "Line chart: Victim based crime, Apr 2015 to Jul 2017; rises from 2,790 to 3,960."
//   "Line chart: Anti-social behaviour, Jul 2015 to Jun 2017; Youth Related highest."
//   "Bar chart: Fatal/serious accidents, Apr to Jun; highest May (25), lowest Apr (17)."
// One series on a line: rises / falls / unchanged from the first to the last value; one
// series of bars: highest and lowest category; several series: the one with the highest mean.
std::string chart_alt_text(const ChartSpec& spec);

} // namespace bp::graphics
