// libharu 2.3 makes a UTF-8 font from every code its UTF-8 encoder maps, which is all 65,536:
// it looks each one up in the face's character map (most of the PDF time of a short report),
// writes a CIDToGIDMap of 128 KB and a ToUnicode CMap with `begincidrange`, which is not a
// ToUnicode operator (poppler warns "Invalid 'begincidrange'" on every page that uses the
// font). Here the encoder is first limited to the codes the document draws; then each face's
// CIDToGIDMap is cut after the highest code it draws and its ToUnicode replaced by a bfrange
// map of exactly those codes, whose dictionary then names the CMap its stream defines (libharu
// leaves the encoder's name, "UTF-8", and "Identity-H" there).
#include "render/pdf/parts.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"

#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>
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

// What the ToUnicode CMap below defines: its name and character collection, written both in the
// stream and in the stream's dictionary, so that the two agree.
constexpr const char* kCMapName = "Adobe-Identity-UCS";
constexpr const char* kRegistry = "Adobe";
constexpr const char* kOrdering = "UCS";
constexpr int kSupplement = 0;

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
                      "/CIDSystemInfo << /Registry (" +
                      std::string(kRegistry) + ") /Ordering (" + kOrdering + ") /Supplement " +
                      std::to_string(kSupplement) + " >> def\n/CMapName /" + kCMapName +
                      " def\n/CMapType 2 def\n"
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

// Makes the CMap stream's dictionary say what its stream defines: /CMapName and /CIDSystemInfo.
bool name_cmap(HPDF_Dict cmap) {
    HPDF_Dict info = HPDF_Dict_New(cmap->mmgr);
    if (!info) return false;
    HPDF_STATUS status =
        HPDF_Dict_Add(info, "Registry", HPDF_String_New(cmap->mmgr, kRegistry, nullptr));
    status += HPDF_Dict_Add(info, "Ordering", HPDF_String_New(cmap->mmgr, kOrdering, nullptr));
    status += HPDF_Dict_AddNumber(info, "Supplement", kSupplement);
    status += HPDF_Dict_Add(cmap, "CIDSystemInfo", info); // replaces libharu's
    status += HPDF_Dict_AddName(cmap, "CMapName", kCMapName);
    return status == HPDF_OK;
}

} // namespace

LimitedEncoder::LimitedEncoder(HaruDoc& doc, const Codes& drawn) {
    encoder_ = HPDF_GetEncoder(doc.get(), "UTF-8");
    doc.check("finding the UTF-8 encoder");
    if (!encoder_ || encoder_->type != HPDF_ENCODER_TYPE_DOUBLE_BYTE || !encoder_->attr)
        throw OutputError("PDF output failed: libharu's UTF-8 encoder is not the one expected");
    // As a UTF-8 encoder it offers every code; as a plain CMap encoder, only those mapped.
    auto* attr = static_cast<HPDF_CMapEncoderAttr>(encoder_->attr);
    std::vector<bool> keep(0x10000);
    for (char16_t c : drawn)
        keep[c] = true;
    // libharu needs at least one code, and gives widths only to codes below the highest one
    // mapped, so a space and the code after the highest drawn are mapped too.
    keep[u' '] = true;
    const unsigned highest = drawn.empty() ? u' ' : std::max<unsigned>(drawn.back(), u' ');
    keep[std::min(highest + 1, 0xFFFFu)] = true;
    for (unsigned code = 1; code < 0x10000; ++code) {
        attr->unicode_map[code >> 8][code & 0xFF] = static_cast<HPDF_UNICODE>(code);
        attr->cid_map[code >> 8][code & 0xFF] = keep[code] ? static_cast<HPDF_UINT16>(code) : 0;
    }
    utf8_to_unicode_ = encoder_->to_unicode_fn;
    encoder_->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
}

LimitedEncoder::~LimitedEncoder() {
    encoder_->to_unicode_fn = utf8_to_unicode_;
}

void fit_font_maps(HaruDoc& doc, HPDF_Font font, const Codes& codes, const std::string& name) {
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    if (attr->type != HPDF_FONT_TYPE0_TT || !attr->map_stream || !attr->cmap_stream)
        throw OutputError("PDF output failed: font '" + name +
                          "' is not the TrueType Type0 font libharu was expected to make");
    const std::size_t highest = codes.empty() ? 0 : codes.back();
    const bool done = rewrite(attr->map_stream->stream, 2 * (highest + 1), "") &&
                      rewrite(attr->cmap_stream->stream, 0, to_unicode_cmap(codes)) &&
                      name_cmap(attr->cmap_stream);
    const std::string doing = "fitting the character maps of font '" + name + "'";
    doc.check(doing); // names libharu's error, if it gave one
    if (!done) throw OutputError("PDF output failed while " + doing);
}

} // namespace bp::render::pdf
