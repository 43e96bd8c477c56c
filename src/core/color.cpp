#include "core/color.hpp"

#include <cmath>

namespace bp {

namespace {
int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
} // namespace

std::optional<Color> Color::from_hex(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    double comp[3];
    for (int i = 0; i < 3; ++i) {
        int hi = hex_digit(text[1 + 2 * i]);
        int lo = hex_digit(text[2 + 2 * i]);
        if (hi < 0 || lo < 0) return std::nullopt;
        comp[i] = (hi * 16 + lo) / 255.0;
    }
    return Color{comp[0], comp[1], comp[2]};
}

std::string Color::to_hex() const {
    static const char digits[] = "0123456789abcdef";
    std::string out = "#";
    for (double c : {r, g, b}) {
        int v = static_cast<int>(std::lround(c * 255.0));
        v = v < 0 ? 0 : (v > 255 ? 255 : v);
        out += digits[v / 16];
        out += digits[v % 16];
    }
    return out;
}

} // namespace bp
