// Characters a font cannot draw, replaced by one it can, so that the PDF (which would show
// nothing) and the previews (which would show the font's empty box) always draw the same.
#pragma once

#include "text/font_metrics.hpp"

#include <string>
#include <vector>

namespace bp::text {

// The character drawn instead of one `font` has no glyph for: U+FFFD if it has that, else '?'.
char32_t glyph_substitute(const FontMetrics& font);

// Replaces in `text` every character `font` has no glyph for (controls and the line separator
// U+2028 are left as they are) and returns the characters replaced, in order, each once.
std::vector<char32_t> substitute_missing_glyphs(std::string& text, const FontMetrics& font);

} // namespace bp::text
