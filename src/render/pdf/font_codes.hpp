// The character codes of the PDF's fonts: libharu embeds TrueType faces as Type0 fonts with
// 16-bit codes equal to the Unicode value (Identity-H through a CIDToGIDMap). A character
// beyond U+FFFF has no code and is drawn as U+FFFD.
#pragma once

#include <vector>

namespace bp::render::pdf {

// The code that draws `cp`.
inline char16_t pdf_code(char32_t cp) {
    return cp > 0xFFFF ? u'\uFFFD' : static_cast<char16_t>(cp);
}

// Codes in ascending order, each once.
using Codes = std::vector<char16_t>;

} // namespace bp::render::pdf
