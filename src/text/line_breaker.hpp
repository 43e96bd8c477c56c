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
struct Fragment {
    int span = 0;
    std::string text;
    double x = 0;
    double width = 0;
};

// One line: its fragments in order and its total width (without trailing space).
struct Line {
    std::vector<Fragment> fragments;
    double width = 0;
    bool ends_paragraph = false; // true for the last line, or before a hard break ('\u2028')
};

// Lays `spans` out into lines of at most `width` points. A span text may contain U+2028
// (line separator) to force a break. Returns at least one line (empty if there is no text).
std::vector<Line> break_lines(const std::vector<Span>& spans, double width);

} // namespace bp::text
