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
// out. Coordinates are written to 0.01 pt, locale-free. Text is bold or italic as the run's
// face in `fonts` is; its family is the stylesheet's (web_css: the theme's chart style).
std::string svg_of_items(const std::vector<display::Item>& items, Rect box,
                         const std::vector<display::FontFace>& fonts, const std::string& css_class);

} // namespace bp::web
