#include "text/glyph_substitute.hpp"

#include "core/utf8.hpp"

#include <algorithm>

namespace bp::text {

namespace {
bool drawn(const FontMetrics& font, char32_t cp) {
    return cp < 0x20 || cp == 0x2028 || font.has_glyph(cp);
}
} // namespace

char32_t glyph_substitute(const FontMetrics& font) {
    return font.has_glyph(U'\uFFFD') ? U'\uFFFD' : U'?';
}

std::vector<char32_t> substitute_missing_glyphs(std::string& text, const FontMetrics& font) {
    std::vector<char32_t> missing;
    bool all_drawn = true;
    for (std::size_t at = 0; at < text.size() && all_drawn;)
        all_drawn = drawn(font, next_code_point(text, at));
    if (all_drawn) return missing; // the usual case: nothing copied
    const char32_t substitute = glyph_substitute(font);
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t start = at;
        const char32_t cp = next_code_point(text, at);
        if (drawn(font, cp)) {
            out.append(text, start, at - start);
            continue;
        }
        append_utf8(out, substitute);
        if (std::find(missing.begin(), missing.end(), cp) == missing.end()) missing.push_back(cp);
    }
    text = std::move(out);
    return missing;
}

} // namespace bp::text
