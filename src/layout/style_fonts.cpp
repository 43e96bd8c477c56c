#include "layout/style_fonts.hpp"

#include "core/quoted_path.hpp"
#include "core/utf8.hpp"
#include "text/glyph_substitute.hpp"

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
    const std::vector<char32_t> missing = text::substitute_missing_glyphs(text, *font.metrics);
    if (missing.empty()) return;
    const char32_t substitute = text::glyph_substitute(*font.metrics);
    std::lock_guard lock(mutex_);
    for (char32_t cp : missing) {
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
}

void StyleFonts::warn(Diagnostic warning) {
    std::lock_guard lock(mutex_);
    warnings_.push_back(std::move(warning));
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
