// Everything boardpack needs from one font file, extracted once so no FreeType handle is kept.
#pragma once

#include "text/advance_table.hpp"

#include <string>
#include <vector>

namespace bp::text {

// Produces the metrics of one face in libharu's units: 1/1000 em, truncated toward zero.
struct FaceData {
    std::string path;
    std::string name;             // PostScript name
    int ascent = 0;               // hhea ascender (OS/2 typo ascender if hhea gives 0)
    int descent = 0;              // hhea descender, as a positive distance below the baseline
    int cap_height = 0;           // OS/2 sCapHeight, else the top of 'H', else 700
    AdvanceTable advances;        // per code point; unmapped → .notdef, control characters → 0
    std::vector<char32_t> mapped; // sorted BMP code points the cmap maps to a real glyph
};

} // namespace bp::text
