// Breaks styled inline text into lines that fit a width: greedy, at spaces (and after hyphens),
// words longer than a line are broken between characters. Whitespace is collapsed: runs of
// spaces, tabs and newlines become one space; spaces at line starts and ends are dropped.
#pragma once

#include "text/font_metrics.hpp"

#include <string>
#include <vector>

namespace bp::text {

// A piece of inline text in one style. `tag` is the caller's (e.g. which link it belongs to).
struct Span {
    std::string text; // UTF-8
    const FontMetrics* font = nullptr;
    double size = 10;
    int tag = -1;
};

// A measured piece of one line: the text of span `span` from its own x offset in the line.
// The text never starts or ends with a space; spaces inside it are single ' '. Where a space
// falls between two fragments it is a gap (next.x − (x + width)) as wide as a space in the
// style of the span the whitespace came from. `width` == font->width(text, size).
// `space_after` is true where a word space follows the fragment: such a gap, or the end of a
// line that wraps at a space (not after a hyphen or inside a word). Renderers write it into
// the text layer, so that words never run together where a style changes or a line wraps.
struct Fragment {
    int span = 0;
    std::string text;
    double x = 0;
    double width = 0;
    bool space_after = false;
};

// Produces one line: its fragments in order and its total width (without trailing space).
struct Line {
    std::vector<Fragment> fragments;
    double width = 0;
    bool ends_paragraph = false; // true for the last line, or before a hard break ('\u2028')
};

// Lays `spans` out into lines of at most `width` points (a line exceeds it only if its single
// character does). A span text may contain U+2028 (or U+2029) to force a break; two in a row
// give an empty line, one at the very end none. Control characters other than whitespace are
// dropped. Returns at least one line (empty if there is no text). O(text length). Throws
// std::invalid_argument if a span has text but no font.
std::vector<Line> break_lines(const std::vector<Span>& spans, double width);

} // namespace bp::text
