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
// structure element whose alt text is spec.alt if given, else chart_alt_text(spec, geometry).
// Painting order: bands, gridlines, base line, bars or lines, value labels, then all text (title,
// subtitle, legend, axis labels, source). Everything lies inside `box`. Returns the texts of the
// labels left out because no place for them is clear of the data and the other labels (for a
// warning).
std::vector<std::string> draw_chart(std::vector<display::Item>& out, const ChartSpec& spec,
                                    Rect box, const ChartStyle& style);

// The chart's text alternative, made from what `g` draws: kind, title, subtitle and the
// category range (or, for a category chart, every category); the scale as its axis labels
// show it; each series' latest value with its direction over the chart (lines), or its values
// (bars printing value labels, few bars, category charts); reference lines and bands with
// their values; highlighted windows; the source line. E.g.
//   "Line chart: Victim based crime, Apr 2015 to Jul 2017; scale 2,500 to 4,000; 3,960 in
//    Jul 2017, up from 2,790 in Apr 2015; highlighted: 12 months to Jun 16 and 12 months to
//    Jun 17."
std::string chart_alt_text(const ChartSpec& spec, const ChartGeometry& g);

} // namespace bp::graphics
