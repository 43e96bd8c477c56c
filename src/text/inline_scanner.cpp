#include "text/inline_scanner.hpp"

#include "core/utf8.hpp"

#include <stdexcept>
#include <string>
#include <string_view>

namespace bp::text {

namespace {

bool is_space(char32_t cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
}
bool is_hard_break(char32_t cp) {
    return cp == 0x2028 || cp == 0x2029;
}
bool is_control(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
}
bool is_dash(char32_t cp) {
    return cp == '-' || cp == 0x2013;
}

} // namespace

InlineScanner::InlineScanner(const std::vector<Span>& spans) : spans_(spans) {
    for (std::size_t i = 0; i < spans.size(); ++i)
        if (!spans[i].font && !spans[i].text.empty())
            throw std::invalid_argument("break_lines: span " + std::to_string(i) +
                                        " has text but no font");
}

Token InlineScanner::next(Word& word) {
    word.chars.clear();
    word.space_before = false;
    word.space_span = -1;
    if (break_pending_) {
        break_pending_ = false;
        return Token::HardBreak;
    }
    for (; span_ < spans_.size(); ++span_, pos_ = 0) {
        const Span& span = spans_[span_];
        const std::string_view text = span.text;
        const int index = static_cast<int>(span_);
        while (pos_ < text.size()) {
            const std::size_t start = pos_;
            const auto byte = static_cast<unsigned char>(text[pos_]);
            char32_t cp = byte;
            if (byte < 0x80)
                ++pos_;
            else
                cp = next_code_point(text, pos_);

            if (is_space(cp)) {
                if (!space_pending_) {
                    space_pending_ = true;
                    space_span_ = index;
                }
                if (!word.chars.empty()) return Token::Word;
                continue;
            }
            if (is_hard_break(cp)) {
                space_pending_ = false; // spaces before a break end a line: dropped
                if (word.chars.empty()) return Token::HardBreak;
                break_pending_ = true;
                return Token::Word;
            }
            if (is_control(cp)) continue;
            if (word.chars.empty()) {
                word.space_before = space_pending_;
                word.space_span = space_span_;
                space_pending_ = false;
            }
            word.chars.push_back(WordChar{cp, index, static_cast<std::uint32_t>(start),
                                          static_cast<std::uint32_t>(pos_ - start),
                                          span.font->advance(cp)});
        }
    }
    return word.chars.empty() ? Token::End : Token::Word;
}

bool can_break_after(const Word& word, std::size_t i) {
    const auto& c = word.chars;
    if (i == 0 || i + 1 >= c.size() || !is_dash(c[i].cp) || is_dash(c[i - 1].cp)) return false;
    const char32_t next = c[i + 1].cp;
    if (is_dash(next)) return false;
    return !(c[i].cp == '-' && next >= '0' && next <= '9');
}

} // namespace bp::text
