// The project's Liberation Sans faces, loaded once for all text tests.
#pragma once

#include "text/font_metrics.hpp"

#include <memory>
#include <string>

namespace bp::text::test {

inline std::string font_file(const char* style) {
    return std::string(BOARDPACK_FONT_DIR) + "/LiberationSans-" + style + ".ttf";
}

// Produces the metrics of one Liberation Sans face ("Regular", "Bold", …), loaded once.
inline const FontMetrics& liberation(const char* style) {
    static auto regular = FontMetrics::load(font_file("Regular"));
    static auto bold = FontMetrics::load(font_file("Bold"));
    static auto italic = FontMetrics::load(font_file("Italic"));
    static auto bold_italic = FontMetrics::load(font_file("BoldItalic"));
    std::string s = style;
    if (s == "Bold") return *bold;
    if (s == "Italic") return *italic;
    if (s == "BoldItalic") return *bold_italic;
    return *regular;
}

} // namespace bp::text::test
