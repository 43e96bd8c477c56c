// Verdict faces: happy, monitoring and unhappy drawn as vector paths that differ in shape (the
// mouth, and brows on the unhappy face), not only in colour, so they read in greyscale print
// and for colour-blind readers.
#pragma once

#include "core/color.hpp"
#include "core/geometry.hpp"
#include "display/display_list.hpp"
#include "graphics/palette.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace bp::graphics {

// A verdict on an indicator's performance.
enum class Face : std::uint8_t { Happy, Monitoring, Unhappy };

// Produces the colours of the three faces. The fills keep at least 4.5:1 contrast with the
// dark features; the dark outline separates every fill from a white page.
struct FaceStyle {
    Color happy = rgb(0x3fa34d);      // green
    Color monitoring = rgb(0xf0a30a); // amber
    Color unhappy = rgb(0xe05a4f);    // red
    Color outline = rgb(0x1b1b1b);
    Color features = rgb(0x1b1b1b); // eyes, mouth, brows
    bool brows = true;              // concerned brows on the unhappy face
};

// The fill of `face` in `style`.
Color face_fill(Face face, const FaceStyle& style);

// Appends a face of `diameter` points centred on `centre` (outline included), wrapped in a
// Figure structure element whose alt text is `alt` (the report's words for the verdict). Items in
// order: StructBegin, the head (filled and stroked circle), two eyes (filled), for the unhappy face
// two brows (stroked), the mouth (stroked, round caps: a smile, a straight line or a frown),
// StructEnd. Line widths scale with the diameter; ~1.3 × the font size sits well next to text.
// `spoken`, if given, is put inside the figure before its end: an invisible run of the verdict
// word, so that text extraction gives the word the face stands for (a screen reader reads
// the alt text instead of the figure's content, so the verdict is read once).
void draw_face(std::vector<display::Item>& out, Face face, Point centre, double diameter,
               const FaceStyle& style, const std::string& alt,
               const display::TextRun* spoken = nullptr);

} // namespace bp::graphics
