#include "text/font_check.hpp"

#include "core/error.hpp"

#include <cstdint>
#include <map>

namespace bp::text {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
    throw InputError(SourcePos{path}, "cannot load font: " + why);
}

// Big-endian reads that never go past the end of `b` (the caller checks the range first).
std::uint32_t u16(std::string_view b, std::uint64_t at) {
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 8) |
           static_cast<unsigned char>(b[at + 1]);
}

std::uint32_t u32(std::string_view b, std::uint64_t at) {
    return (u16(b, at) << 16) | u16(b, at + 2);
}

// One table of the font: where it is in the file.
struct Table {
    std::uint64_t offset = 0;
    std::uint64_t length = 0;
};

// The table directory of the (first) font in the file.
std::map<std::string, Table> read_directory(std::string_view b, const std::string& path) {
    if (b.size() < 12) fail(path, "the file is too short to be a font");
    std::uint64_t start = 0;
    if (b.substr(0, 4) == "ttcf") {
        if (b.size() < 16) fail(path, "the font collection header is cut short");
        start = u32(b, 12);
        if (start > b.size() || b.size() - start < 12)
            fail(path, "the first font of the collection lies outside the file");
    }
    const std::uint32_t version = u32(b, start);
    if (version != 0x00010000 && b.substr(start, 4) != "true")
        fail(path, b.substr(start, 4) == "OTTO"
                       ? "the font has no TrueType outlines ('glyf' table); the PDF writer "
                         "cannot embed CFF-based OpenType fonts"
                       : "not a TrueType font");
    const std::uint64_t count = u16(b, start + 4);
    if (start + 12 + 16 * count > b.size()) fail(path, "the table directory is cut short");
    std::map<std::string, Table> tables;
    for (std::uint64_t i = 0; i < count; ++i) {
        const std::uint64_t rec = start + 12 + 16 * i;
        std::string tag(b.substr(rec, 4));
        for (char& c : tag)
            if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E)
                c = '?';
        Table t{u32(b, rec + 8), u32(b, rec + 12)};
        if (t.offset > b.size() || t.length > b.size() - t.offset)
            fail(path, "the '" + tag + "' table lies outside the file");
        tables.emplace(tag, t);
    }
    return tables;
}

// The table `tag` of at least `min_length` bytes (required or, if absent, an empty one).
Table need(const std::map<std::string, Table>& tables, const std::string& tag,
           std::uint64_t min_length, bool required, const std::string& path) {
    auto it = tables.find(tag);
    if (it == tables.end()) {
        if (required) fail(path, "the font has no '" + tag + "' table");
        return {};
    }
    if (it->second.length < min_length)
        fail(path, "the '" + tag + "' table is too short (" + std::to_string(it->second.length) +
                       " bytes)");
    return it->second;
}

void check_cmap(std::string_view b, Table cmap, const std::string& path) {
    const std::uint64_t n = u16(b, cmap.offset + 2);
    if (4 + 8 * n > cmap.length) fail(path, "the 'cmap' table's list of subtables is cut short");
    bool unicode_format4 = false;
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t rec = cmap.offset + 4 + 8 * i;
        const std::uint32_t platform = u16(b, rec), encoding = u16(b, rec + 2);
        const std::uint64_t sub = u32(b, rec + 4);
        if (sub > cmap.length || cmap.length - sub < 8)
            fail(path, "a 'cmap' subtable lies outside the table");
        const std::uint64_t at = cmap.offset + sub;
        const std::uint32_t format = u16(b, at);
        std::uint64_t length = format >= 8 && format != 14 ? u32(b, at + 4) : u16(b, at + 2);
        if (format == 14) length = u32(b, at + 2);
        if (length > cmap.length - sub)
            fail(path, "a 'cmap' subtable (format " + std::to_string(format) +
                           ") reaches outside the table");
        if (format == 4) {
            if (length < 16) fail(path, "a 'cmap' format 4 subtable is too short");
            const std::uint64_t segments = u16(b, at + 6) / 2;
            if (16 + 8 * segments > length)
                fail(path, "a 'cmap' format 4 subtable has more segments than bytes");
            if (platform == 0 || (platform == 3 && (encoding == 1 || encoding == 0)))
                unicode_format4 = true;
        }
    }
    if (!unicode_format4) fail(path, "the font has no Unicode character map of format 4");
}

void check_glyph_tables(std::string_view b, const std::map<std::string, Table>& tables,
                        const std::string& path) {
    const Table head = need(tables, "head", 54, true, path);
    const Table maxp = need(tables, "maxp", 6, true, path);
    const Table hhea = need(tables, "hhea", 36, true, path);
    if (u16(b, head.offset + 18) == 0) fail(path, "the font has no units per em");
    const std::uint32_t loca_format = u16(b, head.offset + 50);
    if (loca_format > 1) fail(path, "the 'head' table names an unknown 'loca' format");
    const std::uint64_t glyphs = u16(b, maxp.offset + 4);
    if (glyphs == 0) fail(path, "the font has no glyphs");
    const std::uint64_t metrics = u16(b, hhea.offset + 34);
    if (metrics == 0 || metrics > glyphs)
        fail(path, "the 'hhea' table's number of metrics does not match the glyphs");
    need(tables, "hmtx", 4 * metrics + 2 * (glyphs - metrics), true, path);
    const std::uint64_t entry = loca_format ? 4 : 2;
    const Table loca = need(tables, "loca", entry * (glyphs + 1), true, path);
    const Table glyf = need(tables, "glyf", 0, true, path);
    std::uint64_t previous = 0;
    for (std::uint64_t g = 0; g <= glyphs; ++g) {
        const std::uint64_t at = loca.offset + g * entry;
        const std::uint64_t off = loca_format ? u32(b, at) : 2ull * u16(b, at);
        if (off < previous || off > glyf.length)
            fail(path, "the 'loca' table points glyph " + std::to_string(g) +
                           " outside the 'glyf' table");
        previous = off;
    }
}

void check_name(std::string_view b, Table name, const std::string& path) {
    const std::uint64_t count = u16(b, name.offset + 2), strings = u16(b, name.offset + 4);
    if (6 + 12 * count > name.length) fail(path, "the 'name' table's records are cut short");
    for (std::uint64_t i = 0; i < count; ++i) {
        const std::uint64_t rec = name.offset + 6 + 12 * i;
        if (strings + u16(b, rec + 10) + u16(b, rec + 8) > name.length)
            fail(path, "a name in the 'name' table lies outside the table");
    }
}

} // namespace

void check_font_tables(std::string_view bytes, const std::string& path) {
    const auto tables = read_directory(bytes, path);
    check_cmap(bytes, need(tables, "cmap", 4, true, path), path);
    check_glyph_tables(bytes, tables, path);
    check_name(bytes, need(tables, "name", 6, true, path), path);
    need(tables, "OS/2", 78, false, path);
    need(tables, "post", 32, false, path);
}

} // namespace bp::text
