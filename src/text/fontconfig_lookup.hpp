// Asks fontconfig for the file of an installed face.
#pragma once

#include "text/font_key.hpp"

#include <optional>
#include <string>

namespace bp::text {

// Produces the file of the installed face whose family is exactly `key.family` (ignoring
// case) in the requested weight and slant, or nullopt. fontconfig's substitutes (another
// family, a regular face standing in for a bold one, a face inside a collection other than
// the first) are refused, so the report never silently uses a different font.
std::optional<std::string> fontconfig_find(const FontKey& key);

} // namespace bp::text
