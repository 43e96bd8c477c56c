#include "render/png/parts.hpp"

#include "core/utf8.hpp"

namespace bp::render::png {

void draw_text(const Canvas& canvas, const display::TextRun& run) {
    if (run.text.empty()) return;
    Face& face = canvas.fonts.get(run.font, canvas.number);
    // Glyphs placed by our own advances (floored to 1/1000 em, no kerning), exactly as layout
    // measured and libharu's PDF shows them; cairo's own text layout is not used.
    std::vector<cairo_glyph_t> glyphs;
    double x = run.origin.x;
    for (std::size_t pos = 0; pos < run.text.size();) {
        const Glyph& g = face.glyph(next_code_point(run.text, pos));
        glyphs.push_back({g.index, x, run.origin.y});
        x += static_cast<double>(g.advance) * run.size / 1000.0;
    }
    cairo_t* cr = canvas.cr;
    cairo_save(cr);
    cairo_set_font_face(cr, face.cairo());
    cairo_set_font_size(cr, run.size);
    cairo_set_source_rgb(cr, run.color.r, run.color.g, run.color.b);
    cairo_show_glyphs(cr, glyphs.data(), static_cast<int>(glyphs.size()));
    cairo_restore(cr);
}

} // namespace bp::render::png
