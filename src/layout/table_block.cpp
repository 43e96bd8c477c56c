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
    : Block(std::move(pos), "table"), widths_(std::move(column_widths)), align_(std::move(align)),
      header_(std::move(header)), body_(std::move(body)), zebra_(zebra), style_(style) {}

double TableBlock::height() const {
    double h = 0;
    for (const auto& r : header_)
        h += r.height;
    for (const auto& r : body_)
        h += r.height;
    return h;
}

Split TableBlock::split(double avail) const {
    double used = 0;
    for (const auto& r : header_)
        used += r.height;
    std::size_t fit = 0;
    while (fit < body_.size() && used + body_[fit].height <= avail)
        used += body_[fit++].height;
    if (fit == 0) return {};
    if (fit == body_.size()) return {std::make_unique<TableBlock>(*this), nullptr};
    auto head = std::make_unique<TableBlock>(*this);
    head->body_.resize(fit);
    auto tail = std::make_unique<TableBlock>(*this);
    tail->body_.erase(tail->body_.begin(), tail->body_.begin() + static_cast<long>(fit));
    tail->first_body_index_ = first_body_index_ + fit;
    tail->pos_ = tail->body_.front().pos; // an error about the rest names its first row
    tail->what_ = "table row";
    return {std::move(head), std::move(tail)};
}

void TableBlock::draw_row(Canvas& canvas, const LaidRow& row, Point at, bool header,
                          std::optional<Color> fill) const {
    canvas.begin(display::StructKind::TableRow);
    double x = at.x;
    double y = at.y;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        auto [first, span] = cell_columns(row, c);
        double w = 0;
        for (std::size_t k = first; k < first + span; ++k)
            w += widths_[k];
        model::Align align = span > 1 ? model::Align::Center : align_[first];
        double inset = c < row.insets.size() ? row.insets[c] : 0;
        if (fill) canvas.fill_rect(Rect{x, y, w, row.height}, *fill);
        canvas.begin(header ? display::StructKind::TableHeaderCell
                            : display::StructKind::TableCell);
        const LaidText& cell = *row.cells[c];
        std::optional<graphics::Face> face = c < row.faces.size() ? row.faces[c] : std::nullopt;
        if (face) {
            // The face centred in the cell; a footnote mark, if any, just right of it.
            double d = std::min(style_.face_size, row.height - 2);
            Point centre{x + w / 2, y + row.height / 2};
            graphics::draw_face(canvas.page().items, *face, centre, d, style_.faces);
            draw_lines(canvas, cell, 0, cell.lines.size(), {centre.x + d / 2 + 2, y + style_.pad_y},
                       0, model::Align::Left);
        } else {
            draw_lines(canvas, cell, 0, cell.lines.size(), {x + style_.pad_x, y + style_.pad_y},
                       w - 2 * style_.pad_x - inset, align);
        }
        canvas.end();
        x += w;
    }
    canvas.end();
}

void TableBlock::draw(Canvas& canvas, Point top_left) const {
    double total_w = 0;
    for (double w : widths_)
        total_w += w;
    canvas.begin(display::StructKind::Table);
    double y = top_left.y;
    for (const auto& row : header_) {
        draw_row(canvas, row, {top_left.x, y}, true, style_.header_fill);
        y += row.height;
    }
    for (std::size_t i = 0; i < body_.size(); ++i) {
        bool odd = (first_body_index_ + i) % 2 == 1;
        std::optional<Color> fill;
        if (zebra_ && odd) fill = style_.zebra_fill;
        draw_row(canvas, body_[i], {top_left.x, y}, false, fill);
        y += body_[i].height;
        canvas.stroke_line({top_left.x, y}, {top_left.x + total_w, y}, style_.rule, 0.5);
    }
    canvas.end();
}

} // namespace bp::layout
