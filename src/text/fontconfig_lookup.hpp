// Asks fontconfig for the file of an installed face.
#pragma once

#include "text/font_key.hpp"

#include <optional>
#include <string>

namespace bp::text {

// Produces the file of an installed face whose family is exactly `key.family` (ignoring case)
// and whose own weight and slant are the requested ones (bold: semibold or heavier; italic:
// italic or oblique), or nullopt. The family's faces are listed, not matched, so fontconfig's
// substitutes (another family, a synthetically emboldened or slanted face) never come back.
// Among several faces the one closest to regular/bold weight and normal width wins; faces
// inside a collection other than the first are skipped (a file path cannot name them).
std::optional<std::string> fontconfig_find(const FontKey& key);

} // namespace bp::text
