#include "app/png_previews.hpp"

#include "app/install_paths.hpp"
#include "core/error.hpp"

#include <dlfcn.h>

namespace bp::app {

PngPreviews::PngPreviews() {
    const std::string& path = install_paths().png_module;
    module_ = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module_)
        throw OutputError(
            std::string("error: --png needs the preview renderer, which did not load: ") +
            dlerror());
    page_ = reinterpret_cast<PageFn>(dlsym(module_, "bp_png_page"));
    if (!page_) {
        const std::string why = dlerror();
        dlclose(module_);
        throw OutputError("error: the preview renderer " + path + " has no bp_png_page: " + why);
    }
}

PngPreviews::~PngPreviews() {
    dlclose(module_);
}

std::vector<unsigned char> PngPreviews::page(const display::Document& doc, std::size_t page,
                                             double dpi) {
    std::vector<unsigned char> bytes;
    std::string error;
    if (!page_(&doc, page, dpi, &bytes, &error)) throw OutputError(error);
    return bytes;
}

} // namespace bp::app
