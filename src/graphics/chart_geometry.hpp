// Where every part of a chart goes inside its box: computed once by a pure function that
// draw_chart lowers to items, and that tests inspect directly.
#pragma once

#include "core/geometry.hpp"
#include "graphics/chart_spec.hpp"
#include "graphics/chart_style.hpp"
#include "graphics/text_style.hpp"

#include <optional>
#include <vector>

namespace bp::graphics {

// Produces one legend entry: the series it keys, its swatch box and its label (legend style).
struct LegendEntry {
    int series = 0;
    Rect swatch;
    PlacedText label;
    int highlight = -1; // a highlighted range's key (its band colour and label), or -1
};

// Produces a highlighted range's shaded band and, when it fits inside the band, its label
// (labels style) in the strip above the plot; when any label does not fit its band, no band is
// labelled there and the legend keys every band instead (its colour and its label).
struct BandPlacement {
    int highlight = 0;
    Rect rect;
    std::optional<PlacedText> label;
};

// Produces the label of one data value (values style, at `value_label_size`).
struct ValueLabel {
    int series = 0;
    int category = 0;
    PlacedText text;
};

// Produces the label of a reference line (band = false) or tolerance band (band = true) at
// its right end, in the labels style.
struct ReferenceLabel {
    bool band = false;
    int index = 0;
    PlacedText text;
};

// The layout of a chart. Top to bottom: title lines, subtitle lines, legend rows, the y-axis
// label, a strip for band and value labels, the plot, the x labels, the source line. Every
// placed text and drawn point lies inside `box`; parts that do not fit are dropped (source,
// subtitle, axis label, band labels, a second title line, value labels, legend, x labels, in
// that order) rather than overflowing.
struct ChartGeometry {
    Rect box;
    std::vector<PlacedText> title;    // title style, one per line
    std::vector<PlacedText> subtitle; // subtitle style
    std::vector<LegendEntry> legend;
    std::optional<PlacedText> y_label; // labels style
    std::optional<PlacedText> source;  // source style

    // The value scale: y_ticks.front() maps to plot.bottom(), y_ticks.back() to plot.y.
    Rect plot;
    std::vector<double> y_ticks;
    std::vector<PlacedText> y_tick_labels; // labels style, right-aligned left of the plot;
                                           // empty if the plot is too short for them
    double baseline = 0; // the value bars grow from: 0 if within the scale, else the lowest tick
    bool axis_break = false; // bars whose scale leaves zero out: a break mark on the base line
    std::vector<ReferenceLabel> reference_labels;

    // Categories: n equal slots across the plot; labels thinned so they never collide (a
    // category chart's names may take two lines instead: then x_label_categories repeats).
    double slot = 0;
    std::vector<int> x_label_categories; // which categories are labelled, ascending
    std::vector<PlacedText> x_labels;    // labels style, one per x_label_categories entry
    double x_tick_length = 0;            // tick marks under labelled categories (lines only)

    std::vector<BandPlacement> bands;
    std::vector<ValueLabel> value_labels;
    // The texts of labels (value labels, reference labels) left out because no place for them
    // is clear of the data and of the other labels: draw_chart's caller warns of them.
    std::vector<std::string> left_out;
    double value_label_size = 0; // the values style's size, or smaller to fit narrow bars

    // An SPC chart with icons: their centres at the top right (variation, then assurance, the
    // ones it has) and diameter; the title and subtitle wrap left of them. Empty if none.
    std::vector<Point> icon_centres;
    double icon_size = 0;

    int series_count = 0;
    double bar_width = 0; // bars: width of one bar
    double bar_gap = 0;   // bars: gap between bars of one group
    bool markers = false; // lines: markers at every point

    // Horizontal bars: the value scale runs left to right (y_ticks.front() at plot.x), the
    // categories top to bottom in equal slots, x_labels are the category names left of the
    // plot (right-aligned, up to two lines each) and y_tick_labels the values under it.
    bool horizontal = false;
    bool stacked = false; // one bar per category, its series stacked (see stacks_of)

    // The page y of value v on the scale (vertical charts).
    double y_of(double v) const;
    // The page x of the centre of category i's slot (vertical charts).
    double x_of(int category) const;
    // The page x of value v on the scale (horizontal bars).
    double value_x(double v) const;
    // The page y of the centre of category i's slot (horizontal bars).
    double category_y(int category) const;
    // The bar of series s in category i for value v, from the baseline to v.
    Rect bar(int category, int series, double v) const;
    // The bar (or stacked segment) of series s in category i from value `from` to value `to`.
    Rect bar_between(int category, int series, double from, double to) const;
};

// Lays `spec` out in `box`. Throws std::invalid_argument if the spec is invalid (see validate)
// or a text style has no metrics.
ChartGeometry chart_geometry(const ChartSpec& spec, Rect box, const ChartStyle& style);

} // namespace bp::graphics
