// Resolves theme text styles to document fonts (FontId in the display list) and their metrics.
#pragma once

#include "display/display_list.hpp"
#include "model/theme.hpp"
#include "text/font_book.hpp"

#include <mutex>
#include <string>
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

    // The face for `style`, made bold and/or italic on top of the style's own emphasis.
    ResolvedFont get(const model::TextStyle& style, bool bold = false, bool italic = false);

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
    std::vector<Known> known_; // guarded by mutex_
};

} // namespace bp::layout
