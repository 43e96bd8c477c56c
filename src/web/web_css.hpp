// The web edition's one stylesheet, from the theme's fonts and colours: reflows at 320 CSS px
// (wide tables scroll in their own region), sizes in rem so the user's text size applies,
// print rules, and no motion.
#pragma once

#include "model/theme.hpp"

#include <string>

namespace bp::web {

std::string web_css(const model::Theme& theme);

} // namespace bp::web
