// Text styles for graphics, and the measuring and fitting helpers charts use to place text.
#pragma once

#include "core/color.hpp"
#include "core/geometry.hpp"
#include "display/display_list.hpp"
#include "text/font_metrics.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bp::graphics {

// Produces text in one face, size and colour: a font already registered in the document
// (`font`) and the measurer for that same face (`metrics`, never null when drawing).
struct TextStyle {
    display::FontId font = 0;
    const text::FontMetrics* metrics = nullptr;
    double size = 9;
    Color color;
};

// Produces a measured piece of text placed by a layout: `origin` is the left end of its baseline.
struct PlacedText {
    std::string text;
    Point origin;
    double width = 0;
};

// Advance width of `text` in `style`. Throws std::invalid_argument if the style has no metrics.
double text_width(const TextStyle& style, std::string_view text);
// Ascent and descent (positive) of the style's face at its size.
double text_ascent(const TextStyle& style);
double text_descent(const TextStyle& style);
// Cap height of the style's face at its size.
double text_cap_height(const TextStyle& style);
// Baseline-to-baseline distance for stacked lines: (ascent + descent) × 1.15.
double line_height(const TextStyle& style);

// `text` measured and placed with its baseline's left end at `origin`.
PlacedText place_text(const TextStyle& style, std::string text, Point origin);
// The box a placed text occupies: its advance width, from ascent above to descent below.
Rect text_bounds(const TextStyle& style, const PlacedText& text);
// The display-list run for a placed text.
display::TextRun text_run(const TextStyle& style, const PlacedText& text);

// `text` cut at a code point and ended with an ellipsis ("…", or "..." if the face lacks it) so
// that it fits `width`; unchanged if it fits; empty if not even the ellipsis fits.
std::string fit_text(const TextStyle& style, std::string_view text, double width);
// The start of `text`, at most `max_bytes` long (cut between characters): more than any band
// or line can show, so that a huge title costs the same on every page as a long one.
std::string_view shown_prefix(std::string_view text, std::size_t max_bytes = 16384);
// `text` broken at spaces into at most `max_lines` lines of at most `width` (greedy); the last
// line is shortened with fit_text if words remain or a single word is too wide.
std::vector<std::string> wrap_text(const TextStyle& style, std::string_view text, double width,
                                   int max_lines);

} // namespace bp::graphics
