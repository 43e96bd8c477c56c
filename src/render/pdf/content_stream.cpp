// A page's content stream, made (and compressed, with libdeflate at its fastest level) by
// page_contents.cpp, is handed to libharu here. libharu would otherwise compress every stream
// with zlib's default level when the document is saved (on a 600-page report a third of the
// run time). libharu 2.3 then writes the stream as it is: its filter is set to none (so it
// does not compress again) and the stream dictionary's write hook adds /Filter /FlateDecode.
#include "render/pdf/parts.hpp"

#include "core/error.hpp"

#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#if HPDF_VERSION_ID != 20300
#error "render/pdf/content_stream.cpp uses libharu 2.3.0 internals; re-check them for this version"
#endif

namespace bp::render::pdf {

namespace {

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) {
    return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

} // namespace

void set_page_content(const PageTarget& target, const PageBytes& content) {
    auto* attr = static_cast<HPDF_PageAttr>(target.page->attr);
    HPDF_Dict contents = attr->contents;
    HPDF_Stream stream = contents ? contents->stream : nullptr;
    if (!stream || HPDF_Stream_Size(stream) != 0 || contents->write_fn ||
        content.compressed != (contents->filter == HPDF_STREAM_FILTER_FLATE_DECODE))
        throw OutputError("PDF output failed while writing page " + std::to_string(target.number) +
                          ": libharu's page content stream is not the one expected");
    if (!content.bytes.empty() &&
        HPDF_Stream_Write(stream, content.bytes.data(),
                          static_cast<HPDF_UINT>(content.bytes.size())) != HPDF_OK)
        target.doc.check("writing page " + std::to_string(target.number));
    if (!content.compressed) return;
    contents->filter = HPDF_STREAM_FILTER_NONE;
    contents->write_fn = write_flate_filter;
}

} // namespace bp::render::pdf
