// Inline SVG markup from display-list items (paths and visible text runs): the web edition
// draws verdict faces and charts from the same items the PDF and PNG renderers draw.
#pragma once

#include "core/geometry.hpp"
#include "display/display_list.hpp"

#include <string>
#include <vector>

namespace bp::web {

// Produces `items` as an <svg> element of `box` (its viewBox), hidden from assistive technology
// (the page says in words what it shows); structure marks, links and invisible text are left
// out. Coordinates are written to 0.01 pt, locale-free. Text is set in `family` (the theme's
// family for the drawing), bold or italic as the run's face in `fonts` is.
std::string svg_of_items(const std::vector<display::Item>& items, Rect box,
                         const std::vector<display::FontFace>& fonts, const std::string& family,
                         const std::string& css_class);

} // namespace bp::web
