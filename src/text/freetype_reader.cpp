#include "text/freetype_reader.hpp"

#include "core/error.hpp"
#include "core/file_bytes.hpp"
#include "text/font_check.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <system_error>

namespace bp::text {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
    throw InputError(SourcePos{path}, "cannot load font: " + why);
}

std::string describe(FT_Error error) {
    switch (error) {
    case FT_Err_Cannot_Open_Resource:
        return "the file cannot be opened";
    case FT_Err_Unknown_File_Format:
        return "not a font file";
    case FT_Err_Invalid_File_Format:
        return "the font file is damaged";
    case FT_Err_Out_Of_Memory:
        return "out of memory";
    default:
        return "FreeType error " + std::to_string(error);
    }
}

// Owns an FT_Library for the duration of one read.
struct Library {
    FT_Library handle = nullptr;
    ~Library() {
        if (handle) FT_Done_FreeType(handle);
    }
};

// Owns an FT_Face for the duration of one read.
struct Face {
    FT_Face handle = nullptr;
    ~Face() {
        if (handle) FT_Done_Face(handle);
    }
};

// libharu's conversion from font units to 1/1000 em: C integer division (truncation).
// No usable font for a report comes near this (a large CJK font is some 20 MiB).
constexpr std::size_t kMaxFontFileBytes = 64u << 20;

int per_mille(std::int64_t units, std::int64_t units_per_em) {
    return static_cast<int>(units * 1000 / units_per_em);
}

bool is_control(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
}

void check_format(FT_Face face, const std::string& path) {
    if (!FT_IS_SFNT(face) || !FT_IS_SCALABLE(face)) fail(path, "not a TrueType/OpenType font");
    if (face->units_per_EM == 0) fail(path, "the font has no units per em");
    FT_ULong glyf_length = 0;
    if (FT_Load_Sfnt_Table(face, TTAG_glyf, 0, nullptr, &glyf_length) != 0)
        fail(path, "the font has no TrueType outlines ('glyf' table); the PDF writer cannot "
                   "embed CFF-based OpenType fonts");
    if (FT_Select_Charmap(face, FT_ENCODING_UNICODE) != 0)
        fail(path, "the font has no Unicode character map");
}

void read_advances(FT_Face face, FaceData& data, const std::string& path) {
    const auto num_glyphs = static_cast<FT_UInt>(face->num_glyphs);
    std::vector<FT_Fixed> raw(num_glyphs);
    if (num_glyphs == 0 || FT_Get_Advances(face, 0, num_glyphs, FT_LOAD_NO_SCALE, raw.data()))
        fail(path, "cannot read the glyph advances");
    const std::int64_t upem = face->units_per_EM;

    data.advances = AdvanceTable(per_mille(raw[0], upem)); // .notdef, what libharu draws
    FT_UInt gid = 0;
    for (FT_ULong cp = FT_Get_First_Char(face, &gid); gid != 0;
         cp = FT_Get_Next_Char(face, cp, &gid)) {
        if (cp > 0xFFFF) break; // libharu uses the BMP (format 4) cmap only
        if (gid >= num_glyphs) continue;
        data.advances.set(static_cast<char32_t>(cp), per_mille(raw[gid], upem));
        data.mapped.push_back(static_cast<char32_t>(cp));
    }
    for (char32_t cp = 0; cp < 0xA0; ++cp)
        if (is_control(cp)) data.advances.set(cp, 0);
}

void read_vertical(FT_Face face, FaceData& data) {
    const std::int64_t upem = face->units_per_EM;
    const auto* hhea = static_cast<const TT_HoriHeader*>(FT_Get_Sfnt_Table(face, FT_SFNT_HHEA));
    const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(face, FT_SFNT_OS2));
    // As libharu's font descriptor: hhea, falling back to the OS/2 typo values.
    if (hhea) {
        data.ascent = per_mille(hhea->Ascender, upem);
        data.descent = per_mille(hhea->Descender, upem);
    }
    if (data.ascent == 0 && os2 && os2->version != 0xFFFF) {
        data.ascent = per_mille(os2->sTypoAscender, upem);
        data.descent = per_mille(os2->sTypoDescender, upem);
    }
    data.descent = std::abs(data.descent);

    if (os2 && os2->version != 0xFFFF && os2->version >= 2 && os2->sCapHeight > 0) {
        data.cap_height = per_mille(os2->sCapHeight, upem);
        return;
    }
    FT_UInt h = FT_Get_Char_Index(face, 'H');
    if (h != 0 && FT_Load_Glyph(face, h, FT_LOAD_NO_SCALE) == 0)
        data.cap_height = per_mille(face->glyph->metrics.horiBearingY, upem);
    else
        data.cap_height = 700;
}

std::string postscript_name(FT_Face face, const std::string& path) {
    if (const char* name = FT_Get_Postscript_Name(face)) return name;
    return std::filesystem::path(path).stem().string();
}

} // namespace

FaceData read_face(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) fail(path, "no such file");
    // Read without blocking (a FIFO is refused) and checked before FreeType or libharu see it.
    const std::string bytes = read_regular_file(path, kMaxFontFileBytes);
    check_font_tables(bytes, path);

    Library library;
    if (FT_Error error = FT_Init_FreeType(&library.handle)) fail(path, describe(error));
    Face face;
    if (FT_Error error =
            FT_New_Memory_Face(library.handle, reinterpret_cast<const FT_Byte*>(bytes.data()),
                               static_cast<FT_Long>(bytes.size()), 0, &face.handle))
        fail(path, describe(error));
    check_format(face.handle, path);

    FaceData data;
    data.path = path;
    data.name = postscript_name(face.handle, path);
    read_advances(face.handle, data, path);
    read_vertical(face.handle, data);
    return data;
}

} // namespace bp::text
