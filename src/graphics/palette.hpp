// Series colours, dash patterns and markers: the default palette is colour-blind safe (derived
// from Okabe–Ito) and stays readable in greyscale print.
#pragma once

#include "core/color.hpp"

#include <cstdint>
#include <vector>

namespace bp::graphics {

// A colour from a 0xRRGGBB literal.
constexpr Color rgb(std::uint32_t hex) {
    return Color{static_cast<double>((hex >> 16) & 0xffu) / 255.0,
                 static_cast<double>((hex >> 8) & 0xffu) / 255.0,
                 static_cast<double>(hex & 0xffu) / 255.0};
}

// The symbol drawn at each data point of a line series.
enum class Marker : std::uint8_t { None, Circle, Square, Triangle, Diamond };

// Produces the look of one series: for line charts its colour, dash pattern (whole points, as
// the PDF writer needs; empty = solid) and marker; for bar charts its fill.
struct SeriesLook {
    Color line;
    std::vector<double> dash;
    Marker marker = Marker::Circle;
    Color bar;
};

// The default palette (6 looks, used in order and then repeated). Lines: dark blue solid
// with circles, vermillion dashed with squares, bluish green dotted with triangles, … — every
// line colour has at least 3:1 contrast on white, and dash + marker tell series apart in
// greyscale. Bars: dark blue, light orange, mid bluish green, … — lightness alternates so
// neighbouring bars differ in greyscale. Built once; every call returns the same palette.
const std::vector<SeriesLook>& default_palette();

} // namespace bp::graphics
