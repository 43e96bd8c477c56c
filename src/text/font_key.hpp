// A face request: which family, weight and slant a piece of text is set in.
#pragma once

#include <string>

namespace bp::text {

// Produces the identity of one face: family plus weight and slant. The family may also be a
// font file name ("MyFont.ttf", optionally with a folder), for fonts shipped with a layout.
struct FontKey {
    std::string family = "Liberation Sans";
    bool bold = false;
    bool italic = false;
    auto operator<=>(const FontKey&) const = default;
};

// "regular", "bold", "italic" or "bold italic".
const char* style_name(const FontKey& key);

} // namespace bp::text
