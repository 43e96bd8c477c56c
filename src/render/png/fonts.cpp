#include "render/png/parts.hpp"

#include "core/error.hpp"

#include <cairo-ft.h>
#include FT_ADVANCES_H

#include <mutex>

namespace bp::render::png {

namespace {

// FreeType faces may only be created and freed under one lock per library.
std::mutex& freetype_mutex() {
    static std::mutex m;
    return m;
}

// The process's FreeType library (call with freetype_mutex held). Never freed: cairo keeps
// recently used faces in its font cache after a render ends and frees their FreeType faces
// later through done_face, which needs the library alive.
FT_Library freetype() {
    static FT_Library library = [] {
        FT_Library lib = nullptr;
        return FT_Init_FreeType(&lib) == 0 ? lib : nullptr;
    }();
    return library;
}

// cairo's destroy callback for a face's user data: frees the FreeType face.
void done_face(void* ft_face) {
    std::lock_guard lock(freetype_mutex());
    FT_Done_Face(static_cast<FT_Face>(ft_face));
}

const cairo_user_data_key_t ft_face_key{};

} // namespace

Face::Face(const display::FontFace& face) {
    FT_Error error = 0;
    {
        std::lock_guard lock(freetype_mutex());
        FT_Library library = freetype();
        error = library ? FT_New_Face(library, face.path.c_str(), 0, &ft_) : -1;
    }
    if (error != 0 || !FT_IS_SCALABLE(ft_) || ft_->units_per_EM == 0) {
        if (error == 0) done_face(ft_);
        throw OutputError("page drawing failed: cannot load font '" + face.name + "' from " +
                          face.path + " (FreeType error " + std::to_string(error) + ")");
    }
    cairo_ = cairo_ft_font_face_create_for_ft_face(ft_, 0);
    auto status = cairo_font_face_status(cairo_);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_font_face_set_user_data(cairo_, &ft_face_key, ft_, &done_face);
    if (status != CAIRO_STATUS_SUCCESS) {
        cairo_font_face_destroy(cairo_);
        done_face(ft_);
        throw OutputError("page drawing failed: cairo cannot use font " + face.path + ": " +
                          cairo_status_to_string(status));
    }
}

Face::~Face() {
    cairo_font_face_destroy(cairo_);
} // done_face runs when cairo lets go

const Glyph& Face::glyph(char32_t cp) {
    auto [it, added] = glyphs_.try_emplace(cp);
    if (added) {
        it->second.index = FT_Get_Char_Index(ft_, cp);
        FT_Fixed advance = 0; // font units with FT_LOAD_NO_SCALE
        FT_Get_Advance(ft_, static_cast<FT_UInt>(it->second.index), FT_LOAD_NO_SCALE, &advance);
        it->second.advance = advance * 1000 / ft_->units_per_EM;
    }
    return it->second;
}

Face& Fonts::get(display::FontId id, int page_number) {
    if (id < 0 || static_cast<std::size_t>(id) >= faces_.size())
        throw OutputError("page drawing failed: a text run on page " + std::to_string(page_number) +
                          " uses font " + std::to_string(id) + " but the document has " +
                          std::to_string(faces_.size()) + " fonts");
    const auto& face = faces_[static_cast<std::size_t>(id)];
    auto& slot = by_path_[face.path];
    if (!slot) slot = std::make_unique<Face>(face);
    return *slot;
}

} // namespace bp::render::png
