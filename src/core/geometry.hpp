// Geometry in PDF points (1/72 in): page coordinates have their origin at the top-left corner,
// x to the right and y downwards. Renderers convert to their own conventions.
#pragma once

#include <cmath>

namespace bp {

// A position on a page, in points.
struct Point {
    double x = 0;
    double y = 0;
    friend bool operator==(const Point&, const Point&) = default;
};

// A width and height, in points.
struct Size {
    double w = 0;
    double h = 0;
    friend bool operator==(const Size&, const Size&) = default;
};

// An axis-aligned rectangle: top-left corner plus size, in points.
struct Rect {
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;
    double right() const { return x + w; }
    double bottom() const { return y + h; }
    friend bool operator==(const Rect&, const Rect&) = default;
};

// Converts millimetres to points.
constexpr double mm_to_pt(double mm) {
    return mm * 72.0 / 25.4;
}

} // namespace bp
