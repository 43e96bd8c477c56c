#include "render/pdf/pdf_writer.hpp"

#include "core/error.hpp"
#include "core/number_text.hpp"
#include "render/pdf/parts.hpp"

#include <variant>

namespace bp::render {

namespace {

using namespace pdf;

// Draws one page's items in order: the one switch over item kinds of the PDF renderer.
void draw_page(const PageTarget& target, const display::Page& page) {
    struct Visitor {
        const PageTarget& t;
        void operator()(const display::TextRun& run) const { draw_text(t, run); }
        void operator()(const display::PathItem& item) const { draw_path(t, item); }
        void operator()(const display::ImageItem& item) const { draw_image(t, item); }
        void operator()(const display::LinkArea& link) const { add_link(t, link); }
        void operator()(const display::Destination&) const {} // created before any content
        // libharu has no marked-content or structure-tree API, so no tagged PDF yet.
        void operator()(const display::StructBegin&) const {}
        void operator()(const display::StructEnd&) const {}
    };
    for (const auto& item : page.items)
        std::visit(Visitor{target}, item);
}

std::vector<unsigned char> saved_bytes(HaruDoc& doc) {
    HPDF_SaveToStream(doc.get());
    doc.check("writing the PDF");
    HPDF_UINT32 size = HPDF_GetStreamSize(doc.get());
    std::vector<unsigned char> bytes(size);
    HPDF_UINT32 read = size;
    if (size > 0) HPDF_ReadFromStream(doc.get(), bytes.data(), &read); // exactly: no EOF error
    doc.check("reading the written PDF back");
    if (read != size || size == 0)
        throw OutputError("PDF output failed: libharu returned " + std::to_string(read) + " of " +
                          std::to_string(size) + " bytes");
    return bytes;
}

} // namespace

std::vector<unsigned char> pdf_bytes(const display::Document& document, const PdfOptions& opts) {
    if (document.pages.empty()) throw OutputError("PDF output failed: the document has no pages");
    HaruDoc doc;
    HPDF_SetCompressionMode(doc.get(), opts.compress ? HPDF_COMP_ALL : HPDF_COMP_NONE);
    HPDF_UseUTFEncodings(doc.get());
    HPDF_SetCurrentEncoder(doc.get(), "UTF-8");
    doc.check("setting up the document");
    std::vector<SubsetFont> subset_files; // read again when the PDF is saved
    const auto fonts = load_fonts(doc, document, subset_files);

    // All pages and destinations first, so that links can go to later pages.
    std::vector<HPDF_Page> pages;
    for (const auto& page : document.pages) {
        pages.push_back(HPDF_AddPage(doc.get()));
        HPDF_Page_SetWidth(pages.back(), static_cast<HPDF_REAL>(page.size.w));
        HPDF_Page_SetHeight(pages.back(), static_cast<HPDF_REAL>(page.size.h));
        doc.check("adding page " + std::to_string(pages.size()) + " (" + fixed(page.size.w, 2) +
                  " x " + fixed(page.size.h, 2) + " pt)");
    }
    const auto destinations = create_destinations(doc, document, pages);

    std::map<std::string, HPDF_Image> images;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const int number = static_cast<int>(i + 1);
        const PageTarget target{doc,   pages[i], number,      document.pages[i].size.h,
                                fonts, images,   destinations};
        draw_page(target, document.pages[i]);
        doc.check("drawing page " + std::to_string(number));
        if (opts.compress) compress_page_content(target);
    }

    add_outline(doc, document.outline, destinations);
    set_page_labels(doc, document.page_labels, pages.size());
    set_document_info(doc, document, pages.front());
    set_language(doc, document.info.language);
    return saved_bytes(doc);
}

} // namespace bp::render
