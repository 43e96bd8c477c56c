// The preview renderer: draws one display-list page with cairo, as PNG or SVG bytes.
#pragma once

#include "display/display_list.hpp"

#include <cstddef>
#include <vector>

namespace bp::render {

// How a PNG preview is rasterised.
struct PngOptions {
    double dpi = 96; // the image is page size × dpi/72 pixels
};

// Page `page_index` (0-based) as PNG bytes on a white background, drawn exactly where layout
// placed everything (FreeType advances floored to 1/1000 em, as in the PDF). Links,
// destinations and structure marks draw nothing. Throws bp::OutputError on failure (no such
// page, a font or image that cannot be read, an image too large for cairo).
std::vector<unsigned char> png_bytes(const display::Document& doc, std::size_t page_index,
                                     const PngOptions& opts = {});

// The same page as SVG bytes (cairo's SVG surface, units of points), same drawing code.
std::vector<unsigned char> svg_bytes(const display::Document& doc, std::size_t page_index);

} // namespace bp::render
