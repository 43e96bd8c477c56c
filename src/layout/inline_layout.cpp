#include "layout/inline_layout.hpp"

#include "text/line_breaker.hpp"

namespace bp::layout {

LaidText lay_out_inline(const model::InlineText& text, const model::TextStyle& style,
                        double width, StyleFonts& fonts, Color link_color) {
    LaidText laid;
    laid.size = style.size;
    laid.line_height = style.size * style.leading;
    laid.color = style.color;
    laid.link_color = link_color;
    ResolvedFont regular = fonts.get(style);
    double ascent = regular.metrics->ascent(style.size);
    double descent = regular.metrics->descent(style.size);
    laid.baseline = (laid.line_height - (ascent + descent)) / 2 + ascent;

    std::vector<text::Span> spans;
    std::vector<ResolvedFont> span_fonts;
    for (const auto& piece : text) {
        ResolvedFont f = fonts.get(style, piece.bold, piece.italic);
        int link = -1;
        if (!piece.link.empty()) {
            link = static_cast<int>(laid.links.size());
            laid.links.push_back(piece.link);
        }
        spans.push_back(text::Span{piece.text, f.metrics, style.size, link});
        span_fonts.push_back(f);
    }
    for (const auto& line : text::break_lines(spans, width)) {
        LaidLine out;
        out.width = line.width;
        for (const auto& frag : line.fragments)
            out.pieces.push_back(Piece{frag.text, span_fonts[frag.span], frag.x, frag.width,
                                       spans[frag.span].tag});
        laid.lines.push_back(std::move(out));
    }
    return laid;
}

void draw_lines(Canvas& canvas, const LaidText& laid, std::size_t first, std::size_t last,
                Point top_left, double width, model::Align align) {
    double top = top_left.y;
    for (std::size_t i = first; i < last; ++i, top += laid.line_height) {
        const LaidLine& line = laid.lines[i];
        double shift = align == model::Align::Right    ? width - line.width
                       : align == model::Align::Center ? (width - line.width) / 2
                                                       : 0;
        double baseline = top + laid.baseline;
        for (const auto& piece : line.pieces) {
            Point origin{top_left.x + shift + piece.x, baseline};
            if (piece.link < 0) {
                canvas.text(origin, piece.font, laid.size, laid.color, piece.text, piece.width);
                continue;
            }
            const model::LinkTarget& target = laid.links[piece.link];
            canvas.begin(display::StructKind::Link, target.value);
            canvas.text(origin, piece.font, laid.size, laid.link_color, piece.text, piece.width);
            double underline = baseline + laid.size * 0.12;
            canvas.stroke_line({origin.x, underline}, {origin.x + piece.width, underline},
                               laid.link_color, laid.size * 0.06);
            canvas.link(Rect{origin.x, top, piece.width, laid.line_height}, target);
            canvas.end();
        }
    }
}

} // namespace bp::layout
