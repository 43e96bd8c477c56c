// A page's content stream is built by ContentWriter and handed to libharu here, compressed at
// once when compression is on, with libdeflate at its fastest level (three times as fast as
// zlib's fastest, and smaller). libharu would otherwise compress every stream with zlib's
// default level when the document is saved (on a 600-page report a third of the run time) and
// keep every page's plain content until then. libharu 2.3 then writes the stream as it is: its
// filter is set to none (so it does not compress again) and the stream dictionary's write hook
// adds /Filter /FlateDecode.
#include "render/pdf/parts.hpp"

#include "core/error.hpp"

#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <libdeflate.h>

#include <vector>

#if HPDF_VERSION_ID != 20300
#error "render/pdf/content_stream.cpp uses libharu 2.3.0 internals; re-check them for this version"
#endif

namespace bp::render::pdf {

namespace {

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) {
    return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

// One compressor for the run (it holds about 1 MB of tables, costly to set up per page).
libdeflate_compressor* compressor() {
    struct Owner {
        libdeflate_compressor* c = libdeflate_alloc_compressor(1);
        ~Owner() { libdeflate_free_compressor(c); }
    };
    static Owner owner;
    return owner.c;
}

} // namespace

void set_page_content(const PageTarget& target, std::string_view plain) {
    auto* attr = static_cast<HPDF_PageAttr>(target.page->attr);
    HPDF_Dict contents = attr->contents;
    HPDF_Stream stream = contents ? contents->stream : nullptr;
    const auto fail = [&](const char* what) {
        throw OutputError("PDF output failed while writing page " + std::to_string(target.number) +
                          ": " + what);
    };
    if (!stream || HPDF_Stream_Size(stream) != 0 || contents->write_fn)
        fail("libharu's page content stream is not the empty one expected");
    const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(plain.data());
    if (contents->filter != HPDF_STREAM_FILTER_FLATE_DECODE) { // compression is off
        if (!plain.empty() &&
            HPDF_Stream_Write(stream, bytes, static_cast<HPDF_UINT>(plain.size())) != HPDF_OK)
            target.doc.check("writing page " + std::to_string(target.number));
        return;
    }
    libdeflate_compressor* c = compressor();
    if (!c) fail("libdeflate could not allocate its compressor");
    std::vector<HPDF_BYTE> packed(libdeflate_zlib_compress_bound(c, plain.size()));
    const std::size_t size =
        libdeflate_zlib_compress(c, plain.data(), plain.size(), packed.data(), packed.size());
    if (size == 0) fail("libdeflate failed");
    if (HPDF_Stream_Write(stream, packed.data(), static_cast<HPDF_UINT>(size)) != HPDF_OK)
        target.doc.check("writing page " + std::to_string(target.number));
    contents->filter = HPDF_STREAM_FILTER_NONE;
    contents->write_fn = write_flate_filter;
}

} // namespace bp::render::pdf
