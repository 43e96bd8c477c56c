// libharu 2.3 gives a UTF-8 font two maps over all 65,536 codes, made when the font is created:
// a CIDToGIDMap of 128 KB and a ToUnicode CMap written with `begincidrange`, which is not a
// ToUnicode operator (poppler warns "Invalid 'begincidrange'" on every page that uses the font).
// Once the codes a face draws are known, its CIDToGIDMap is cut after the highest of them and
// its ToUnicode is replaced by a bfrange map of exactly those codes.
#include "render/pdf/parts.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"

#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cstdio>
#include <string>

#if HPDF_VERSION_ID != 20300
#error "render/pdf/font_maps.cpp uses libharu 2.3.0 internals; re-check them for this version"
#endif

namespace bp::render::pdf {

namespace {

// "<0041>": a code as a CMap hex string.
std::string hex(unsigned code) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "<%04X>", code & 0xFFFF);
    return buf;
}

// The ToUnicode CMap of `codes` (each code stands for its own Unicode value): runs of
// consecutive codes sharing their first byte become one bfrange, at most 100 to a block.
std::string to_unicode_cmap(const Codes& codes) {
    std::vector<std::pair<unsigned, unsigned>> runs;
    for (char16_t c : codes) {
        if (!runs.empty() && runs.back().second + 1 == c && (runs.back().first >> 8) == (c >> 8u))
            runs.back().second = c;
        else
            runs.emplace_back(c, c);
    }
    std::string out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (std::size_t i = 0; i < runs.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, runs.size() - i);
        out += std::to_string(n) + " beginbfrange\n";
        for (std::size_t k = i; k < i + n; ++k)
            out += hex(runs[k].first) + ' ' + hex(runs[k].second) + ' ' + hex(runs[k].first) + '\n';
        out += "endbfrange\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

// Replaces the data of `stream` by its first `keep` bytes followed by `append`.
bool rewrite(HPDF_Stream stream, std::size_t keep, const std::string& append) {
    std::string data(std::min<std::size_t>(keep, HPDF_Stream_Size(stream)), '\0');
    HPDF_UINT read = static_cast<HPDF_UINT>(data.size());
    if (!data.empty() &&
        (HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) != HPDF_OK ||
         HPDF_Stream_Read(stream, reinterpret_cast<HPDF_BYTE*>(data.data()), &read) != HPDF_OK ||
         read != data.size()))
        return false;
    data += append;
    HPDF_MemStream_FreeData(stream);
    return data.empty() ||
           HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                             static_cast<HPDF_UINT>(data.size())) == HPDF_OK;
}

} // namespace

void fit_font_maps(HaruDoc& doc, HPDF_Font font, const Codes& codes, const std::string& name) {
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    if (attr->type != HPDF_FONT_TYPE0_TT || !attr->map_stream || !attr->cmap_stream)
        throw OutputError("PDF output failed: font '" + name +
                          "' is not the TrueType Type0 font libharu was expected to make");
    const std::size_t highest = codes.empty() ? 0 : codes.back();
    if (!rewrite(attr->map_stream->stream, 2 * (highest + 1), "") ||
        !rewrite(attr->cmap_stream->stream, 0, to_unicode_cmap(codes)))
        doc.check("fitting the character maps of font '" + name + "'");
    doc.check("fitting the character maps of font '" + name + "'");
}

} // namespace bp::render::pdf
