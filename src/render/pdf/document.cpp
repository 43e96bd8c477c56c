#include "render/pdf/pdf_writer.hpp"

#include "core/error.hpp"
#include "core/number_text.hpp"
#include "render/pdf/parts.hpp"
#include "render/pdf/pdf_file.hpp"
#include "render/pdf/structure_objects.hpp"

#include <hpdf_doc.h>
#include <hpdf_streams.h>

#include <cstdio>
#include <future>
#include <memory>

#include <algorithm>

namespace bp::render {

namespace {

using namespace pdf;

// `size` bytes of libharu's saved file from `offset`, from its memory stream.
std::string saved_piece(HaruDoc& doc, std::size_t offset, std::size_t size) {
    HPDF_Stream stream = doc.get()->stream;
    std::string out(size, '\0');
    HPDF_UINT read = static_cast<HPDF_UINT>(size);
    if (HPDF_Stream_Seek(stream, static_cast<HPDF_INT>(offset), HPDF_SEEK_SET) != HPDF_OK ||
        (size > 0 &&
         HPDF_Stream_Read(stream, reinterpret_cast<HPDF_BYTE*>(out.data()), &read) != HPDF_OK) ||
        read != size)
        throw OutputError("PDF output failed: libharu's saved file could not be read back");
    return out;
}

// Saves the document in libharu's memory and hands the finished file to `sink`: libharu's
// bytes up to its cross-reference table in pieces (never the whole file at once), then
// `packed` and the cross-reference stream (pdf_file.cpp).
void save(HaruDoc& doc, std::future<ObjectStreams>& packed, unsigned first, const PdfSink& sink) {
    HPDF_SaveToStream(doc.get());
    doc.check("writing the PDF");
    const std::size_t size = HPDF_Stream_Size(doc.get()->stream);
    const std::size_t tail = std::min<std::size_t>(size, 64);
    const std::size_t xref = xref_start(saved_piece(doc, size - tail, tail));
    if (xref >= size) throw OutputError("PDF output failed: libharu's file ends unexpectedly");
    const std::string table = saved_piece(doc, xref, size - xref);
    ContentDigest digest;
    for (std::size_t at = 0; at < xref;) {
        const std::size_t n = std::min<std::size_t>(xref - at, 64 * 1024);
        const std::string piece = saved_piece(doc, at, n);
        const auto* bytes = reinterpret_cast<const unsigned char*>(piece.data());
        digest.update(bytes, n);
        sink(bytes, n);
        at += n;
    }
    const std::string end =
        finished_tail(table, xref, packed.valid() ? packed.get() : pack_objects({}, first), digest);
    for (std::size_t at = 0; at < end.size(); at += 64 * 1024)
        sink(reinterpret_cast<const unsigned char*>(end.data()) + at,
             std::min<std::size_t>(end.size() - at, 64 * 1024));
}

// What describes link `k` of a page to a reader: its Link element's words, else where it goes.
std::string link_description(const DocumentScan& scan, std::size_t page, std::size_t k) {
    const auto& owners = scan.structure.link_owners;
    if (page < owners.size() && k < owners[page].size()) {
        const std::string& alt = scan.structure.elements[owners[page][k]].alt;
        if (!alt.empty()) return alt;
    }
    const display::LinkArea& link = scan.links[page][k];
    return link.uri.empty() ? "Link within the document" : link.uri;
}

// Builds the whole document in libharu, saves it and finishes the file (pdf_file.cpp). Page
// content is made on other threads meanwhile, from the pages' items only; `page_done(i)` is
// called on one of them once page i's items are no longer read.
void build(const display::Document& document, const PdfOptions& opts,
           std::function<void(std::size_t)> page_done, const PdfSink& sink) {
    if (document.pages.empty()) throw OutputError("PDF output failed: the document has no pages");
    const DocumentScan scan = scan_document(document, opts.tagged);
    const ResourceNames names = resource_names(document, scan);
    PageContents contents(document, names, scan.structure.marks, opts.compress,
                          std::move(page_done));

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
    StructureTargets targets;
    targets.annotations.resize(pages.size());
    int struct_parent = static_cast<int>(pages.size()); // pages first, then links (structure.hpp)
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const PageTarget target{doc, pages[i], static_cast<int>(i + 1), document.pages[i].size.h,
                                destinations};
        for (std::size_t k = 0; k < scan.links[i].size(); ++k) {
            HPDF_Annotation annotation = add_link(target, scan.links[i][k]);
            doc.check("adding the links of page " + std::to_string(i + 1));
            describe_link(doc, annotation, link_description(scan, i, k),
                          opts.tagged ? struct_parent++ : -1);
            targets.annotations[i].push_back(object_number(annotation));
        }
        if (opts.tagged) tag_page(doc, pages[i], i, !scan.links[i].empty());
        targets.pages.push_back(object_number(pages[i]));
    }
    add_outline(doc, document.outline, destinations);
    set_page_labels(doc, document.page_labels, pages.size());
    set_document_info(doc, document, pages.front());
    set_language(doc, document.info.language);
    HPDF_Dict metadata = set_archival_metadata(doc, document, opts);
    std::unique_ptr<StructTreeRoot> root;
    if (opts.tagged) root = std::make_unique<StructTreeRoot>(doc);

    std::vector<PageBytes> content = contents.take();
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const PageTarget target{doc, pages[i], static_cast<int>(i + 1), document.pages[i].size.h,
                                destinations};
        set_page_content(target, content[i]);
        target.doc.check("writing page " + std::to_string(i + 1));
        content[i] = {};
    }

    // The structure's objects are numbered after every object of libharu's, and packed into
    // object streams on another thread while libharu saves.
    const unsigned first = next_object_number(doc);
    write_xmp(doc, metadata, document.info, opts); // the record of sources may be late
    std::future<ObjectStreams> packed;
    if (root) {
        targets.root = root->number();
        root->set_entries(structure_root_entries(scan.structure, first));
        packed = std::async(std::launch::async, [&] {
            return pack_objects(structure_objects(scan.structure, targets, first).objects, first);
        });
    }
    save(doc, packed, first, sink);
}

} // namespace

std::vector<unsigned char> pdf_bytes(const display::Document& document, const PdfOptions& opts) {
    std::vector<unsigned char> bytes;
    build(document, opts, nullptr, [&](const unsigned char* piece, std::size_t size) {
        bytes.insert(bytes.end(), piece, piece + size);
    });
    return bytes;
}

void write_pdf(display::Document&& document, const PdfSink& sink, const PdfOptions& opts) {
    const auto release = [&](std::size_t page) {
        std::vector<display::Item>().swap(document.pages[page].items);
    };
    build(document, opts, release, sink);
}

} // namespace bp::render
