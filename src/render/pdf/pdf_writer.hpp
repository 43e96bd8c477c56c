// The PDF renderer: writes a display-list document as PDF bytes with libharu.
#pragma once

#include "display/display_list.hpp"

#include <string>
#include <vector>

namespace bp::render {

// How the PDF is written.
struct PdfOptions {
    bool compress = true; // Flate-compress page content, fonts, images and metadata
};

// The whole document as PDF bytes: pages with embedded TrueType text, vector paths, images and
// borderless link annotations; outline, page labels, document info and language. The same
// document always gives the same bytes (no dates or /ID unless `info.created` is set). Throws
// bp::OutputError, naming libharu's error code and what was being done, on any failure.
std::vector<unsigned char> pdf_bytes(const display::Document& doc, const PdfOptions& opts = {});
// The same PDF written straight to the file `path` (created or replaced), without holding the
// whole file in memory. Consumes `doc`: each page's items are freed as soon as the page is
// written, so memory does not grow while a long report is written.
void write_pdf(display::Document&& doc, const std::string& path, const PdfOptions& opts = {});

} // namespace bp::render
