// The PDF renderer: writes a display-list document as PDF bytes with libharu.
#pragma once

#include "display/display_list.hpp"

#include <cstddef>
#include <functional>
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
    // The record of sources (XMP bp:sources) when it is still being made, e.g. inputs hashed on
    // another thread meanwhile: called once, just before the file is saved; its lines follow
    // the document's info.sources. The bytes are the same as with them in info.sources.
    std::function<std::vector<std::string>()> late_sources{};
};

// The whole document as PDF 1.7 bytes: pages with embedded TrueType text, vector paths, images
// and borderless link annotations; outline, page labels, document info and language; tagged
// and archival as `opts` says. The same document always gives the same bytes (no dates unless
// `info.created` is set; the /ID is a digest of the content). Throws
// bp::OutputError, naming libharu's error code and what was being done, on any failure.
std::vector<unsigned char> pdf_bytes(const display::Document& doc, const PdfOptions& opts = {});
// Receives the PDF's bytes piece by piece, in order; the caller owns the file it writes them
// to (and reports its errors by throwing).
using PdfSink = std::function<void(const unsigned char* bytes, std::size_t size)>;
// The same PDF handed to `sink` in pieces of at most 64 KiB. Consumes `doc`: each page's items
// are freed as soon as the page is made, so memory does not grow while a long report is made.
void write_pdf(display::Document&& doc, const PdfSink& sink, const PdfOptions& opts = {});

} // namespace bp::render
