// Lays inline text (bold, italic, links) out into measured lines at a given width.
#pragma once

#include "layout/canvas.hpp"
#include "layout/style_fonts.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"

#include <vector>

namespace bp::layout {

// A measured piece of a line in one face.
struct Piece {
    std::string text;
    ResolvedFont font;
    double x = 0; // from the line's left edge
    double width = 0;
    int link = -1; // index into LaidText::links, or -1
    // A word space follows (a gap before the next piece, or a wrap at a space): drawn as a
    // trailing space of the piece's text run, which moves nothing but puts the space into the
    // text layer (ISO 32000-1 §14.8.2.5), so that words never run together there.
    bool space_after = false;
};

// One line: pieces, width and the baseline's distance below the line's top.
struct LaidLine {
    std::vector<Piece> pieces;
    double width = 0;
    bool ends_paragraph = false; // the last line, or one before a hard break
};

// Paragraph text broken into lines, with the style it is drawn in.
struct LaidText {
    std::vector<LaidLine> lines;
    std::vector<model::LinkTarget> links;
    double size = 10;
    double line_height = 13;
    double baseline = 10; // from a line's top to its baseline
    Color color;
    Color link_color;
    bool link_terms = false; // body text: glossary terms in it are linked (see TermLinks)
};

// Breaks `text` in `style` into lines no wider than `width` (its strings are moved into the
// lines: pass a copy to keep them).
LaidText lay_out_inline(model::InlineText text, const model::TextStyle& style, double width,
                        StyleFonts& fonts, Color link_color);

// The text of `laid` with its word spaces (none where a line breaks after a hyphen or inside
// a word): e.g. a link's description.
std::string plain_text(const LaidText& laid);

// Draws lines [first, last) of `laid` with the top of line `first` at `top_left`, aligned
// within `width`. Links get an underline and a link area, wrapped in a Link structure element.
void draw_lines(Canvas& canvas, const LaidText& laid, std::size_t first, std::size_t last,
                Point top_left, double width, model::Align align);

} // namespace bp::layout
