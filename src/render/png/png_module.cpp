// The preview renderer as a module the app loads only for `--png`: cairo and the X11, pixman and
// GLib libraries it brings cost about 2 ms of start-up on every run, a tenth of a short report.
// One C entry point; no exception crosses it.
#include "core/error.hpp"
#include "render/png/png_writer.hpp"

#include <exception>
#include <new>
#include <string>
#include <vector>

extern "C" {

// Page `page` of `doc` as PNG bytes into `out`; false with a message in `error` on failure.
__attribute__((visibility("default"))) bool bp_png_page(const bp::display::Document* doc,
                                                        std::size_t page, double dpi,
                                                        std::vector<unsigned char>* out,
                                                        std::string* error) noexcept {
    try {
        *out = bp::render::png_bytes(*doc, page, bp::render::PngOptions{dpi});
        return true;
    } catch (const std::exception& e) {
        try {
            *error = e.what();
        } catch (const std::bad_alloc&) {
        }
        return false;
    }
}

} // extern "C"
