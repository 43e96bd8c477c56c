// Resolves theme text styles to document fonts (FontId in the display list) and their metrics.
#pragma once

#include "core/error.hpp"
#include "display/display_list.hpp"
#include "model/theme.hpp"
#include "text/font_book.hpp"

#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace bp::layout {

// A font ready to draw: the id the renderers use and the metrics layout measures with.
struct ResolvedFont {
    display::FontId id = 0;
    const text::FontMetrics* metrics = nullptr;
};

// Safe to use from several threads (sections are built on a second thread while pages are
// laid out). Font ids are given in the order faces are first asked for; only the building of
// blocks asks for new ones while pages are being drawn, on one thread, so the order is the
// same on every run.
class StyleFonts {
public:
    StyleFonts(text::FontBook& book, display::Document& doc) : book_(book), doc_(doc) {}
    // The font book faces come from.
    text::FontBook& book() const { return book_; }

    // The face for `style`, made bold and/or italic on top of the style's own emphasis.
    ResolvedFont get(const model::TextStyle& style, bool bold = false, bool italic = false);

    // Replaces in `text` every character `font` has no glyph for by a visible substitute (U+FFFD
    // if the font has it, else '?'), so the PDF and the previews draw the same, and warns once
    // per character and font, at `pos`.
    void substitute_missing(std::string& text, const ResolvedFont& font, const SourcePos& pos);
    // Adds a warning about the report's figures (the warnings' one collector while blocks are
    // built, possibly on the section thread).
    void warn(Diagnostic warning);
    // The warnings given so far, in the order of their positions.
    std::vector<Diagnostic> take_warnings();

private:
    // A face already resolved: what was asked for and the answer, found again without
    // allocating (a report asks for a handful of faces tens of thousands of times).
    struct Known {
        std::string family;
        bool bold = false;
        bool italic = false;
        ResolvedFont font;
    };

    text::FontBook& book_;
    display::Document& doc_;
    std::mutex mutex_;
    std::vector<Known> known_;                                 // guarded by mutex_
    std::vector<Diagnostic> warnings_;                         // guarded by mutex_
    std::vector<std::pair<char32_t, display::FontId>> warned_; // guarded by mutex_
};

} // namespace bp::layout
