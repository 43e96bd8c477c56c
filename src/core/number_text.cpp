#include "core/number_text.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <system_error>

namespace bp {

namespace {

// The digits of |value| rounded half away from zero: integer part and `decimals` fraction digits.
struct Digits {
    std::string integer;
    std::string fraction;
    bool negative = false;
};

Digits round_digits(double value, int decimals) {
    Digits d;
    d.negative = std::signbit(value);
    // The largest finite double has 309 digits before the point in fixed notation.
    char buf[400];
    auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(value), std::chars_format::fixed);
    if (res.ec != std::errc()) throw std::logic_error("number text: to_chars failed");
    std::string text(buf, res.ptr);
    auto dot = text.find('.');
    std::string ip = dot == std::string::npos ? text : text.substr(0, dot);
    std::string fp = dot == std::string::npos ? "" : text.substr(dot + 1);
    bool round_up = static_cast<int>(fp.size()) > decimals && fp[decimals] >= '5';
    fp.resize(decimals, '0');
    std::string all = ip + fp;
    if (round_up) {
        int i = static_cast<int>(all.size()) - 1;
        while (i >= 0 && all[i] == '9')
            all[i--] = '0';
        if (i < 0)
            all.insert(all.begin(), '1');
        else
            ++all[i];
    }
    d.integer = all.substr(0, all.size() - decimals);
    d.fraction = all.substr(all.size() - decimals);
    auto nz = d.integer.find_first_not_of('0');
    d.integer = nz == std::string::npos ? "0" : d.integer.substr(nz);
    if (d.integer == "0" && d.fraction.find_first_not_of('0') == std::string::npos)
        d.negative = false;
    return d;
}

} // namespace

double round_half_away(double value, int decimals) {
    if (!std::isfinite(value)) return value;
    Digits d = round_digits(value, decimals);
    std::string text = d.integer + (decimals > 0 ? "." + d.fraction : "");
    double out = 0;
    auto res =
        std::from_chars(text.data(), text.data() + text.size(), out, std::chars_format::fixed);
    if (res.ec != std::errc() || res.ptr != text.data() + text.size())
        throw std::logic_error("number text: cannot read back \"" + text + "\"");
    return d.negative ? -out : out;
}

std::string format_number(double value, const NumberStyle& style) {
    if (!std::isfinite(value)) return "n/a";
    Digits d = round_digits(value, style.decimals);
    std::string integer;
    if (style.thousands) {
        int n = static_cast<int>(d.integer.size());
        for (int i = 0; i < n; ++i) {
            if (i > 0 && (n - i) % 3 == 0) integer += ',';
            integer += d.integer[i];
        }
    } else {
        integer = d.integer;
    }
    std::string out;
    bool zero =
        !d.negative && d.integer == "0" && d.fraction.find_first_not_of('0') == std::string::npos;
    if (d.negative)
        out = style.unicode_minus ? "\u2212" : "-";
    else if (style.explicit_sign && !zero)
        out = "+";
    out += integer;
    if (style.decimals > 0) out += "." + d.fraction;
    return out;
}

std::string fixed(double value, int decimals) {
    NumberStyle style;
    style.decimals = decimals;
    style.thousands = false;
    style.unicode_minus = false;
    return format_number(value, style);
}

} // namespace bp
