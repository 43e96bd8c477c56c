#include "render/png/parts.hpp"

#include "core/error.hpp"

namespace bp::render::png {

Images::~Images() {
    for (auto& [path, surface] : by_path_)
        cairo_surface_destroy(surface);
}

cairo_surface_t* Images::get(const std::string& path) {
    auto [it, added] = by_path_.try_emplace(path, nullptr);
    if (added) {
        it->second = cairo_image_surface_create_from_png(path.c_str());
        if (auto status = cairo_surface_status(it->second); status != CAIRO_STATUS_SUCCESS) {
            cairo_surface_destroy(it->second);
            by_path_.erase(it);
            throw OutputError("page drawing failed: cannot read PNG image " + path + ": " +
                              cairo_status_to_string(status));
        }
    }
    return it->second;
}

void draw_image(const Canvas& canvas, const display::ImageItem& item) {
    cairo_surface_t* image = canvas.images.get(item.path);
    const int w = cairo_image_surface_get_width(image);
    const int h = cairo_image_surface_get_height(image);
    if (w <= 0 || h <= 0 || item.box.w <= 0 || item.box.h <= 0) return;
    cairo_t* cr = canvas.cr;
    cairo_save(cr);
    cairo_rectangle(cr, item.box.x, item.box.y, item.box.w, item.box.h);
    cairo_clip(cr);
    cairo_translate(cr, item.box.x, item.box.y);
    cairo_scale(cr, item.box.w / w, item.box.h / h); // stretched into the box, as in the PDF
    cairo_set_source_surface(cr, image, 0, 0);
    // Padded and clipped: a scaled-up image's edge pixels neither fade nor bleed outside.
    cairo_pattern_set_extend(cairo_get_source(cr), CAIRO_EXTEND_PAD);
    cairo_paint(cr);
    cairo_restore(cr);
}

} // namespace bp::render::png
