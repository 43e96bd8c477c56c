// The pieces of the PDF renderer, one per document feature (fonts, resources, page content,
// links, outline, catalog, info); each .cpp of this folder implements one of them.
#pragma once

#include "render/pdf/content_writer.hpp"
#include "render/pdf/font_codes.hpp"
#include "render/pdf/font_subset.hpp"
#include "render/pdf/structure.hpp"

#include "display/display_list.hpp"
#include "render/pdf/haru.hpp"
#include "render/pdf/pdf_writer.hpp"

#include <hpdf.h>
#include <hpdf_encoder.h>

#include <atomic>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct libdeflate_compressor;

namespace bp::render::pdf {

// Destinations by name, created on their pages before any content so links can go forward.
using Destinations = std::map<std::string, HPDF_Destination>;

// document_scan.cpp: what the libharu side needs of the display list, gathered in one pass so
// that it never reads the pages' items while other threads make (and free) them.
struct DocumentScan {
    std::vector<Codes> codes;                                    // by FontId: codes drawn
    std::vector<std::string> images;                             // paths, in order first drawn
    std::vector<std::vector<display::LinkArea>> links;           // by page
    std::vector<std::vector<display::Destination>> destinations; // by page
    std::vector<bool> draws_image;                               // by page
    Structure structure; // if tagged: the structure tree and each page's marked content
};
DocumentScan scan_document(const display::Document& document, bool tagged);

// Everything finishing one page needs: the libharu page, its height (to flip y up) and the
// document's destinations.
struct PageTarget {
    HaruDoc& doc;
    HPDF_Page page;
    int number; // 1-based, for messages
    double height;
    const Destinations& destinations;

    // libharu coordinates: y up from the bottom of the page.
    HPDF_REAL x(double x_pt) const { return static_cast<HPDF_REAL>(x_pt); }
    HPDF_REAL y(double y_down) const { return static_cast<HPDF_REAL>(height - y_down); }
};

// fonts.cpp: embeds every face once, as a subset of the characters `codes` draws in it
// (`subsets` keeps the temporary subset files until the PDF is written); the result is
// indexed by display::FontId.
std::vector<HPDF_Font> load_fonts(HaruDoc& doc, const std::vector<display::FontFace>& faces,
                                  const std::vector<Codes>& codes,
                                  std::vector<SubsetFont>& subsets);
// font_maps.cpp: while it lives, libharu's UTF-8 encoder offers only the codes `drawn` in the
// whole document to the fonts being made (see there); measure text only after it is gone.
class LimitedEncoder {
public:
    LimitedEncoder(HaruDoc& doc, const Codes& drawn);
    ~LimitedEncoder();
    LimitedEncoder(const LimitedEncoder&) = delete;
    LimitedEncoder& operator=(const LimitedEncoder&) = delete;

private:
    HPDF_Encoder encoder_ = nullptr;
    HPDF_Encoder_ToUnicode_Func utf8_to_unicode_ = nullptr;
};
// font_maps.cpp: cuts the font's CIDToGIDMap after the highest code in `codes` and gives it a
// ToUnicode CMap of exactly those codes (see there); `name` is for messages.
void fit_font_maps(HaruDoc& doc, HPDF_Font font, const Codes& codes, const std::string& name);

// The resource names page content uses: by display::FontId, and by image path.
struct ResourceNames {
    std::vector<std::string> fonts;
    std::map<std::string, std::string> images;
};

// resources.cpp: the names libharu will give the fonts and images on every page (see there).
ResourceNames resource_names(const display::Document& document, const DocumentScan& scan);
// resources.cpp: loads the images and adds every font (and image) to every page's resources;
// throws bp::OutputError if libharu names one otherwise than `names`.
void add_resources(HaruDoc& doc, const display::Document& document, const DocumentScan& scan,
                   const std::vector<HPDF_Page>& pages, const std::vector<HPDF_Font>& fonts,
                   const ResourceNames& names);

// page_content.cpp: page `index`'s content stream (text, paths, images) through `writer`, its
// marked content as `marks` says (none: untagged); valid until the writer's next use. Needs no
// libharu call.
std::string_view page_content(const display::Document& document, std::size_t index,
                              const ResourceNames& names, const std::vector<ContentMark>& marks,
                              ContentWriter& writer);

// One page's finished content stream.
struct PageBytes {
    std::vector<unsigned char> bytes;
    bool compressed = false; // with Flate
};

// page_contents.cpp: every page's content stream, compressed if `compress`, made on worker
// threads from construction on; `page_done(i)` (if set) is called on the making thread once
// page i's items are no longer read. Reads only the pages' items, so the constructing thread
// may meanwhile use anything else of the document.
class PageContents {
public:
    // `marks`: each page's marked content (empty: untagged); must outlive this.
    PageContents(const display::Document& document, ResourceNames names,
                 const std::vector<std::vector<ContentMark>>& marks, bool compress,
                 std::function<void(std::size_t)> page_done);
    ~PageContents();
    PageContents(const PageContents&) = delete;
    PageContents& operator=(const PageContents&) = delete;

    // Makes the pages no worker has taken, waits for the rest and returns them all in page
    // order; rethrows the error of the first page that failed. Call once.
    std::vector<PageBytes> take();

private:
    void make_pages();
    void make_page(std::size_t index, ContentWriter& writer, libdeflate_compressor* compressor);
    void join();

    const display::Document& document_;
    const ResourceNames names_;
    const std::vector<std::vector<ContentMark>>& marks_;
    const bool compress_;
    const std::function<void(std::size_t)> page_done_;
    std::vector<PageBytes> out_;
    std::atomic<std::size_t> next_{0};
    std::atomic<bool> stop_{false};
    std::mutex error_mutex_;
    std::exception_ptr error_;
    std::size_t error_page_ = 0;
    std::vector<std::thread> workers_;
};

// link.cpp: one link annotation.
HPDF_Annotation add_link(const PageTarget& target, const display::LinkArea& link);

// link.cpp: a destination for every display::Destination of the scan (unique names), on its
// page.
Destinations create_destinations(HaruDoc& doc, const display::Document& document,
                                 const DocumentScan& scan, const std::vector<HPDF_Page>& pages);
// The destination called `name`; throws bp::OutputError if there is none.
HPDF_Destination find_destination(const Destinations& destinations, const std::string& name,
                                  const std::string& used_by);

// content_stream.cpp: sets the page's content stream to `content` (see there).
void set_page_content(const PageTarget& target, const PageBytes& content);

// outline.cpp: the bookmarks, nested, with UTF-8 titles.
void add_outline(HaruDoc& doc, const std::vector<display::OutlineEntry>& entries,
                 const Destinations& destinations);

// info.cpp: Info dictionary, page mode and open action.
void set_document_info(HaruDoc& doc, const display::Document& document, HPDF_Page first_page);

// catalog.cpp: what libharu 2.3 has no public API for, added through its installed internal
// headers: the catalog's /Lang and page labels (with UTF-8 prefixes and prefix-only labels).
void set_language(HaruDoc& doc, const std::string& language);
void set_page_labels(HaruDoc& doc, const std::vector<display::PageLabelRange>& ranges,
                     std::size_t page_count);

// archive.cpp: the producer both Info and XMP name.
extern const char* const kProducer;
// archive.cpp: PDF 1.7; the producer; for PDF/UA or PDF/A, XMP metadata equal to the Info
// dictionary and /DisplayDocTitle; for PDF/A the sRGB output intent. Returns the metadata
// stream, still empty (nullptr if there is none), for write_xmp.
HPDF_Dict set_archival_metadata(HaruDoc& doc, const display::Document& document,
                                const PdfOptions& opts);
// archive.cpp: the XMP packet into `metadata` (if any), with info.sources and then the lines
// of opts.late_sources; called once, before the file is saved.
void write_xmp(HaruDoc& doc, HPDF_Dict metadata, const display::DocInfo& info,
               const PdfOptions& opts);
// archive.cpp: makes the font's descriptor now (libharu would at saving) with a /CapHeight.
void add_cap_height(HaruDoc& doc, HPDF_Font font, const std::string& name);

// tagging.cpp: a libharu object's number; the number the next new object gets.
unsigned object_number(void* object);
unsigned next_object_number(HaruDoc& doc);

// tagging.cpp: the catalog's /StructTreeRoot (a libharu object whose entries are set last,
// once the structure's objects have numbers) and /MarkInfo.
class StructTreeRoot {
public:
    explicit StructTreeRoot(HaruDoc& doc);
    StructTreeRoot(const StructTreeRoot&) = delete;
    StructTreeRoot& operator=(const StructTreeRoot&) = delete;
    unsigned number() const;
    // The dictionary's body ("/Type /StructTreeRoot\n/K …"), written when the PDF is saved.
    void set_entries(std::string entries) { entries_ = std::move(entries); }

private:
    HPDF_Dict dict_ = nullptr;
    std::string entries_;
};
// tagging.cpp: page `index` (0-based) is key `index` of the parent tree; its annotations are
// visited in structure order.
void tag_page(HaruDoc& doc, HPDF_Page page, std::size_t index, bool has_annotations);
// tagging.cpp: a link annotation's /Contents, print flag and (if ≥ 0) /StructParent key.
void describe_link(HaruDoc& doc, HPDF_Annotation annotation, const std::string& description,
                   int struct_parent);

} // namespace bp::render::pdf
