// Reads a theme INI file over the built-in defaults: [colors], [style.NAME] and [verdicts],
// rejecting unknown sections, keys and bad values with file:line:col.
#pragma once

#include "model/theme.hpp"

#include <string>

namespace bp::input {

// The default theme overridden by the INI file at `path` (empty path: the defaults).
model::Theme read_theme(const std::string& path);

// The same from text already read (for tests and fuzzing).
model::Theme theme_from_ini(const std::string& file, const std::string& text);

} // namespace bp::input
