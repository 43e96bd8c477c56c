#include "web/contrast.hpp"

#include "core/number_text.hpp"

#include <cmath>

namespace bp::web {

namespace {

double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Color c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

const Color kWhite{1, 1, 1};

bool is_large(const model::TextStyle& s) {
    return s.size >= 18 || (s.bold && s.size >= 14);
}

} // namespace

double contrast_ratio(Color a, Color b) {
    double la = luminance(a), lb = luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

std::vector<ColorPair> web_color_pairs(const model::Theme& theme) {
    std::vector<ColorPair> pairs;
    for (const char* name : {"body", "h1", "h2", "h3", "small", "note", "table"}) {
        const auto& s = theme.style(name);
        pairs.push_back({std::string("style.") + name + " on white", s.color, kWhite, is_large(s)});
    }
    const Color zebra = theme.color("zebra", Color{0.93, 0.95, 0.97});
    pairs.push_back({"style.table on colors.zebra", theme.style("table").color, zebra, false});
    pairs.push_back(
        {"colors.link on white", theme.color("link", theme.style("body").color), kWhite, false});
    pairs.push_back({"style.table-header on colors.table-header", theme.style("table-header").color,
                     theme.color("table-header", Color{0.12, 0.22, 0.39}), false});
    pairs.push_back({"style.button on colors.button", theme.style("button").color,
                     theme.color("button", Color{0.18, 0.46, 0.71}), false});
    return pairs;
}

std::vector<Diagnostic> contrast_warnings(const model::Theme& theme) {
    std::vector<Diagnostic> out;
    for (const auto& p : web_color_pairs(theme)) {
        const double ratio = contrast_ratio(p.text, p.background);
        const double needed = p.large ? 3.0 : 4.5;
        if (ratio + 1e-9 < needed)
            out.push_back({theme.pos, Severity::Warning,
                           "web edition: " + p.name + " (" + p.text.to_hex() + " on " +
                               p.background.to_hex() + ") has contrast " + fixed(ratio, 2) +
                               ":1, below WCAG AA's " + fixed(needed, 1) + ":1"});
    }
    return out;
}

} // namespace bp::web
