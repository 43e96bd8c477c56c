#include "layout/inline_layout.hpp"

#include "text/line_breaker.hpp"

#include <array>
#include <optional>

namespace bp::layout {

namespace {

// The faces of one text style, each asked of StyleFonts once: regular, bold, italic, both.
class StyleFaces {
public:
    StyleFaces(const model::TextStyle& style, StyleFonts& fonts) : style_(style), fonts_(fonts) {}

    const ResolvedFont& get(bool bold, bool italic) {
        std::optional<ResolvedFont>& face = faces_[(bold ? 2 : 0) + (italic ? 1 : 0)];
        if (!face) face = fonts_.get(style_, bold, italic);
        return *face;
    }

private:
    const model::TextStyle& style_;
    StyleFonts& fonts_;
    std::array<std::optional<ResolvedFont>, 4> faces_;
};

// One line as laid-out pieces; fragment texts are moved out of `line`.
LaidLine laid_line(text::Line& line, const model::InlineText& text,
                   const std::vector<text::Span>& spans, StyleFaces& faces) {
    LaidLine out;
    out.width = line.width;
    out.ends_paragraph = line.ends_paragraph;
    out.pieces.reserve(line.fragments.size());
    for (auto& frag : line.fragments) {
        const model::Inline& piece = text[static_cast<std::size_t>(frag.span)];
        out.pieces.push_back(
            Piece{std::move(frag.text), faces.get(piece.bold, piece.italic), frag.x, frag.width,
                  spans[static_cast<std::size_t>(frag.span)].tag, frag.space_after});
    }
    return out;
}

} // namespace

LaidText lay_out_inline(model::InlineText text, const model::TextStyle& style, double width,
                        StyleFonts& fonts, Color link_color) {
    LaidText laid;
    laid.size = style.size;
    laid.line_height = style.size * style.leading;
    laid.color = style.color;
    laid.link_color = link_color;
    StyleFaces faces(style, fonts);
    const ResolvedFont& regular = faces.get(false, false);
    double ascent = regular.metrics->ascent(style.size);
    double descent = regular.metrics->descent(style.size);
    laid.baseline = (laid.line_height - (ascent + descent)) / 2 + ascent;

    std::vector<text::Span> spans;
    spans.reserve(text.size());
    for (auto& piece : text) {
        const ResolvedFont& f = faces.get(piece.bold, piece.italic);
        fonts.substitute_missing(piece.text, f, piece.pos);
        int link = -1;
        if (!piece.link.empty()) {
            link = static_cast<int>(laid.links.size());
            laid.links.push_back(std::move(piece.link));
        }
        spans.push_back(text::Span{std::move(piece.text), f.metrics, style.size, link});
    }
    std::vector<text::Line> lines = text::break_lines(spans, width);
    laid.lines.reserve(lines.size());
    for (auto& line : lines)
        laid.lines.push_back(laid_line(line, text, spans, faces));
    return laid;
}

namespace {

// The text run of `text`, with the word space that follows it if `space_after`.
std::string run_text(std::string_view text, bool space_after) {
    std::string out(text);
    if (space_after) out += ' ';
    return out;
}

// Underlined text in the link colour with a link area over its line box; `space_after` as
// Piece's (the space goes into the run, not into the description nor under the underline).
void draw_link(Canvas& canvas, const LaidText& laid, const ResolvedFont& font,
               const std::string& text, bool space_after, Point origin, double width,
               double line_top, const model::LinkTarget& target) {
    canvas.begin(display::StructKind::Link, text); // the words a reader clicks
    canvas.text(origin, font, laid.size, laid.link_color, run_text(text, space_after), width);
    double underline = origin.y + laid.size * 0.12;
    canvas.stroke_line({origin.x, underline}, {origin.x + width, underline}, laid.link_color,
                       laid.size * 0.06);
    canvas.link(Rect{origin.x, line_top, width, laid.line_height}, target);
    canvas.end();
}

// The plain text drawn after `piece` of line `i` (lines before `last`): the next piece of the
// line, or a space and the next line's first piece; "" before a link or the end.
std::string text_after(const LaidText& laid, std::size_t i, const Piece* piece, std::size_t last) {
    const auto& pieces = laid.lines[i].pieces;
    const auto next = static_cast<std::size_t>(piece - pieces.data()) + 1;
    if (next < pieces.size())
        return pieces[next].link >= 0 ? "" : (piece->space_after ? " " : "") + pieces[next].text;
    if (i + 1 >= last || laid.lines[i + 1].pieces.empty()) return "";
    const auto& first = laid.lines[i + 1].pieces.front();
    if (first.link >= 0) return "";
    return (piece->text.empty() || piece->text.back() != ' ' ? " " : "") + first.text;
}

} // namespace

std::string plain_text(const LaidText& laid) {
    std::string out;
    for (const auto& line : laid.lines) {
        for (const auto& piece : line.pieces) {
            out += piece.text;
            if (piece.space_after) out += ' ';
        }
        if (line.ends_paragraph && !out.empty() && out.back() != ' ') out += ' '; // a hard break
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
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
            if (piece.link >= 0) {
                if (laid.link_terms && canvas.terms()) canvas.terms()->claim(piece.text);
                draw_link(canvas, laid, piece.font, piece.text, piece.space_after, origin,
                          piece.width, top, laid.links[piece.link]);
                continue;
            }
            std::vector<TermMatch> terms;
            if (laid.link_terms && canvas.terms())
                terms = canvas.terms()->claim(piece.text, text_after(laid, i, &piece, last));
            // Plain text, with glossary terms split out as links; the piece's word space goes
            // with whichever run ends it.
            const std::size_t size = piece.text.size();
            std::size_t done = 0;
            double x = origin.x;
            auto plain_run = [&](std::size_t end) {
                if (end <= done) return;
                std::string_view part = std::string_view(piece.text).substr(done, end - done);
                double w = piece.font.metrics->width(part, laid.size);
                canvas.text({x, baseline}, piece.font, laid.size, laid.color,
                            run_text(part, piece.space_after && end == size), w);
                x += w;
                done = end;
            };
            for (const auto& m : terms) {
                plain_run(m.begin);
                std::string term = piece.text.substr(m.begin, m.end - m.begin);
                double w = piece.font.metrics->width(term, laid.size);
                model::LinkTarget target{model::LinkTarget::Kind::Section, m.section, {}};
                draw_link(canvas, laid, piece.font, term, piece.space_after && m.end == size,
                          {x, baseline}, w, top, target);
                x += w;
                done = m.end;
            }
            if (terms.empty())
                canvas.text(origin, piece.font, laid.size, laid.color,
                            run_text(piece.text, piece.space_after), piece.width);
            else
                plain_run(size);
        }
    }
}

} // namespace bp::layout
