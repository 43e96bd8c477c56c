// The pieces of the PNG/SVG renderer, one per display-list item kind; each .cpp of this folder
// implements one of them.
#pragma once

#include "display/display_list.hpp"

#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace bp::render::png {

// One glyph as libharu positions it: its index and its advance floored to 1/1000 em.
struct Glyph {
    unsigned long index = 0;
    long advance = 0; // 1/1000 em
};

// One TrueType face for cairo: the FreeType face for glyph indices and advances, and the
// cairo face drawn with (which owns the FreeType face and frees it when cairo is done with it).
class Face {
public:
    Face(const display::FontFace& face);
    ~Face();
    Face(const Face&) = delete;
    Face& operator=(const Face&) = delete;

    cairo_font_face_t* cairo() const { return cairo_; }
    const Glyph& glyph(char32_t cp);

private:
    FT_Face ft_ = nullptr;
    cairo_font_face_t* cairo_ = nullptr;
    std::unordered_map<char32_t, Glyph> glyphs_;
};

// fonts.cpp: the document's faces, each file loaded once on first use, by display::FontId.
class Fonts {
public:
    explicit Fonts(const std::vector<display::FontFace>& faces) : faces_(faces) {}
    Face& get(display::FontId id, int page_number);

private:
    const std::vector<display::FontFace>& faces_;
    std::map<std::string, std::unique_ptr<Face>> by_path_;
};

// image.cpp: the PNG files drawn so far, each read once.
class Images {
public:
    Images() = default;
    ~Images();
    Images(const Images&) = delete;
    Images& operator=(const Images&) = delete;
    cairo_surface_t* get(const std::string& path);

private:
    std::map<std::string, cairo_surface_t*> by_path_;
};

// Everything drawing one page needs: the cairo context (user space in points, y down, as the
// display list) and the document's fonts and images.
struct Canvas {
    cairo_t* cr;
    int number; // 1-based, for messages
    Fonts& fonts;
    Images& images;
};

// text.cpp, path.cpp, image.cpp: one item each.
void draw_text(const Canvas& canvas, const display::TextRun& run);
void draw_path(const Canvas& canvas, const display::PathItem& item);
void draw_image(const Canvas& canvas, const display::ImageItem& item);

} // namespace bp::render::png
