#include "render/pdf/pdf_writer.hpp"

#include "core/error.hpp"
#include "core/number_text.hpp"
#include "render/pdf/parts.hpp"

#include <algorithm>

namespace bp::render {

namespace {

using namespace pdf;

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

// Builds the whole document in libharu and hands it to `save` (the subset font files it
// embeds exist until then). Page content is made on other threads meanwhile, from the pages'
// items only; `page_done(i)` is called on one of them once page i's items are no longer read.
template <typename Save>
auto build_and_save(const display::Document& document, const PdfOptions& opts,
                    std::function<void(std::size_t)> page_done, Save save) {
    if (document.pages.empty()) throw OutputError("PDF output failed: the document has no pages");
    const DocumentScan scan = scan_document(document);
    const ResourceNames names = resource_names(document, scan);
    PageContents contents(document, names, opts.compress, std::move(page_done));

    HaruDoc doc;
    HPDF_SetCompressionMode(doc.get(), opts.compress ? HPDF_COMP_ALL : HPDF_COMP_NONE);
    HPDF_UseUTFEncodings(doc.get());
    HPDF_SetCurrentEncoder(doc.get(), "UTF-8");
    doc.check("setting up the document");
    std::vector<SubsetFont> subset_files; // read again when the PDF is saved
    const auto fonts = load_fonts(doc, document.fonts, scan.codes, subset_files);

    // All pages and destinations first, so that links can go to later pages.
    std::vector<HPDF_Page> pages;
    for (const auto& page : document.pages) {
        pages.push_back(HPDF_AddPage(doc.get()));
        HPDF_Page_SetWidth(pages.back(), static_cast<HPDF_REAL>(page.size.w));
        HPDF_Page_SetHeight(pages.back(), static_cast<HPDF_REAL>(page.size.h));
        doc.check("adding page " + std::to_string(pages.size()) + " (" + fixed(page.size.w, 2) +
                  " x " + fixed(page.size.h, 2) + " pt)");
    }
    const auto destinations = create_destinations(doc, document, scan, pages);
    add_resources(doc, document, scan, pages, fonts, names);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const PageTarget target{doc, pages[i], static_cast<int>(i + 1), document.pages[i].size.h,
                                destinations};
        for (const auto& link : scan.links[i])
            add_link(target, link);
        doc.check("adding the links of page " + std::to_string(i + 1));
    }
    add_outline(doc, document.outline, destinations);
    set_page_labels(doc, document.page_labels, pages.size());
    set_document_info(doc, document, pages.front());
    set_language(doc, document.info.language);

    std::vector<PageBytes> content = contents.take();
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const PageTarget target{doc, pages[i], static_cast<int>(i + 1), document.pages[i].size.h,
                                destinations};
        set_page_content(target, content[i]);
        target.doc.check("writing page " + std::to_string(i + 1));
        content[i] = {};
    }
    return save(doc);
}

} // namespace

std::vector<unsigned char> pdf_bytes(const display::Document& document, const PdfOptions& opts) {
    return build_and_save(document, opts, nullptr, saved_bytes);
}

void write_pdf(display::Document&& document, const PdfSink& sink, const PdfOptions& opts) {
    const auto release = [&](std::size_t page) {
        std::vector<display::Item>().swap(document.pages[page].items);
    };
    // libharu saves to its memory stream, whose result is checked; the caller writes the bytes
    // through a file it owns (libharu's own file writer ignores a failing close).
    build_and_save(document, opts, release, [&](HaruDoc& doc) {
        HPDF_SaveToStream(doc.get());
        doc.check("writing the PDF");
        HPDF_UINT32 left = HPDF_GetStreamSize(doc.get());
        if (left == 0) throw OutputError("PDF output failed: libharu wrote no bytes");
        std::vector<unsigned char> piece(std::min<HPDF_UINT32>(left, 64 * 1024));
        while (left > 0) {
            HPDF_UINT32 n = std::min<HPDF_UINT32>(left, static_cast<HPDF_UINT32>(piece.size()));
            HPDF_ReadFromStream(doc.get(), piece.data(), &n); // exactly: no EOF error
            doc.check("reading the written PDF back");
            if (n == 0) throw OutputError("PDF output failed: libharu's stream ended early");
            sink(piece.data(), n);
            left -= n;
        }
    });
}

} // namespace bp::render
