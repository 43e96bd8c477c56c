#include "render/png/png_writer.hpp"

#include "core/error.hpp"
#include "core/number_text.hpp"
#include "render/png/parts.hpp"

#include <cairo-svg.h>

#include <cmath>
#include <memory>
#include <variant>

namespace bp::render {

namespace {

using namespace png;

struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;

struct ContextDeleter {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};

void check(cairo_status_t status, const std::string& doing) {
    if (status != CAIRO_STATUS_SUCCESS)
        throw OutputError("page drawing failed while " + doing + ": " +
                          cairo_status_to_string(status));
}

const display::Page& page_at(const display::Document& doc, std::size_t index) {
    if (index >= doc.pages.size())
        throw OutputError("page drawing failed: no page " + std::to_string(index + 1) +
                          " (the document has " + std::to_string(doc.pages.size()) + ")");
    return doc.pages[index];
}

// Draws one page's items in order: the one switch over item kinds of the PNG/SVG renderer.
void draw_items(const Canvas& canvas, const display::Page& page) {
    struct Visitor {
        const Canvas& c;
        void operator()(const display::TextRun& run) const {
            if (!run.invisible) draw_text(c, run); // for text extraction from the PDF only
        }
        void operator()(const display::PathItem& item) const { draw_path(c, item); }
        void operator()(const display::ImageItem& item) const { draw_image(c, item); }
        void operator()(const display::LinkArea&) const {}    // only the PDF is clickable
        void operator()(const display::Destination&) const {} // nothing to see
        void operator()(const display::StructBegin&) const {}
        void operator()(const display::StructEnd&) const {}
    };
    for (const auto& item : page.items)
        std::visit(Visitor{canvas}, item);
}

// Draws page `index` on `surface`, `scale` device units per point, on white.
void draw_page(cairo_surface_t* surface, const display::Document& doc, std::size_t index,
               double scale) {
    std::unique_ptr<cairo_t, ContextDeleter> owner(cairo_create(surface));
    cairo_t* cr = owner.get();
    cairo_scale(cr, scale, scale);
    // Unhinted metrics and outlines: glyphs sit where layout put them (see notes/engines.md).
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_set_font_options(cr, options);
    cairo_font_options_destroy(options);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);

    Fonts fonts(doc.fonts);
    Images images;
    const int number = static_cast<int>(index + 1);
    draw_items({cr, number, fonts, images}, doc.pages[index]);
    check(cairo_status(cr), "drawing page " + std::to_string(number));
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::vector<unsigned char>*>(closure);
    out->insert(out->end(), data, data + length);
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

std::vector<unsigned char> png_bytes(const display::Document& doc, std::size_t page_index,
                                     const PngOptions& opts) {
    const auto& page = page_at(doc, page_index);
    const double scale = opts.dpi / 72.0;
    const double w = std::round(page.size.w * scale);
    const double h = std::round(page.size.h * scale);
    if (!(w >= 1 && h >= 1 && w <= 32767 && h <= 32767)) // cairo's image size limit
        throw OutputError("page drawing failed: page " + std::to_string(page_index + 1) + " at " +
                          fixed(opts.dpi, 1) +
                          " dpi is not an image size cairo can make (1 to 32767 pixels)");
    Surface surface(
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(w), static_cast<int>(h)));
    check(cairo_surface_status(surface.get()), "creating the image");
    draw_page(surface.get(), doc, page_index, scale);
    std::vector<unsigned char> bytes;
    check(cairo_surface_write_to_png_stream(surface.get(), &append, &bytes), "encoding the PNG");
    return bytes;
}

std::vector<unsigned char> svg_bytes(const display::Document& doc, std::size_t page_index) {
    const auto& page = page_at(doc, page_index);
    std::vector<unsigned char> bytes;
    Surface surface(cairo_svg_surface_create_for_stream(&append, &bytes, page.size.w, page.size.h));
    check(cairo_surface_status(surface.get()), "creating the SVG");
    draw_page(surface.get(), doc, page_index, 1.0);
    cairo_surface_finish(surface.get());
    check(cairo_surface_status(surface.get()), "writing the SVG");
    return bytes;
}

} // namespace bp::render
