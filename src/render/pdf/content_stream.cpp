// A page's content stream is built by ContentWriter and handed to libharu here, compressed at
// once at zlib's fastest level when compression is on. libharu would otherwise compress every
// stream at its default level when the document is saved (on a 600-page report a third of the
// run time) and keep every page's plain content until then. libharu 2.3 then writes the stream
// as it is: its filter is set to none (so it does not compress again) and the stream
// dictionary's write hook adds /Filter /FlateDecode.
#include "render/pdf/parts.hpp"

#include "core/error.hpp"

#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <zlib.h>

#include <vector>

#if HPDF_VERSION_ID != 20300
#error "render/pdf/content_stream.cpp uses libharu 2.3.0 internals; re-check them for this version"
#endif

namespace bp::render::pdf {

namespace {

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) {
    return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

} // namespace

void set_page_content(const PageTarget& target, const std::string& plain) {
    auto* attr = static_cast<HPDF_PageAttr>(target.page->attr);
    HPDF_Dict contents = attr->contents;
    HPDF_Stream stream = contents ? contents->stream : nullptr;
    const auto fail = [&](const char* what) {
        throw OutputError("PDF output failed while writing page " + std::to_string(target.number) +
                          ": " + what);
    };
    if (!stream || HPDF_Stream_Size(stream) != 0 || contents->write_fn)
        fail("libharu's page content stream is not the empty one expected");
    const auto* bytes = reinterpret_cast<const Bytef*>(plain.data());
    if (contents->filter != HPDF_STREAM_FILTER_FLATE_DECODE) { // compression is off
        if (!plain.empty() &&
            HPDF_Stream_Write(stream, bytes, static_cast<HPDF_UINT>(plain.size())) != HPDF_OK)
            target.doc.check("writing page " + std::to_string(target.number));
        return;
    }
    uLongf size = compressBound(static_cast<uLong>(plain.size()));
    std::vector<Bytef> packed(size);
    if (compress2(packed.data(), &size, bytes, static_cast<uLong>(plain.size()), Z_BEST_SPEED) !=
        Z_OK)
        fail("zlib failed");
    if (HPDF_Stream_Write(stream, packed.data(), static_cast<HPDF_UINT>(size)) != HPDF_OK)
        target.doc.check("writing page " + std::to_string(target.number));
    contents->filter = HPDF_STREAM_FILTER_NONE;
    contents->write_fn = write_flate_filter;
}

} // namespace bp::render::pdf
