// Every page gets the same resource names, so that page content can be made without libharu
// (and on several threads): all fonts, and on pages that draw an image all images, are added
// to each page's resources in one order, and libharu names them by that order ("F1", "F2", …).
#include "render/pdf/parts.hpp"

#include "core/error.hpp"

#include <hpdf_pages.h>

#if HPDF_VERSION_ID != 20300
#error "render/pdf/resources.cpp relies on libharu 2.3.0's resource naming; re-check it"
#endif

namespace bp::render::pdf {

namespace {

// Checks that libharu named a resource as predicted by resource_names().
void same_name(const std::string& expected, const char* name, std::size_t page,
               const std::string& what) {
    if (!name)
        throw OutputError("PDF output failed: libharu gave " + what + " no name on page " +
                          std::to_string(page + 1));
    if (expected != name)
        throw OutputError("PDF output failed: libharu named " + what + " '" + name + "' on page " +
                          std::to_string(page + 1) + " instead of '" + expected + "'");
}

} // namespace

ResourceNames resource_names(const display::Document& document, const DocumentScan& scan) {
    // libharu 2.3.0 names a page's n-th font "Fn" and its n-th XObject "Xn"; faces that share a
    // file are one font, named once.
    ResourceNames names;
    std::vector<std::string> files;
    for (const auto& face : document.fonts) {
        std::size_t n = 0;
        while (n < files.size() && files[n] != face.path)
            ++n;
        if (n == files.size()) files.push_back(face.path);
        names.fonts.push_back("F" + std::to_string(n + 1));
    }
    for (std::size_t i = 0; i < scan.images.size(); ++i)
        names.images[scan.images[i]] = "X" + std::to_string(i + 1);
    return names;
}

void add_resources(HaruDoc& doc, const display::Document& document, const DocumentScan& scan,
                   const std::vector<HPDF_Page>& pages, const std::vector<HPDF_Font>& fonts,
                   const ResourceNames& names) {
    std::vector<HPDF_Image> images;
    for (const auto& path : scan.images) {
        images.push_back(HPDF_LoadPngImageFromFile(doc.get(), path.c_str()));
        doc.check("loading PNG image " + path);
    }
    for (std::size_t i = 0; i < pages.size(); ++i) {
        for (std::size_t f = 0; f < fonts.size(); ++f) {
            const char* name = HPDF_Page_GetLocalFontName(pages[i], fonts[f]);
            doc.check("adding the fonts to page " + std::to_string(i + 1));
            same_name(names.fonts[f], name, i, "font " + document.fonts[f].name);
        }
        if (!scan.draws_image[i]) continue;
        for (std::size_t k = 0; k < images.size(); ++k) {
            const char* name = HPDF_Page_GetXObjectName(pages[i], images[k]);
            doc.check("adding the images to page " + std::to_string(i + 1));
            same_name(names.images.at(scan.images[k]), name, i, "image " + scan.images[k]);
        }
    }
}

} // namespace bp::render::pdf
