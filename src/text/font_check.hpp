// Checks a TrueType font file's bytes before any library reads them: the table directory and
// the tables the PDF writer (libharu) reads must lie within the file and be self-consistent.
#pragma once

#include <string>
#include <string_view>

namespace bp::text {

// Throws bp::InputError at `path` ("cannot load font: the 'cmap' table …") if the font's
// table directory, or any of its cmap, head, hhea, hmtx, loca, glyf, maxp, name, OS/2 and post
// tables, is missing (the first eight are required), reaches outside the file or is too short
// for what it declares.
void check_font_tables(std::string_view bytes, const std::string& path);

} // namespace bp::text
