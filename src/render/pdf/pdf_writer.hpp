// The PDF renderer: writes a display-list document as PDF bytes with libharu.
#pragma once

#include "display/display_list.hpp"

#include <string>
#include <vector>

namespace bp::render {

// How the PDF is written.
struct PdfOptions {
    bool compress = true; // Flate-compress page content, fonts, images and metadata
    // Tagged PDF/UA-1: a structure tree, every painting operator marked as content or artifact,
    // described links, XMP naming the standard.
    bool tagged = true;
    // PDF/A-2b: XMP metadata equal to the Info dictionary, the sRGB output intent.
    bool archival = true;
};

// The whole document as PDF 1.7 bytes: pages with embedded TrueType text, vector paths, images
// and borderless link annotations; outline, page labels, document info and language; tagged
// and archival as `opts` says. The same document always gives the same bytes (no dates unless
// `info.created` is set; the /ID is a digest of the content). Throws
// bp::OutputError, naming libharu's error code and what was being done, on any failure.
std::vector<unsigned char> pdf_bytes(const display::Document& doc, const PdfOptions& opts = {});
// The same PDF written straight to the file `path` (created or replaced), without holding the
// whole file in memory. Consumes `doc`: each page's items are freed as soon as the page is
// written, so memory does not grow while a long report is written.
void write_pdf(display::Document&& doc, const std::string& path, const PdfOptions& opts = {});

} // namespace bp::render
