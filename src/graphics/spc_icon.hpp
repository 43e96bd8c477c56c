// The two Making Data Count icons drawn as vector paths of our own design: the variation icon
// (a ring around a short run of dots, with a letter H or L for the side of a special cause) and
// the assurance icon (a ring around a P, an F or a wave), told apart by shape, not only colour.
#pragma once

#include "core/color.hpp"
#include "core/geometry.hpp"
#include "display/display_list.hpp"
#include "graphics/palette.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace bp::graphics {

// What the variation icon shows (compute::VariationIcon without None).
enum class VariationShape : std::uint8_t {
    CommonCause,     // grey ring, dots level, no letter
    ImprovementHigh, // solid ring, dots rising, H
    ImprovementLow,  // solid ring, dots falling, L
    ConcernHigh,     // dashed ring, dots rising, H
    ConcernLow,      // dashed ring, dots falling, L
    NeitherHigh,     // double ring, dots rising, H
    NeitherLow,      // double ring, dots falling, L
};

// What the assurance icon shows (compute::AssuranceIcon without None).
enum class AssuranceShape : std::uint8_t {
    Passing,   // P
    Failing,   // F
    HitAndMiss // a wave: ~
};

// Produces the colours of SPC marks and icons: points and icons of improvement, concern,
// common cause and (neutral indicator) special cause. Defaults close to the Making Data Count
// guidance's blue, orange, grey and purple; a theme's [colors] spc-* keys replace them.
struct SpcColors {
    Color improvement = rgb(0x289de0);
    Color concern = rgb(0xe8900c);
    Color common = rgb(0x7b7d7d);
    Color special = rgb(0x5b3a99);
};

// The ring colour of each icon.
Color icon_color(VariationShape shape, const SpcColors& colors);
Color icon_color(AssuranceShape shape, const SpcColors& colors);

// Append an icon of `diameter` points centred on `centre`, wrapped in a Figure structure element
// whose alt text is `alt` (the report's words for it). Items in order: StructBegin, the ring
// (white fill, stroked; dashed for concern, a second inner ring for neither), the glyph inside
// (dots and letter, or letter or wave; stroked and filled paths), `spoken` if given (the
// invisible word, as draw_face puts it), StructEnd.
void draw_variation_icon(std::vector<display::Item>& out, VariationShape shape, Point centre,
                         double diameter, const SpcColors& colors, const std::string& alt,
                         const display::TextRun* spoken = nullptr);
void draw_assurance_icon(std::vector<display::Item>& out, AssuranceShape shape, Point centre,
                         double diameter, const SpcColors& colors, const std::string& alt,
                         const display::TextRun* spoken = nullptr);

} // namespace bp::graphics
