#include "text/font_key.hpp"

namespace bp::text {

const char* style_name(const FontKey& key) {
    if (key.bold && key.italic) return "bold italic";
    if (key.bold) return "bold";
    if (key.italic) return "italic";
    return "regular";
}

} // namespace bp::text
