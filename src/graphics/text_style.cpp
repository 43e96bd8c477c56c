#include "graphics/text_style.hpp"

#include "core/utf8.hpp"

#include <stdexcept>

namespace bp::graphics {

namespace {

const text::FontMetrics& metrics_of(const TextStyle& style) {
    if (style.metrics == nullptr)
        throw std::invalid_argument("graphics: a text style has no font metrics");
    return *style.metrics;
}

// Words of `text` separated by runs of ASCII whitespace.
std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'))
            ++i;
        std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n')
            ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

} // namespace

double text_width(const TextStyle& style, std::string_view text) {
    return metrics_of(style).width(text, style.size);
}

double text_ascent(const TextStyle& style) {
    return metrics_of(style).ascent(style.size);
}

double text_descent(const TextStyle& style) {
    return metrics_of(style).descent(style.size);
}

double text_cap_height(const TextStyle& style) {
    return metrics_of(style).cap_height(style.size);
}

double line_height(const TextStyle& style) {
    return (text_ascent(style) + text_descent(style)) * 1.15;
}

PlacedText place_text(const TextStyle& style, std::string text, Point origin) {
    double w = text_width(style, text);
    return PlacedText{std::move(text), origin, w};
}

Rect text_bounds(const TextStyle& style, const PlacedText& text) {
    double a = text_ascent(style);
    return Rect{text.origin.x, text.origin.y - a, text.width, a + text_descent(style)};
}

display::TextRun text_run(const TextStyle& style, const PlacedText& text) {
    display::TextRun run;
    run.origin = text.origin;
    run.font = style.font;
    run.size = style.size;
    run.color = style.color;
    run.text = text.text;
    run.width = text.width;
    return run;
}

std::string fit_text(const TextStyle& style, std::string_view text, double width) {
    if (text_width(style, text) <= width) return std::string(text);
    const std::string ellipsis = metrics_of(style).has_glyph(U'\u2026') ? "\u2026" : "...";
    double room = width - text_width(style, ellipsis);
    if (room < 0) return {};
    // Longest prefix (whole code points) that fits, without trailing spaces. Advances add up,
    // so one walk forward measures every prefix.
    const text::FontMetrics& metrics = metrics_of(style);
    std::size_t pos = 0, best = 0;
    double used = 0;
    while (pos < text.size()) {
        std::size_t next = pos;
        used += metrics.advance(next_code_point(text, next)) * style.size / 1000.0;
        if (used > room) break;
        pos = next;
        best = pos;
    }
    std::string_view head = text.substr(0, best);
    while (!head.empty() && head.back() == ' ')
        head.remove_suffix(1);
    return std::string(head) + ellipsis;
}

std::vector<std::string> wrap_text(const TextStyle& style, std::string_view text, double width,
                                   int max_lines) {
    std::vector<std::string> lines;
    if (max_lines < 1) return lines;
    auto words = split_words(text);
    std::size_t i = 0;
    while (i < words.size()) {
        if (static_cast<int>(lines.size()) == max_lines - 1) {
            // Last allowed line: everything left, shortened if needed.
            std::string rest;
            for (std::size_t k = i; k < words.size(); ++k) {
                if (!rest.empty()) rest += ' ';
                rest += words[k];
            }
            std::string fitted = fit_text(style, rest, width);
            if (!fitted.empty()) lines.push_back(std::move(fitted));
            return lines;
        }
        std::string line(words[i++]);
        while (i < words.size()) {
            std::string candidate = line + ' ' + std::string(words[i]);
            if (text_width(style, candidate) > width) break;
            line = std::move(candidate);
            ++i;
        }
        std::string fitted = fit_text(style, line, width);
        if (fitted.empty()) return lines;
        lines.push_back(std::move(fitted));
    }
    return lines;
}

} // namespace bp::graphics
