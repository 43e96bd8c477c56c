#include "layout/style_fonts.hpp"

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

} // namespace bp::layout
