#include "graphics/palette.hpp"

namespace bp::graphics {

const std::vector<SeriesLook>& default_palette() {
    static const std::vector<SeriesLook> palette{
        {rgb(0x0072b2), {}, Marker::Circle, rgb(0x0072b2)},            // dark blue
        {rgb(0xd55e00), {5, 2}, Marker::Square, rgb(0xe69f00)},        // vermillion / orange
        {rgb(0x009e73), {2, 2}, Marker::Triangle, rgb(0x009e73)},      // bluish green
        {rgb(0xcc79a7), {7, 2, 2, 2}, Marker::Diamond, rgb(0x56b4e9)}, // purple / sky blue
        {rgb(0x4d4d4d), {9, 3}, Marker::Circle, rgb(0x005a8c)},        // dark grey / navy
        {rgb(0x8a5a00), {3, 3}, Marker::Square, rgb(0xf0c36d)},        // brown / sand
    };
    return palette;
}

} // namespace bp::graphics
