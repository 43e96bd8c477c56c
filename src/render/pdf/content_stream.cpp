// libharu compresses every stream at zlib's default level when it saves the document, after
// all pages are drawn: on a 600-page report that was a third of the run time, and every page's
// uncompressed content stayed in memory until then. Here a finished page's content stream is
// compressed at once at zlib's fastest level (files grow by about a tenth) and its plain bytes
// freed. libharu 2.3 then writes it as it is: the stream's filter is set to none (so it does
// not compress again) and the stream dictionary's write hook adds /Filter /FlateDecode.
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

void compress_page_content(const PageTarget& target) {
    auto* attr = static_cast<HPDF_PageAttr>(target.page->attr);
    HPDF_Dict contents = attr->contents;
    HPDF_Stream stream = contents ? contents->stream : nullptr;
    if (!stream || contents->filter != HPDF_STREAM_FILTER_FLATE_DECODE || contents->write_fn)
        return; // not a plain page stream awaiting libharu's compression: leave it to libharu
    const auto fail = [&](const char* what) {
        throw OutputError("PDF output failed while compressing page " +
                          std::to_string(target.number) + ": " + what);
    };
    std::vector<HPDF_BYTE> plain(HPDF_Stream_Size(stream));
    HPDF_UINT read = static_cast<HPDF_UINT>(plain.size());
    if (!plain.empty() &&
        (HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) != HPDF_OK ||
         HPDF_Stream_Read(stream, plain.data(), &read) != HPDF_OK || read != plain.size()))
        fail("cannot read the page's content back");
    uLongf size = compressBound(static_cast<uLong>(plain.size()));
    std::vector<Bytef> packed(size);
    if (compress2(packed.data(), &size, plain.data(), static_cast<uLong>(plain.size()),
                  Z_BEST_SPEED) != Z_OK)
        fail("zlib failed");
    HPDF_MemStream_FreeData(stream);
    if (HPDF_Stream_Write(stream, packed.data(), static_cast<HPDF_UINT>(size)) != HPDF_OK)
        target.doc.check("compressing page " + std::to_string(target.number));
    contents->filter = HPDF_STREAM_FILTER_NONE;
    contents->write_fn = write_flate_filter;
}

} // namespace bp::render::pdf
