// Internal to graphics: the layout and lowering of each part of a chart, used by
// chart_geometry() and draw_chart(). Not for other layers.
#pragma once

#include "display/display_list.hpp"
#include "graphics/chart_geometry.hpp"
#include "graphics/chart_spec.hpp"
#include "graphics/chart_style.hpp"

#include <span>
#include <vector>

namespace bp::graphics::detail {

// The palette entry drawing series s.
const SeriesLook& look_of(const ChartSpec& spec, const ChartStyle& style, int s);
// Whether the chart draws bars (Bar or GroupedBar).
bool is_bar_chart(const ChartSpec& spec);
// A value as text: spec.decimals digits, thousands separators, spec.unit appended.
std::string value_text(const ChartSpec& spec, double v);

// chart_geometry.cpp — whether the legend is shown; lines of `text` wrapped to the box,
// stacked from y (advances y).
bool show_legend(const ChartSpec& spec, const ChartStyle& style);
std::vector<PlacedText> stack_lines(const TextStyle& ts, const std::string& text, const Rect& box,
                                    int max_lines, double& y);
// hbar_geometry.cpp — the layout of horizontal bars (chart_geometry for spec.horizontal).
ChartGeometry hbar_geometry(const ChartSpec& spec, Rect box, const ChartStyle& style);

// legend.cpp — entries laid out in rows from `top`, wrapping at box width; returns the height.
// `series`: an entry per named series; `highlights`: then a key per labelled highlighted range.
double layout_legend(const ChartSpec& spec, const ChartStyle& style, const Rect& box, double top,
                     std::vector<LegendEntry>& out, bool series = true, bool highlights = false);
// The fill of highlighted range k's band.
Color band_fill(const ChartStyle& style, int k);
void draw_legend(std::vector<display::Item>& out, const ChartSpec& spec, const ChartGeometry& g,
                 const ChartStyle& style);

// axes.cpp — tick labels measured (not yet placed), then placed right-aligned at `right` and
// centred on their ticks; gridlines, base line and x tick marks; text.
std::vector<PlacedText> y_tick_labels(const ChartSpec& spec, const ChartStyle& style,
                                      const std::vector<double>& ticks);
void place_y_tick_labels(std::vector<PlacedText>& labels, const ChartGeometry& g,
                         const ChartStyle& style, double right);
void draw_grid(std::vector<display::Item>& out, const ChartSpec& spec, const ChartGeometry& g,
               const ChartStyle& style);
void draw_axis_text(std::vector<display::Item>& out, const ChartGeometry& g,
                    const ChartStyle& style);

// bands.cpp — shaded bands from `top` to the plot bottom, labels centred in the strip.
std::vector<BandPlacement> layout_bands(const ChartSpec& spec, const ChartGeometry& g,
                                        const ChartStyle& style, double top, bool labels);
void draw_bands(std::vector<display::Item>& out, const ChartGeometry& g, const ChartStyle& style);

// reference_lines.cpp — tolerance bands (drawn behind the grid), reference lines (over the
// data) as steps through the category slots, and their labels at the right end, above or
// below the line (else the left end, else along the line), clear of the data, of the value,
// band and legend labels (laid out before them) and of each other; a label with no such place
// is left out and noted in g.left_out.
// An SPC chart's mean and limit lines: labelled in the gutter right of the plot, at their last
// value's height (moved up or down by half lines to clear each other).
bool in_gutter(const ReferenceLine& r);
std::vector<ReferenceLabel> layout_reference_labels(const ChartSpec& spec, const ChartStyle& style,
                                                    ChartGeometry& g);
// The rows above the plot of horizontal bars for the labels of reference lines and bands: one
// for each labelled line or band, at most three.
int reference_label_rows(const ChartSpec& spec);
void draw_reference_bands(std::vector<display::Item>& out, const ChartSpec& spec,
                          const ChartGeometry& g);
void draw_reference_lines(std::vector<display::Item>& out, const ChartSpec& spec,
                          const ChartGeometry& g, const ChartStyle& style);
// A break mark (two short slanted strokes) on the base line of bars that do not start at zero.
void draw_axis_break(std::vector<display::Item>& out, const ChartGeometry& g,
                     const ChartStyle& style);

// value_labels.cpp — labels above bars / points, none that collide or leave `area`.
void layout_value_labels(const ChartSpec& spec, const ChartStyle& style, ChartGeometry& g,
                         const Rect& area);

// markers.cpp — one item drawing marker `m` of width `size` in `color` at every point of `at`
// (a 600-page report has tens of thousands of markers; one item each cost most of its display
// list's memory). Circles are dots: zero-length strokes with round caps, which PDF and cairo
// both paint as filled circles, in a tenth of the bytes of four Bézier arcs; the other shapes
// are filled outlines.
display::PathItem marker_item(Marker m, std::span<const Point> at, double size, Color color);

// line_chart.cpp / bar_chart.cpp — the data.
// An SPC chart (spec.spc) draws its one series grey with a marker per point of its class's
// colour and shape (spc_marker_of; 1.25 × the marker size for special causes).
void draw_lines(std::vector<display::Item>& out, const ChartSpec& spec, const ChartGeometry& g,
                const ChartStyle& style);
void draw_bars(std::vector<display::Item>& out, const ChartSpec& spec, const ChartGeometry& g,
               const ChartStyle& style);

// The marker shape of an SPC point class: circle, square, diamond, triangle.
Marker spc_marker_of(SpcMark mark);

// A stroked polyline or segment.
display::PathItem stroke_path(display::Path path, Color color, double width,
                              std::vector<double> dash = {});

} // namespace bp::graphics::detail
