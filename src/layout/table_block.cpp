#include "layout/table_block.hpp"

namespace bp::layout {

std::pair<std::size_t, std::size_t> cell_columns(const LaidRow& row, std::size_t i) {
    std::size_t first = 0;
    for (std::size_t k = 0; k < i; ++k)
        first += row.spans.empty() ? 1 : static_cast<std::size_t>(row.spans[k]);
    return {first, row.spans.empty() ? 1 : static_cast<std::size_t>(row.spans[i])};
}

TableBlock::TableBlock(SourcePos pos, std::vector<double> column_widths,
                       std::vector<model::Align> align, std::vector<LaidRow> header,
                       std::vector<LaidRow> body, bool zebra, TableStyle style)
    : Block(std::move(pos), "table"),
      table_(
          std::make_shared<const Shared>(Shared{std::move(column_widths), std::move(align),
                                                std::move(header), std::move(body), zebra, style})),
      last_(table_->body.size()) {}

TableBlock::TableBlock(const TableBlock& whole, std::size_t first, std::size_t last)
    : TableBlock(whole) {
    first_ = first;
    last_ = last;
}

double TableBlock::height() const {
    double h = 0;
    for (const auto& r : table_->header)
        h += r.height;
    for (std::size_t i = first_; i < last_; ++i)
        h += table_->body[i].height;
    return h;
}

std::size_t TableBlock::rows_that_fit(double avail) const {
    const auto& body = table_->body;
    double used = 0;
    for (const auto& r : table_->header)
        used += r.height;
    std::size_t end = first_;
    while (end < last_ && used + body[end].height <= avail)
        used += body[end++].height;
    return end - first_;
}

Split TableBlock::split(double avail) const {
    const std::size_t end = first_ + rows_that_fit(avail);
    if (end == first_) return {};
    if (end == last_) return {std::make_unique<TableBlock>(*this), nullptr};
    const auto& body = table_->body;
    auto head = std::unique_ptr<TableBlock>(new TableBlock(*this, first_, end));
    auto tail = std::unique_ptr<TableBlock>(new TableBlock(*this, end, last_));
    tail->pos_ = body[end].pos; // an error about the rest names its first row
    tail->what_ = "table row";
    return {std::move(head), std::move(tail)};
}

void TableBlock::draw_row(Canvas& canvas, const LaidRow& row, Point at, bool header,
                          std::optional<Color> fill) const {
    const TableStyle& style = table_->style;
    canvas.begin(display::StructKind::TableRow);
    double x = at.x;
    double y = at.y;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        auto [first, span] = cell_columns(row, c);
        double w = 0;
        for (std::size_t k = first; k < first + span; ++k)
            w += table_->widths[k];
        model::Align align = span > 1 ? model::Align::Center : table_->align[first];
        double inset = c < row.insets.size() ? row.insets[c] : 0;
        if (fill) canvas.fill_rect(Rect{x, y, w, row.height}, *fill);
        canvas.begin(header ? display::StructKind::TableHeaderCell
                            : display::StructKind::TableCell);
        const LaidText& cell = *row.cells[c];
        std::optional<graphics::Face> face = c < row.faces.size() ? row.faces[c] : std::nullopt;
        if (face) {
            // The face centred in the cell; a footnote mark, if any, just right of it.
            double d = std::min(style.face_size, row.height - 2);
            Point centre{x + w / 2, y + row.height / 2};
            graphics::draw_face(canvas.page().items, *face, centre, d, style.faces);
            draw_lines(canvas, cell, 0, cell.lines.size(), {centre.x + d / 2 + 2, y + style.pad_y},
                       0, model::Align::Left);
        } else {
            draw_lines(canvas, cell, 0, cell.lines.size(), {x + style.pad_x, y + style.pad_y},
                       w - 2 * style.pad_x - inset, align);
        }
        canvas.end();
        x += w;
    }
    canvas.end();
}

void TableBlock::draw(Canvas& canvas, Point top_left) const {
    const Shared& t = *table_;
    double total_w = 0;
    for (double w : t.widths)
        total_w += w;
    canvas.begin(display::StructKind::Table);
    double y = top_left.y;
    for (const auto& row : t.header) {
        draw_row(canvas, row, {top_left.x, y}, true, t.style.header_fill);
        y += row.height;
    }
    for (std::size_t i = first_; i < last_; ++i) {
        std::optional<Color> fill;
        if (t.zebra && i % 2 == 1) fill = t.style.zebra_fill;
        draw_row(canvas, t.body[i], {top_left.x, y}, false, fill);
        y += t.body[i].height;
        canvas.stroke_line({top_left.x, y}, {top_left.x + total_w, y}, t.style.rule, 0.5);
    }
    canvas.end();
}

} // namespace bp::layout
