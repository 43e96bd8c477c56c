#include "layout/style_fonts.hpp"

#include "core/quoted_path.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace bp::layout {

ResolvedFont StyleFonts::get(const model::TextStyle& style, bool bold, bool italic) {
    bold = bold || style.bold;
    italic = italic || style.italic;
    std::lock_guard lock(mutex_);
    for (const auto& k : known_)
        if (k.bold == bold && k.italic == italic && k.family == style.family) return k.font;
    auto metrics = book_.get(text::FontKey{style.family, bold, italic}, style.family_pos);
    display::FontId id = doc_.font_id(display::FontFace{metrics->name(), metrics->path()});
    known_.push_back(Known{style.family, bold, italic, ResolvedFont{id, metrics.get()}});
    return known_.back().font;
}

void StyleFonts::substitute_missing(std::string& text, const ResolvedFont& font,
                                    const SourcePos& pos) {
    const text::FontMetrics& m = *font.metrics;
    bool all_drawn = true;
    for (std::size_t at = 0; at < text.size() && all_drawn;) {
        const char32_t cp = next_code_point(text, at);
        all_drawn = cp < 0x20 || cp == 0x2028 || m.has_glyph(cp);
    }
    if (all_drawn) return; // the usual case: nothing copied
    const char32_t substitute = m.has_glyph(U'\uFFFD') ? U'\uFFFD' : U'?';
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t start = at;
        const char32_t cp = next_code_point(text, at);
        if (cp < 0x20 || cp == 0x2028 || m.has_glyph(cp)) {
            out.append(text, start, at - start);
            continue;
        }
        append_utf8(out, substitute);
        std::lock_guard lock(mutex_);
        if (std::find(warned_.begin(), warned_.end(), std::pair{cp, font.id}) != warned_.end())
            continue;
        warned_.emplace_back(cp, font.id);
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
        const display::FontFace& face = doc_.fonts[font.id];
        std::string shown;
        append_utf8(shown, cp);
        warnings_.push_back(Diagnostic{
            pos, Severity::Warning,
            std::string(code) + " '" + shown + "' has no glyph in the font " + face.name + " (" +
                printable_path(face.path) + "); it is drawn as " +
                (substitute == U'?' ? "'?'" : "U+FFFD '\uFFFD'") + " in the PDF and the previews"});
    }
    text = std::move(out);
}

std::vector<Diagnostic> StyleFonts::take_warnings() {
    std::lock_guard lock(mutex_);
    std::stable_sort(warnings_.begin(), warnings_.end(), [](const auto& a, const auto& b) {
        return std::tie(a.pos.file, a.pos.line, a.pos.col) <
               std::tie(b.pos.file, b.pos.line, b.pos.col);
    });
    return std::move(warnings_);
}

} // namespace bp::layout
