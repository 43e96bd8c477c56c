#include "text/line_breaker.hpp"

#include "text/inline_scanner.hpp"
#include "text/line_builder.hpp"

#include <array>
#include <cstddef>
#include <memory_resource>

namespace bp::text {

namespace {

// Slack for comparing widths, in scaled units (1e-9 pt): absorbs the rounding of a caller's
// width computed as FontMetrics::width of the very text that should fit.
constexpr double slack = 1e-6;

// Room for the characters of one word: enough for nearly every word of a report.
constexpr std::size_t typical_word = 24;

// Produces the greedy placement of one word's characters on the builder's lines: whole if it
// fits; else after its last hyphen that fits; else on a new line; and a word wider than a whole
// line broken between characters (at least one per line, so it always ends).
class WordPlacer {
public:
    WordPlacer(LineBuilder& builder, double width, std::pmr::memory_resource* memory)
        : builder_(builder), limit_(width * 1000 + slack), prefix_(memory) {
        prefix_.reserve(typical_word + 1);
    }

    void place(const Word& word) {
        const std::size_t n = word.chars.size();
        prefix_.resize(n + 1);
        prefix_[0] = 0;
        for (std::size_t i = 0; i < n; ++i)
            prefix_[i + 1] = prefix_[i] + builder_.char_scaled(word.chars[i]);

        std::size_t start = 0;
        bool space = word.space_before;
        while (start < n) {
            const bool line_empty = builder_.empty();
            const bool with_space = space && !line_empty;
            const double base = line_empty
                                    ? 0
                                    : builder_.scaled_width() +
                                          (with_space ? builder_.space_scaled(word.space_span) : 0);
            if (base + prefix_[n] - prefix_[start] <= limit_) {
                builder_.add(word, start, n, with_space);
                return;
            }
            // How many characters fit, and the last hyphen break among them.
            std::size_t fit = start;
            std::size_t hyphen = start;
            while (fit < n && base + prefix_[fit + 1] - prefix_[start] <= limit_) {
                if (can_break_after(word, fit)) hyphen = fit + 1;
                ++fit;
            }
            if (hyphen > start) {
                builder_.add(word, start, hyphen, with_space);
            } else if (!line_empty) {
                builder_.end_line(false, space); // try the word on a line of its own
                continue;
            } else {
                hyphen = fit > start ? fit : start + 1;
                builder_.add(word, start, hyphen, false);
            }
            builder_.end_line(false);
            start = hyphen;
            space = false;
        }
    }

private:
    LineBuilder& builder_;
    double limit_;
    std::pmr::vector<double> prefix_; // scaled width of word.chars[0, i)
};

} // namespace

std::vector<Line> break_lines(const std::vector<Span>& spans, double width) {
    if (!(width >= 0)) width = 0; // negative or NaN: one character per line
    InlineScanner scanner(spans);
    LineBuilder builder(spans);
    // The buffers reused from word to word live on the stack unless a word is very long.
    constexpr std::size_t scratch_bytes =
        typical_word * sizeof(WordChar) + (typical_word + 1) * sizeof(double) + 64;
    alignas(std::max_align_t) std::array<std::byte, scratch_bytes> scratch;
    std::pmr::monotonic_buffer_resource memory(scratch.data(), scratch.size());
    WordPlacer placer(builder, width, &memory);
    Word word(&memory);
    word.chars.reserve(typical_word);
    for (Token token = scanner.next(word); token != Token::End; token = scanner.next(word)) {
        if (token == Token::HardBreak)
            builder.end_line(true);
        else
            placer.place(word);
    }
    return builder.finish();
}

} // namespace bp::text
