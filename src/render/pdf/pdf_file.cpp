#include "render/pdf/pdf_file.hpp"

#include "core/error.hpp"

#include <hpdf.h>
#include <hpdf_encrypt.h>
#include <libdeflate.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>

namespace bp::render::pdf {

namespace {

// Objects per object stream: a reader decompresses a whole stream to reach one object.
constexpr std::size_t kObjectsPerStream = 500;

[[noreturn]] void unexpected(const std::string& what) {
    throw OutputError("PDF output failed: libharu's file " + what);
}

// One entry of the cross-reference stream: /W [1 4 2].
struct XrefEntry {
    unsigned char type = 0;
    unsigned long long field2 = 0; // offset, or the object stream's number
    unsigned field3 = 0;           // generation, or the index in the object stream
};

// What libharu's trailer and cross-reference table say.
struct ClassicXref {
    std::vector<XrefEntry> entries;
    std::string root, info; // "1 0 R"
};

std::size_t find_last(std::string_view text, std::string_view what) {
    const std::size_t at = text.rfind(what);
    if (at == std::string_view::npos) unexpected("has no " + std::string(what));
    return at;
}

unsigned long long parse_digits(std::string_view text, std::size_t& pos) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\r' || text[pos] == '\n'))
        ++pos;
    const std::size_t begin = pos;
    unsigned long long v = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - begin < 19)
        v = v * 10 + static_cast<unsigned>(text[pos++] - '0');
    if (pos == begin) unexpected("has a malformed cross-reference table");
    return v;
}

// The reference after `key` in the trailer dictionary: "/Root 1 0 R" gives "1 0 R".
std::string trailer_reference(std::string_view trailer, std::string_view key) {
    const std::size_t at = trailer.find(key);
    if (at == std::string_view::npos) return {};
    const std::size_t begin = at + key.size() + 1;
    const std::size_t end = trailer.find('R', begin);
    if (end == std::string_view::npos) unexpected("has a malformed trailer");
    return std::string(trailer.substr(begin, end + 1 - begin));
}

// libharu's table and trailer, from `xref` (the file from its "xref" keyword on).
ClassicXref read_classic_xref(std::string_view xref) {
    ClassicXref x;
    if (xref.compare(0, 4, "xref") != 0) unexpected("does not end with an xref table");
    std::size_t pos = 4;
    if (parse_digits(xref, pos) != 0) unexpected("has an xref table that does not start at 0");
    const auto count = parse_digits(xref, pos);
    while (pos < xref.size() && (xref[pos] == '\r' || xref[pos] == '\n' || xref[pos] == ' '))
        ++pos;
    if (count > 8388607 || pos + count * 20 > xref.size()) unexpected("has a truncated xref table");
    x.entries.reserve(count);
    for (std::size_t i = 0; i < count; ++i, pos += 20) {
        std::size_t p = pos;
        XrefEntry e;
        e.field2 = parse_digits(xref, p);
        e.field3 = static_cast<unsigned>(parse_digits(xref, p));
        e.type = xref[pos + 17] == 'n' ? 1 : 0;
        if (e.type == 0) e.field2 = 0; // the free list: every free entry points at object 0
        x.entries.push_back(e);
    }
    const std::size_t trailer = xref.find("trailer", pos);
    if (trailer == std::string_view::npos) unexpected("has no trailer");
    const std::string_view dict = xref.substr(trailer, xref.find(">>", trailer) - trailer);
    x.root = trailer_reference(dict, "/Root");
    x.info = trailer_reference(dict, "/Info");
    if (x.root.empty()) unexpected("has no /Root");
    return x;
}

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

std::string deflate(libdeflate_compressor* c, std::string_view data) {
    std::string out(libdeflate_zlib_compress_bound(c, data.size()), '\0');
    const std::size_t size =
        libdeflate_zlib_compress(c, data.data(), data.size(), out.data(), out.size());
    if (size == 0) throw OutputError("PDF output failed: libdeflate could not compress");
    out.resize(size);
    return out;
}

std::string hex(const unsigned char* bytes, std::size_t n) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += kDigits[bytes[i] >> 4];
        out += kDigits[bytes[i] & 0xF];
    }
    return out;
}

} // namespace

ObjectStreams pack_objects(const std::vector<std::string>& objects, unsigned first) {
    ObjectStreams packed;
    packed.first = first;
    packed.count = objects.size();
    std::size_t total = 0;
    for (const auto& o : objects)
        total += o.size();
    // A few hundred KB (a report to email) is worth libdeflate's level 6; a long report's
    // structure goes at the fastest level, like its pages.
    std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
        libdeflate_alloc_compressor(total < (1u << 20) ? 6 : 1));
    if (!compressor) throw OutputError("PDF output failed: libdeflate could not start");
    std::string body;
    for (std::size_t begin = 0; begin < objects.size(); begin += kObjectsPerStream) {
        const std::size_t end = std::min(objects.size(), begin + kObjectsPerStream);
        ObjectStreams::Stream stream;
        stream.objects = end - begin;
        body.clear();
        for (std::size_t i = begin; i < end; ++i) {
            stream.header += std::to_string(first + i) + ' ' + std::to_string(body.size()) + ' ';
            body += objects[i];
            body += '\n';
        }
        stream.data = deflate(compressor.get(), stream.header + body);
        packed.streams.push_back(std::move(stream));
    }
    return packed;
}

struct ContentDigest::State {
    HPDF_MD5_CTX md5;
};

ContentDigest::ContentDigest() : state_(std::make_shared<State>()) {
    HPDF_MD5Init(&state_->md5);
}

void ContentDigest::update(const unsigned char* bytes, std::size_t size) {
    while (size > 0) {
        const auto n = static_cast<HPDF_UINT32>(std::min<std::size_t>(size, 1u << 30));
        HPDF_MD5Update(&state_->md5, bytes, n);
        bytes += n;
        size -= n;
    }
}

std::string ContentDigest::hex_string() {
    HPDF_MD5_CTX copy = state_->md5;
    unsigned char digest[16];
    HPDF_MD5Final(digest, &copy);
    return "<" + hex(digest, sizeof digest) + ">";
}

std::size_t xref_start(std::string_view end) {
    std::size_t pos = find_last(end, "startxref") + 9;
    return static_cast<std::size_t>(parse_digits(end, pos));
}

std::string finished_tail(std::string_view xref, std::size_t xref_offset,
                          const ObjectStreams& packed, ContentDigest& digest) {
    ClassicXref x = read_classic_xref(xref);
    if (x.entries.size() != packed.first)
        unexpected("has " + std::to_string(x.entries.size()) + " objects where " +
                   std::to_string(packed.first) + " were expected");

    std::string out;
    std::vector<XrefEntry> entries = std::move(x.entries);
    entries.resize(packed.first + packed.count + packed.streams.size() + 1);
    std::size_t next = packed.first;
    for (std::size_t s = 0; s < packed.streams.size(); ++s) {
        const auto& stream = packed.streams[s];
        const auto number = static_cast<unsigned>(packed.first + packed.count + s);
        for (std::size_t i = 0; i < stream.objects; ++i)
            entries[next++] = {2, number, static_cast<unsigned>(i)};
        entries[number] = {1, xref_offset + out.size(), 0};
        out += std::to_string(number) + " 0 obj\n<</Type/ObjStm/N " +
               std::to_string(stream.objects) + "/First " + std::to_string(stream.header.size()) +
               "/Filter/FlateDecode/Length " + std::to_string(stream.data.size()) + ">>\nstream\n";
        out += stream.data;
        out += "\nendstream\nendobj\n";
    }

    // The document's ID: the MD5 of everything before the cross-reference stream.
    digest.update(reinterpret_cast<const unsigned char*>(out.data()), out.size());
    const std::string id = digest.hex_string();

    const auto xref_number = static_cast<unsigned>(entries.size() - 1);
    const std::size_t stream_offset = xref_offset + out.size();
    if (stream_offset > 0xFFFFFFFFu) throw OutputError("PDF output failed: the file exceeds 4 GB");
    entries.back() = {1, stream_offset, 0};
    entries.front().field3 = 0xFFFF; // object 0: free, generation 65535
    std::string table;
    table.reserve(entries.size() * 7);
    for (const XrefEntry& e : entries) {
        table += static_cast<char>(e.type);
        for (int shift = 24; shift >= 0; shift -= 8)
            table += static_cast<char>((e.field2 >> shift) & 0xFF);
        table += static_cast<char>((e.field3 >> 8) & 0xFF);
        table += static_cast<char>(e.field3 & 0xFF);
    }
    std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
        libdeflate_alloc_compressor(6));
    if (!compressor) throw OutputError("PDF output failed: libdeflate could not start");
    const std::string data = deflate(compressor.get(), table);
    out += std::to_string(xref_number) + " 0 obj\n<</Type/XRef/Size " +
           std::to_string(entries.size()) + "/W[1 4 2]/Root " + x.root +
           (x.info.empty() ? "" : "/Info " + x.info) + "/ID[" + id + id +
           "]/Filter/FlateDecode/Length " + std::to_string(data.size()) + ">>\nstream\n";
    out += data;
    out += "\nendstream\nendobj\nstartxref\n" + std::to_string(stream_offset) + "\n%%EOF\n";
    return out;
}

} // namespace bp::render::pdf
