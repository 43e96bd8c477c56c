#include "render/pdf/pdf_syntax.hpp"

#include "core/utf8.hpp"

#include <algorithm>

namespace bp::render::pdf {

namespace {

void append_hex16(std::string& out, unsigned unit) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += kDigits[(unit >> shift) & 0xF];
}

} // namespace

std::string text_string(std::string_view utf8) {
    const bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F;
    });
    std::string out;
    if (ascii) {
        out.reserve(utf8.size() + 2);
        out += '(';
        for (char c : utf8) {
            if (c == '(' || c == ')' || c == '\\') out += '\\';
            out += c;
        }
        out += ')';
        return out;
    }
    out = "<FEFF";
    for (std::size_t pos = 0; pos < utf8.size();) {
        const char32_t cp = next_code_point(utf8, pos);
        if (cp > 0xFFFF) { // a surrogate pair
            const char32_t v = cp - 0x10000;
            append_hex16(out, 0xD800 + (v >> 10));
            append_hex16(out, 0xDC00 + (v & 0x3FF));
        } else {
            append_hex16(out, cp);
        }
    }
    out += '>';
    return out;
}

std::string reference(unsigned object) {
    return std::to_string(object) + " 0 R";
}

} // namespace bp::render::pdf
