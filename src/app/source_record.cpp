#include "app/source_record.hpp"

#include "core/error.hpp"
#include "core/file_bytes.hpp"
#include "core/markup_escape.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <glib.h>
#include <iterator>
#include <set>

namespace bp::app {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxSourceBytes = 256u << 20; // a font or a data file, generously

fs::path absolute_normal(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::absolute(path, ec);
    return (ec ? fs::path(path) : p).lexically_normal();
}

// The folder of `file`, absolute.
fs::path folder_of(const std::string& file) {
    return absolute_normal(file).parent_path();
}

// The text between the first `open` and the next `close` in `text`, or nullopt.
std::optional<std::string> between(const std::string& text, const std::string& open,
                                   const std::string& close) {
    const std::size_t a = text.find(open);
    if (a == std::string::npos) return std::nullopt;
    const std::size_t b = text.find(close, a + open.size());
    if (b == std::string::npos) return std::nullopt;
    return text.substr(a + open.size(), b - a - open.size());
}

// `text` with the five XML entities the XMP writer uses turned back into characters.
std::string unescaped(std::string text) {
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities) {
        const std::string f = from;
        for (std::size_t at = text.find(f); at != std::string::npos; at = text.find(f, at + 1))
            text.replace(at, f.size(), to);
    }
    return text;
}

// The SHA-256 of the file at `path` in lower-case hex, read in pieces (a data file of 15 MB
// at 4,800 sectors is never held whole while the PDF is made).
std::string sha256_hex_of_file(const std::string& path) {
    GChecksum* sum = g_checksum_new(G_CHECKSUM_SHA256);
    try {
        read_regular_file_in_pieces(path, kMaxSourceBytes, [&](const char* bytes, std::size_t n) {
            g_checksum_update(sum, reinterpret_cast<const guchar*>(bytes), static_cast<gssize>(n));
        });
    } catch (...) {
        g_checksum_free(sum);
        throw;
    }
    std::string out(g_checksum_get_string(sum));
    g_checksum_free(sum);
    return out;
}

} // namespace

std::string sha256_hex(const std::string& bytes) {
    gchar* hex = g_compute_checksum_for_data(
        G_CHECKSUM_SHA256, reinterpret_cast<const guchar*>(bytes.data()), bytes.size());
    std::string out(hex);
    g_free(hex);
    return out;
}

std::vector<std::string> source_lines(const BuildInputs& inputs, const std::string& output,
                                      std::map<std::string, std::string>* digests) {
    const fs::path base = folder_of(output);
    std::vector<std::string> lines;
    std::set<std::string> seen;
    for (const auto& path : inputs.paths) {
        if (path.empty()) continue;
        const std::string relative = absolute_normal(path).lexically_relative(base).string();
        if (!seen.insert(relative).second) continue;
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            lines.push_back("absent " + relative);
            continue;
        }
        std::string digest;
        if (digests && digests->count(path)) {
            digest = digests->at(path);
        } else {
            digest = sha256_hex_of_file(path);
            if (digests) (*digests)[path] = digest;
        }
        lines.push_back(digest + " " + relative);
    }
    return lines;
}

std::optional<std::vector<std::string>> recorded_sources(const std::string& pdf_path) {
    // The XMP packet is written uncompressed (PDF/A asks for it), so its text is in the file.
    const std::string pdf = read_regular_file(pdf_path, std::size_t{2} << 30);
    const auto seq = between(pdf, "<bp:sources><rdf:Seq>", "</rdf:Seq></bp:sources>");
    if (!seq) return std::nullopt;
    std::vector<std::string> lines;
    for (std::size_t at = 0;;) {
        const std::size_t a = seq->find("<rdf:li>", at);
        if (a == std::string::npos) break;
        const std::size_t b = seq->find("</rdf:li>", a);
        if (b == std::string::npos) break;
        lines.push_back(unescaped(seq->substr(a + 8, b - a - 8)));
        at = b;
    }
    return lines;
}

std::optional<std::string> stale_report(const std::string& pdf_path) {
    const auto lines = recorded_sources(pdf_path);
    if (!lines)
        return pdf_path + " carries no record of the inputs it was built from (made by another "
                          "program, or by an older boardpack)";
    const fs::path base = folder_of(pdf_path);
    for (const auto& line : *lines) {
        const std::size_t space = line.find(' ');
        if (space == std::string::npos) continue;
        const std::string digest = line.substr(0, space);
        const fs::path relative = line.substr(space + 1);
        const fs::path path =
            relative.is_absolute() ? relative : (base / relative).lexically_normal();
        std::error_code ec;
        const bool exists = fs::exists(path, ec);
        const std::string shown = fs::relative(path, ec).string();
        const std::string name = shown.empty() ? path.string() : shown;
        if (digest == "absent") {
            if (exists) return name + " has appeared since " + pdf_path + " was built";
            continue;
        }
        if (!exists) return name + " has gone since " + pdf_path + " was built";
        std::string now;
        try {
            now = sha256_hex(read_regular_file(path.string(), kMaxSourceBytes));
        } catch (const std::exception&) {
            return name + " cannot be read to check " + pdf_path;
        }
        if (now != digest) return name + " has changed since " + pdf_path + " was built";
    }
    return std::nullopt;
}

void require_current(const std::string& pdf_path, const SourcePos& where) {
    if (auto why = stale_report(pdf_path))
        throw InputError(where, *why + "; build it again (boardpack build) so that what is sent "
                                       "says what the data says");
}

} // namespace bp::app
