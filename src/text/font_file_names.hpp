// The file names under which a face may be found in a font folder.
#pragma once

#include "text/font_key.hpp"

#include <string>
#include <vector>

namespace bp::text {

// Produces the candidate files for a key: a sub-folder (from a family given as a path, else
// empty) and the file names to look for there, best first, to be matched case-insensitively.
// "Liberation Sans" bold → LiberationSans-Bold.ttf, LiberationSans-Bold.otf;
// "fonts/MyFont.ttf" italic → folder "fonts", MyFont-Italic.ttf, MyFont-Oblique.ttf.
struct FontFileNames {
    std::string folder;
    std::vector<std::string> names;
    bool family_is_file = false;

    // A short human list for messages, e.g. "LiberationSans-Bold.ttf, LiberationSans-Bold.otf".
    std::string describe() const;
};

FontFileNames font_file_names(const FontKey& key);

// Whether the family names a font file (ends in .ttf, .otf or .ttc, any case).
bool is_font_file_name(const std::string& family);

} // namespace bp::text
