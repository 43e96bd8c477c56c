// Draws PNG previews through the preview module (render/png/png_module.cpp), loaded on first
// use so that a run without --png never loads cairo.
#pragma once

#include "display/display_list.hpp"

#include <string>
#include <vector>

namespace bp::app {

class PngPreviews {
public:
    // Loads the module (install_paths().png_module); throws bp::OutputError if it cannot.
    PngPreviews();
    ~PngPreviews();
    PngPreviews(const PngPreviews&) = delete;
    PngPreviews& operator=(const PngPreviews&) = delete;

    // Page `page` (0-based) of `doc` at `dpi` as PNG bytes; throws bp::OutputError on failure.
    std::vector<unsigned char> page(const display::Document& doc, std::size_t page, double dpi);

private:
    using PageFn = bool (*)(const display::Document*, std::size_t, double,
                            std::vector<unsigned char>*, std::string*) noexcept;
    void* module_ = nullptr;
    PageFn page_ = nullptr;
};

} // namespace bp::app
