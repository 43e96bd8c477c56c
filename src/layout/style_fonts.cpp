#include "layout/style_fonts.hpp"

namespace bp::layout {

ResolvedFont StyleFonts::get(const model::TextStyle& style, bool bold, bool italic) {
    text::FontKey key{style.family, style.bold || bold, style.italic || italic};
    std::lock_guard lock(mutex_);
    auto metrics = book_.get(key, style.family_pos);
    display::FontId id = doc_.font_id(display::FontFace{metrics->name(), metrics->path()});
    return ResolvedFont{id, metrics.get()};
}

} // namespace bp::layout
