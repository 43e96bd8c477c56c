// An SPC icon in a table cell: drawn at the cell's left, the cell's text (its words) beside it.
#pragma once

#include "graphics/spc_icon.hpp"

#include <string>
#include <variant>

namespace bp::layout {

// Produces the icon of one cell: a variation or an assurance icon, and its alt text (the
// words the cell also prints, so no invisible word is added).
struct SpcIconCell {
    std::variant<graphics::VariationShape, graphics::AssuranceShape> shape;
    std::string alt;
};

} // namespace bp::layout
