#include "graphics/text_style.hpp"

#include "text/glyph_substitute.hpp"

#include "core/utf8.hpp"

#include <stdexcept>

namespace bp::graphics {

namespace {

const text::FontMetrics& metrics_of(const TextStyle& style) {
    if (style.metrics == nullptr)
        throw std::invalid_argument("graphics: a text style has no font metrics");
    return *style.metrics;
}

bool is_word_space(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}

// Produces the words of a text separated by runs of ASCII whitespace, one at a time.
class Words {
public:
    explicit Words(std::string_view text) : text_(text) {}

    // The next word; empty when there are no more.
    std::string_view next() {
        while (pos_ < text_.size() && is_word_space(text_[pos_]))
            ++pos_;
        const std::size_t start = pos_;
        while (pos_ < text_.size() && !is_word_space(text_[pos_]))
            ++pos_;
        return text_.substr(start, pos_ - start);
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

// Shortens `text` in place as fit_text does.
void fit_in_place(const TextStyle& style, std::string& text, double width) {
    if (text_width(style, text) <= width) return;
    const text::FontMetrics& metrics = metrics_of(style);
    const std::string_view ellipsis = metrics.has_glyph(U'\u2026') ? "\u2026" : "...";
    double room = width - text_width(style, ellipsis);
    if (room < 0) {
        text.clear();
        return;
    }
    // Longest prefix (whole code points) that fits, without trailing spaces. Advances add up,
    // so one walk forward measures every prefix.
    const std::string_view all = text;
    std::size_t pos = 0, best = 0;
    double used = 0;
    while (pos < all.size()) {
        std::size_t next = pos;
        used += metrics.advance(next_code_point(all, next)) * style.size / 1000.0;
        if (used > room) break;
        pos = next;
        best = pos;
    }
    while (best > 0 && text[best - 1] == ' ')
        --best;
    text.resize(best);
    text += ellipsis;
    text.shrink_to_fit(); // a short text kept in a page must not keep a huge one's memory
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
    // Drawn as the same substitute in the PDF and the previews (see glyph_substitute.hpp).
    text::substitute_missing_glyphs(run.text, metrics_of(style));
    return run;
}

std::string_view shown_prefix(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

std::string fit_text(const TextStyle& style, std::string_view text, double width) {
    std::string out(text);
    fit_in_place(style, out, width);
    return out;
}

std::vector<std::string> wrap_text(const TextStyle& style, std::string_view text, double width,
                                   int max_lines) {
    std::vector<std::string> lines;
    if (max_lines < 1) return lines;
    Words words(text);
    std::string_view word = words.next();
    while (!word.empty()) {
        // Greedy: add words while the line fits; the last allowed line takes everything left.
        const bool last = static_cast<int>(lines.size()) == max_lines - 1;
        std::string line(word);
        for (word = words.next(); !word.empty(); word = words.next()) {
            const std::size_t before = line.size();
            line += ' ';
            line += word;
            if (!last && text_width(style, line) > width) {
                line.resize(before);
                break;
            }
        }
        fit_in_place(style, line, width);
        if (line.empty()) return lines;
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace bp::graphics
