// Style names in a layout checked against the theme: a name the theme does not define is an
// error rather than a silent fall-back to the body style.
#pragma once

#include "model/report.hpp"
#include "model/theme.hpp"

namespace bp::layout {

// Throws InputError at the first paragraph or band item (in document order: templates, then
// sections) whose style the theme does not define, naming the styles it does.
void check_style_names(const model::Report& report, const model::Theme& theme);

} // namespace bp::layout
