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
    double space_scaled(int span) const { return space_units_[span] * sizes_[span]; }
    double char_scaled(const WordChar& c) const { return c.units * sizes_[c.span]; }

    // Appends word.chars[begin, end), preceded by the word's space if `space` (ignored at the
    // start of a line).
    void add(const Word& word, std::size_t begin, std::size_t end, bool space);
    void end_line(bool ends_paragraph);
    // All lines; at least one, and the last one ends the paragraph.
    std::vector<Line> finish();

private:
    void append_run(int span, std::uint32_t from, std::uint32_t to, std::int64_t units, bool space,
                    int space_span);
    void close_fragment();

    const std::vector<Span>& spans_;
    std::vector<double> sizes_;
    std::vector<std::int32_t> space_units_;
    std::vector<Line> lines_;
    Line line_;
    bool open_ = false;               // the last fragment may still grow
    std::int64_t fragment_units_ = 0; // of the open fragment
    double closed_ = 0;               // scaled width of the line before the open fragment
};

} // namespace bp::text
