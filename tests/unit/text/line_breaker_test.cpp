// break_lines: greedy breaking of styled spans, checked against FontMetrics measurements.
#include "text/line_breaker.hpp"

#include "test_fonts.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace tt = boost::test_tools;
using bp::text::break_lines;
using bp::text::FontMetrics;
using bp::text::Line;
using bp::text::Span;
using bp::text::test::liberation;

namespace {

const FontMetrics& regular() {
    return liberation("Regular");
}
const FontMetrics& bold() {
    return liberation("Bold");
}
const FontMetrics& italic() {
    return liberation("Italic");
}

Span span(std::string text, const FontMetrics& font = regular(), double size = 10) {
    return Span{std::move(text), &font, size, -1};
}

// The text of a line as a reader sees it: fragments, with one space where there is a gap.
std::string line_text(const Line& line) {
    std::string out;
    double end = 0;
    for (const auto& f : line.fragments) {
        if (!out.empty() && f.x > end + 1e-9) out += ' ';
        out += f.text;
        end = f.x + f.width;
    }
    return out;
}

std::vector<std::string> texts(const std::vector<Line>& lines) {
    std::vector<std::string> out;
    for (const Line& line : lines)
        out.push_back(line_text(line));
    return out;
}

std::vector<std::string> words_of(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

// The greedy result computed independently: whole words, measured with FontMetrics::width.
std::vector<std::string> reference_lines(const std::string& text, const FontMetrics& font,
                                         double size, double width) {
    std::vector<std::string> lines;
    std::string line;
    for (const std::string& word : words_of(text)) {
        std::string candidate = line.empty() ? word : line + " " + word;
        if (line.empty() || font.width(candidate, size) <= width) {
            line = candidate;
        } else {
            lines.push_back(line);
            line = word;
        }
    }
    lines.push_back(line);
    return lines;
}

const std::string sentence =
    "The board approved the revised capital plan after a long discussion of liquidity, "
    "covenant headroom and the timing of the second tranche of the refinancing.";

} // namespace

BOOST_AUTO_TEST_CASE(breaks_a_known_sentence_where_greedy_measurement_says) {
    const double size = 10.5;
    // The width of the first five words exactly: they fit, the sixth does not.
    const double width = regular().width("The board approved the revised", size);
    BOOST_REQUIRE(regular().width("The board approved the revised capital", size) > width);
    auto lines = break_lines({span(sentence, regular(), size)}, width);
    BOOST_TEST(line_text(lines.at(0)) == "The board approved the revised");
    BOOST_TEST(texts(lines) == reference_lines(sentence, regular(), size, width),
               tt::per_element());
    for (const Line& line : lines) {
        BOOST_TEST(line.fragments.size() == 1u);
        BOOST_TEST(line.fragments[0].x == 0.0);
        // Widths add up exactly to the width of the line's text measured in one go.
        BOOST_TEST(line.width == regular().width(line.fragments[0].text, size));
        BOOST_TEST(line.fragments[0].width == line.width);
        BOOST_TEST(line.width <= width);
        BOOST_TEST(line.ends_paragraph == (&line == &lines.back()));
    }
}

BOOST_AUTO_TEST_CASE(every_line_fits_and_no_character_is_lost_at_many_widths) {
    const std::vector<std::string> words = words_of(sentence);
    for (double size : {9.0, 10.5, 16.0}) {
        double widest_word = 0;
        for (const std::string& w : words)
            widest_word = std::max(widest_word, regular().width(w, size));
        for (double width = 20; width < 700; width += 13.7) {
            auto lines = break_lines({span(sentence, regular(), size)}, width);
            BOOST_TEST_CONTEXT("size " << size << " width " << width) {
                // Where every word fits, the lines are the whole-word greedy ones.
                if (width >= widest_word)
                    BOOST_TEST(texts(lines) == reference_lines(sentence, regular(), size, width),
                               tt::per_element());
                std::string all;
                for (const Line& line : lines)
                    all += line_text(line);
                std::string sentence_without_spaces;
                for (const std::string& w : words)
                    sentence_without_spaces += w;
                std::erase(all, ' ');
                BOOST_TEST(all == sentence_without_spaces);
                for (const Line& line : lines) {
                    BOOST_TEST(line.width <= width);
                    BOOST_TEST(!line.fragments.empty());
                    BOOST_TEST(line.width == regular().width(line_text(line), size));
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(mixed_fonts_and_sizes_place_fragments_end_to_end) {
    std::vector<Span> spans = {span("Revenue rose "), span("sharply", bold()),
                               span(" in Q3, while costs "), span("fell", italic(), 10.5),
                               span(" by 2%.")};
    auto lines = break_lines(spans, 1000);
    BOOST_TEST_REQUIRE(lines.size() == 1u);
    const auto& f = lines[0].fragments;
    BOOST_TEST_REQUIRE(f.size() == 5u);
    const std::vector<std::string> expected_texts = {"Revenue rose", "sharply",
                                                     "in Q3, while costs", "fell", "by 2%."};
    const double space = regular().width(" ", 10);
    for (std::size_t i = 0; i < f.size(); ++i) {
        BOOST_TEST(f[i].span == static_cast<int>(i));
        BOOST_TEST(f[i].text == expected_texts[i]);
        BOOST_TEST(f[i].width == spans[i].font->width(f[i].text, spans[i].size));
        // Each gap is one space in the style of the span the space came from (all regular).
        if (i > 0) BOOST_TEST(f[i].x == f[i - 1].x + f[i - 1].width + space, tt::tolerance(1e-12));
    }
    BOOST_TEST(lines[0].width == f[4].x + f[4].width, tt::tolerance(1e-12));

    // Narrower: breaks between words of different spans; every line fits.
    const double width = regular().width("Revenue rose ", 10) + bold().width("sharply", 10);
    auto narrow = break_lines(spans, width);
    BOOST_TEST(line_text(narrow.at(0)) == "Revenue rose sharply");
    BOOST_TEST(narrow.at(1).fragments.at(0).x == 0.0);
    for (const Line& line : narrow)
        BOOST_TEST(line.width <= width + 1e-9);
}

BOOST_AUTO_TEST_CASE(a_word_across_spans_is_not_broken_at_the_span_boundary) {
    // "pre" + bold "fix" is one word: it moves to the next line as a whole.
    std::vector<Span> spans = {span("aaaa pre"), span("fix", bold())};
    const double width = regular().width("aaaa pre", 10);
    auto lines = break_lines(spans, width);
    BOOST_TEST(texts(lines) == (std::vector<std::string>{"aaaa", "prefix"}), tt::per_element());
    BOOST_TEST_REQUIRE(lines[1].fragments.size() == 2u);
    BOOST_TEST(lines[1].fragments[1].x == regular().width("pre", 10));
}

BOOST_AUTO_TEST_CASE(collapses_whitespace_across_spans) {
    auto lines = break_lines({span("  Hello \t\n  "), span("\r\n world  ", bold())}, 500);
    BOOST_TEST_REQUIRE(lines.size() == 1u);
    const auto& f = lines[0].fragments;
    BOOST_TEST_REQUIRE(f.size() == 2u);
    BOOST_TEST(f[0].text == "Hello");
    BOOST_TEST(f[0].x == 0.0);
    BOOST_TEST(f[1].text == "world");
    // The collapsed space is the first whitespace character's: span 0, regular.
    BOOST_TEST(f[1].x == regular().width("Hello ", 10));
    BOOST_TEST(lines[0].width ==
               (regular().width("Hello ", 10) * 1000 + bold().width("world", 10) * 1000) / 1000);

    auto single = break_lines({span("a \t\r\n b\t\tc")}, 500);
    BOOST_TEST(single.at(0).fragments.at(0).text == "a b c");
    BOOST_TEST(single[0].width == regular().width("a b c", 10));
}

BOOST_AUTO_TEST_CASE(a_huge_word_at_a_narrow_width_is_split_between_characters) {
    std::string word;
    while (word.size() < 30000)
        word += "abcdefghijklmnopqrstuvwxyz0123456789";
    word.resize(30000);
    const double width = 40;
    auto lines = break_lines({span(word)}, width);
    std::string joined;
    for (const Line& line : lines) {
        BOOST_TEST_REQUIRE(line.fragments.size() == 1u);
        BOOST_TEST(!line.fragments[0].text.empty());
        BOOST_TEST(line.width <= width);
        BOOST_TEST(line.width == regular().width(line.fragments[0].text, 10));
        joined += line.fragments[0].text;
    }
    BOOST_TEST(joined == word);
    // Each line is as full as it can be: one more character would not fit.
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string& text = lines[i].fragments[0].text;
        const char next = lines[i + 1].fragments[0].text[0];
        BOOST_TEST(regular().width(text + next, 10) > width);
    }
}

BOOST_AUTO_TEST_CASE(a_character_wider_than_the_line_still_makes_progress) {
    auto lines = break_lines({span("WWW", regular(), 16)}, 1);
    BOOST_TEST(texts(lines) == (std::vector<std::string>{"W", "W", "W"}), tt::per_element());
    auto negative = break_lines({span("ab")}, -5);
    BOOST_TEST(negative.size() == 2u);
}

BOOST_AUTO_TEST_CASE(breaks_after_a_hyphen_when_the_word_does_not_fit) {
    const std::string text = "The state-of-the-art model";
    const double width = regular().width("The state-of-", 10);
    BOOST_REQUIRE(regular().width("the-art model", 10) > width);
    auto lines = break_lines({span(text)}, width);
    BOOST_TEST(texts(lines) == (std::vector<std::string>{"The state-of-", "the-art", "model"}),
               tt::per_element());
    // A hyphen before a digit is a minus sign or a range, not a break.
    auto numbers = break_lines({span("aa x-1")}, regular().width("aa x-", 10));
    BOOST_TEST(texts(numbers) == (std::vector<std::string>{"aa", "x-1"}), tt::per_element());
    // An en dash breaks too.
    auto dash = break_lines({span("2019–2024")}, regular().width("2019–", 10));
    BOOST_TEST(texts(dash) == (std::vector<std::string>{"2019–", "2024"}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(line_separator_forces_a_break) {
    auto lines = break_lines({span("First line  \u2028  second"), span(" line", bold())}, 500);
    BOOST_TEST(texts(lines) == (std::vector<std::string>{"First line", "second line"}),
               tt::per_element());
    BOOST_TEST(lines[0].ends_paragraph);
    BOOST_TEST(lines[1].ends_paragraph);
    BOOST_TEST(lines[0].width == regular().width("First line", 10));

    auto blank = break_lines({span("a\u2028\u2028b")}, 500);
    BOOST_TEST(texts(blank) == (std::vector<std::string>{"a", "", "b"}), tt::per_element());
    // A trailing separator adds no empty line.
    BOOST_TEST(break_lines({span("a\u2028")}, 500).size() == 1u);
}

BOOST_AUTO_TEST_CASE(empty_input_gives_one_empty_line) {
    for (const auto& spans : {std::vector<Span>{}, std::vector<Span>{span("")},
                              std::vector<Span>{span(" \t\n "), span("  ", bold())}}) {
        auto lines = break_lines(spans, 100);
        BOOST_TEST_REQUIRE(lines.size() == 1u);
        BOOST_TEST(lines[0].fragments.empty());
        BOOST_TEST(lines[0].width == 0.0);
        BOOST_TEST(lines[0].ends_paragraph);
    }
}

BOOST_AUTO_TEST_CASE(control_characters_are_dropped_and_a_span_needs_a_font) {
    auto lines = break_lines({span("a\x01"
                                   "b")},
                             100);
    BOOST_TEST(lines.at(0).fragments.at(0).text == "ab");
    BOOST_CHECK_THROW(break_lines({Span{"text", nullptr, 10, -1}}, 100), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(fragment_text_is_exact_whatever_whitespace_and_controls_lie_between_words) {
    // Single spaces, runs of spaces, tabs, newlines and dropped control characters between and
    // inside words of one span: the fragment reads with single spaces and measures as such.
    const std::string text = "Quarterly revenue  grew\tby eight\npercent over the pre\x01vious "
                             "quarter, \x02while costs fell";
    const std::string clean = "Quarterly revenue grew by eight percent over the previous "
                              "quarter, while costs fell";
    auto lines = break_lines({span(text)}, 2000);
    BOOST_TEST_REQUIRE(lines.size() == 1u);
    BOOST_TEST_REQUIRE(lines[0].fragments.size() == 1u);
    BOOST_TEST(lines[0].fragments[0].text == clean);
    BOOST_TEST(lines[0].width == regular().width(clean, 10));
    // Broken into lines: the same words in the same order, every line measured exactly.
    for (double width : {60.0, 95.5, 140.0}) {
        auto narrow = break_lines({span(text)}, width);
        std::string joined;
        for (const Line& line : narrow) {
            BOOST_TEST(line.width == regular().width(line_text(line), 10));
            joined += (joined.empty() ? "" : " ") + line_text(line);
        }
        BOOST_TEST(joined == clean);
    }
}

BOOST_AUTO_TEST_CASE(words_longer_than_the_usual_buffer_are_measured_whole) {
    // Words of 45 and 60 characters among short ones, at widths where they fit and where they
    // must be broken between characters.
    const std::string longest(60, 'x');
    const std::string text = "a pneumonoultramicroscopicsilicovolcanoconiosis b " + longest + " c";
    auto wide = break_lines({span(text)}, 2000);
    BOOST_TEST(texts(wide) == std::vector<std::string>{text}, tt::per_element());
    BOOST_TEST(wide[0].width == regular().width(text, 10));
    auto narrow = break_lines({span(text)}, 100);
    std::string all;
    for (const Line& line : narrow) {
        BOOST_TEST(line.width <= 100);
        all += line_text(line);
    }
    std::string without_spaces = text;
    std::erase(without_spaces, ' ');
    std::erase(all, ' ');
    BOOST_TEST(all == without_spaces);
}

namespace {

// The text layer's reading of lines: each fragment's text, a space where `space_after` says,
// lines one after the other with nothing added between them.
std::string text_layer(const std::vector<Line>& lines) {
    std::string out;
    for (const Line& line : lines)
        for (const auto& f : line.fragments)
            out += f.text + (f.space_after ? " " : "");
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_space_at_a_change_of_style_is_kept_for_the_text_layer) {
    // "fell to <b>98</b> in" and "the <b>Mental Health</b> Act": the spaces are gaps between
    // fragments; each fragment before one says so, and no other does.
    auto lines = break_lines({span("fell to "), span("98", bold()), span(" in")}, 500);
    BOOST_TEST_REQUIRE(lines.size() == 1u);
    BOOST_TEST_REQUIRE(lines[0].fragments.size() == 3u);
    BOOST_TEST(lines[0].fragments[0].space_after);
    BOOST_TEST(lines[0].fragments[1].space_after);
    BOOST_TEST(!lines[0].fragments[2].space_after);
    BOOST_TEST(text_layer(lines) == "fell to 98 in");
    // No space where the page shows none: a word across two styles stays one word.
    auto word = break_lines({span("un"), span("usual", bold()), span(" x")}, 500);
    BOOST_TEST(text_layer(word) == "unusual x");
    BOOST_TEST(!word[0].fragments[0].space_after);
    // What is drawn does not move: the widths and positions are those of the text without it.
    BOOST_TEST(lines[0].fragments[0].width == regular().width("fell to", 10));
    const double gap = lines[0].fragments[1].x - lines[0].fragments[0].width;
    BOOST_TEST(gap == regular().width(" ", 10), tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(a_line_that_wraps_at_a_space_ends_with_one_for_the_text_layer) {
    const double size = 10.5;
    const double width = regular().width("The board approved the revised", size);
    auto lines = break_lines({span(sentence, regular(), size)}, width);
    BOOST_TEST_REQUIRE(lines.size() > 2u);
    for (const Line& line : lines)
        BOOST_TEST(line.fragments.back().space_after == !line.ends_paragraph);
    BOOST_TEST(text_layer(lines) == sentence);
    // A wrap inside a style change: "unless <b>stated</b>" wrapping before the bold word.
    auto styled = break_lines({span("months unless "), span("stated", bold())},
                              regular().width("months unless", 10));
    BOOST_TEST_REQUIRE(styled.size() == 2u);
    BOOST_TEST(text_layer(styled) == "months unless stated");
    // No space after a hyphen break, inside a word broken between characters, or before a
    // hard break (which the text layer reads as a new line).
    auto hyphen =
        break_lines({span("The state-of-the-art model")}, regular().width("The state-of-", 10));
    BOOST_TEST(text_layer(hyphen) == "The state-of-the-art model");
    auto long_word = break_lines({span("abcdefghij")}, regular().width("abc", 10));
    BOOST_TEST(long_word.size() > 2u);
    BOOST_TEST(text_layer(long_word) == "abcdefghij");
    auto hard = break_lines({span("First line \u2028 second")}, 500);
    BOOST_TEST(!hard[0].fragments.back().space_after);
}
