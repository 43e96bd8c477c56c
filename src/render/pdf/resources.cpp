// Every page gets the same resource names, so that page content can be made without libharu
// (and on several threads): all fonts, and on pages that draw an image all images, are added
// to each page's resources in one order, and libharu names them by that order ("F1", "F2", …).
#include "render/pdf/parts.hpp"

#include "core/error.hpp"

#include <hpdf_pages.h>

#include <variant>

#if HPDF_VERSION_ID != 20300
#error "render/pdf/resources.cpp relies on libharu 2.3.0's resource naming; re-check it"
#endif

namespace bp::render::pdf {

namespace {

bool draws_an_image(const display::Page& page) {
    for (const auto& item : page.items)
        if (std::holds_alternative<display::ImageItem>(item)) return true;
    return false;
}

// Records `name` as the resource name at `slot`, or checks that it is the one recorded.
void same_name(std::string& slot, const char* name, std::size_t page, const std::string& what) {
    if (!name)
        throw OutputError("PDF output failed: libharu gave " + what + " no name on page " +
                          std::to_string(page + 1));
    if (slot.empty())
        slot = name;
    else if (slot != name)
        throw OutputError("PDF output failed: libharu named " + what + " '" + name + "' on page " +
                          std::to_string(page + 1) + " but '" + slot + "' before");
}

} // namespace

ResourceNames add_resources(HaruDoc& doc, const display::Document& document,
                            const std::vector<HPDF_Page>& pages,
                            const std::vector<HPDF_Font>& fonts) {
    ResourceNames names;
    names.fonts.resize(fonts.size());
    std::vector<std::pair<std::string, HPDF_Image>> images; // in the order first drawn
    for (const auto& page : document.pages)
        for (const auto& item : page.items)
            if (const auto* image = std::get_if<display::ImageItem>(&item);
                image && !names.images.count(image->path)) {
                HPDF_Image loaded = HPDF_LoadPngImageFromFile(doc.get(), image->path.c_str());
                doc.check("loading PNG image " + image->path);
                images.emplace_back(image->path, loaded);
                names.images[image->path] = "";
            }
    for (std::size_t i = 0; i < pages.size(); ++i) {
        for (std::size_t f = 0; f < fonts.size(); ++f) {
            const char* name = HPDF_Page_GetLocalFontName(pages[i], fonts[f]);
            doc.check("adding the fonts to page " + std::to_string(i + 1));
            same_name(names.fonts[f], name, i, "font " + document.fonts[f].name);
        }
        if (!draws_an_image(document.pages[i])) continue;
        for (const auto& [path, image] : images) {
            const char* name = HPDF_Page_GetXObjectName(pages[i], image);
            doc.check("adding the images to page " + std::to_string(i + 1));
            same_name(names.images[path], name, i, "image " + path);
        }
    }
    return names;
}

} // namespace bp::render::pdf
