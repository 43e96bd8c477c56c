#include "app/diagnostics_json.hpp"

#include "core/utf8.hpp"

#include <charconv>

namespace bp::app {

std::string json_string(std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x80) { // a UTF-8 sequence: kept as it is when valid
            const std::size_t start = i;
            const char32_t cp = next_code_point(text, i);
            if (cp == U'\uFFFD' && text.substr(start, i - start) != "\xEF\xBF\xBD")
                append_utf8(out, U'\uFFFD');
            else
                out.append(text.substr(start, i - start));
            continue;
        }
        ++i;
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20 || byte == 0x7f) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xf];
            } else {
                out += static_cast<char>(byte);
            }
        }
    }
    out += '"';
    return out;
}

namespace {
std::string integer(int value) {
    char buf[16];
    auto res = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, res.ptr);
}
} // namespace

std::string diagnostic_json(const Diagnostic& d) {
    return "{\"file\":" + json_string(d.pos.file) + ",\"line\":" + integer(d.pos.line) +
           ",\"column\":" + integer(d.pos.col) +
           ",\"severity\":" + (d.severity == Severity::Error ? "\"error\"" : "\"warning\"") +
           ",\"message\":" + json_string(d.message) + "}";
}

} // namespace bp::app
