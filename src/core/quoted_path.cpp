#include "core/quoted_path.hpp"

namespace bp {

std::string printable_path(std::string_view path) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(path.size());
    for (char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c != 0x7F && c != '\\') {
            out += ch;
            continue;
        }
        out += '\\';
        switch (c) {
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        case '\\':
            out += '\\';
            break;
        default:
            out += 'x';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

} // namespace bp
