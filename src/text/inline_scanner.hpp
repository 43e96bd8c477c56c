// Splits styled inline text into words and hard breaks, collapsing whitespace across spans.
#pragma once

#include "text/line_breaker.hpp"

#include <cstdint>
#include <memory_resource>
#include <vector>

namespace bp::text {

// One character of a word: its code point, where its bytes are and its advance.
struct WordChar {
    char32_t cp = 0;
    int span = 0;
    std::uint32_t begin = 0; // byte offset in the span's text
    std::uint32_t length = 0;
    std::int32_t units = 0; // advance in 1/1000 em
};

// Produces the characters between two break opportunities at spaces (a word may run across
// spans, e.g. "<b>bold</b>face"), with the collapsed space before it, if any. Its characters
// live in `memory` (e.g. a caller's stack buffer).
struct Word {
    explicit Word(std::pmr::memory_resource* memory) : chars(memory) {}

    std::pmr::vector<WordChar> chars;
    bool space_before = false;
    int space_span = -1; // the span of the first whitespace character of the collapsed run
};

enum class Token { Word, HardBreak, End };

// Produces words and hard breaks (U+2028, U+2029) from spans, in order. Runs of space, tab,
// CR, LF, VT and FF become one space; other control characters are dropped (they have no
// glyph to draw). Throws std::invalid_argument for a span with text but no font.
class InlineScanner {
public:
    explicit InlineScanner(const std::vector<Span>& spans);

    // The next token; for Token::Word, `word` holds it (its buffer is reused).
    Token next(Word& word);

private:
    const std::vector<Span>& spans_;
    std::size_t span_ = 0;
    std::size_t pos_ = 0;
    bool space_pending_ = false;
    int space_span_ = -1;
    bool break_pending_ = false;
};

// Whether a line may break after word.chars[i]: a hyphen or en dash inside the word, after a
// non-dash and before more of the word (not a dash; for a hyphen, not a digit).
bool can_break_after(const Word& word, std::size_t i);

} // namespace bp::text
