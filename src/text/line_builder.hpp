// Assembles measured lines from runs of word characters.
#pragma once

#include "text/inline_scanner.hpp"
#include "text/line_breaker.hpp"

#include <cstdint>
#include <vector>

namespace bp::text {

// Produces Lines: merges consecutive characters of one span (and the spaces between them)
// into one Fragment, and turns spaces at span changes into gaps between fragments. Widths are
// kept as "scaled" sums (1/1000 em × size) and divided by 1000 once, so a line in one style has
// exactly the width FontMetrics::width gives for its text (for sizes such as 9, 10.5 or 16
// whose products with integers are exact in binary).
class LineBuilder {
public:
    explicit LineBuilder(const std::vector<Span>& spans);

    bool empty() const { return line_.fragments.empty(); }
    // The current line's width, scaled (points × 1000).
    double scaled_width() const;
    // The scaled width of the collapsed space belonging to `span`.
    double space_scaled(int span) const { return space_units(span) * spans_[span].size; }
    double char_scaled(const WordChar& c) const { return c.units * spans_[c.span].size; }

    // Appends word.chars[begin, end), preceded by the word's space if `space` (ignored at the
    // start of a line).
    void add(const Word& word, std::size_t begin, std::size_t end, bool space);
    // Ends the line; `at_space`: it wraps at a word space (its last fragment gets space_after).
    void end_line(bool ends_paragraph, bool at_space = false);
    // All lines; at least one, and the last one ends the paragraph.
    std::vector<Line> finish();

private:
    std::int32_t space_units(int span) const {
        const FontMetrics* font = spans_[span].font;
        return font ? font->advance(' ') : 0;
    }
    void append_run(int span, std::uint32_t from, std::uint32_t to, std::int64_t units, bool space,
                    int space_span);
    // Copies the open fragment's pending bytes into its text.
    void flush_text();
    void close_fragment();

    const std::vector<Span>& spans_;
    std::vector<Line> lines_;
    Line line_;
    bool open_ = false;               // the last fragment may still grow
    std::int64_t fragment_units_ = 0; // of the open fragment
    double closed_ = 0;               // scaled width of the line before the open fragment
    // The open fragment's text not yet copied: bytes [from_, to_) of its span's text, which
    // continue the fragment's text exactly (copied in one piece when the fragment closes).
    std::uint32_t from_ = 0;
    std::uint32_t to_ = 0;
};

} // namespace bp::text
