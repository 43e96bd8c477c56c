// How charts look: text styles, palette, gridlines, bands, line widths and legend policy.
#pragma once

#include "graphics/palette.hpp"
#include "graphics/text_style.hpp"

#include <cstdint>
#include <vector>

namespace bp::graphics {

// When a chart shows its legend.
enum class LegendMode : std::uint8_t {
    Auto, // when there are two or more series
    Show,
    Hide
};

// Produces the appearance of a chart. Text styles need metrics; with_fonts() fills them all
// from a regular and a bold face.
struct ChartStyle {
    TextStyle title;    // bold
    TextStyle subtitle; // period line under the title
    TextStyle labels;   // tick labels, category labels, axis label, band labels
    TextStyle legend;
    TextStyle source; // source / footnote line at the bottom
    TextStyle values; // value labels on bars and points

    std::vector<SeriesLook> palette = default_palette();
    Color gridline = rgb(0xdddddd);
    double gridline_width = 0.5;
    Color axis = rgb(0x8c8c8c); // the zero/base line and x tick marks
    double axis_width = 0.75;
    std::vector<Color> band_fills = {rgb(0xefefef), rgb(0xe4edf6)}; // alternate per highlight
    double line_width = 1.6;
    double marker_size = 4.2; // marker width/height in points
    bool markers = true;      // drawn on lines when points are far enough apart
    int max_y_ticks = 6;
    LegendMode legend_mode = LegendMode::Auto;

    // A style with every text style set from two faces: title bold at 1.15 × base, subtitle
    // 0.95 ×, labels and values 0.85 ×, legend 0.9 ×, source 0.8 ×; dark grey text.
    static ChartStyle with_fonts(display::FontId regular, const text::FontMetrics* regular_metrics,
                                 display::FontId bold, const text::FontMetrics* bold_metrics,
                                 double base_size = 10);
};

} // namespace bp::graphics
