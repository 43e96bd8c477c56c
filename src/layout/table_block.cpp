#include "layout/table_block.hpp"

#include <algorithm>

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
      table_(std::make_shared<const Shared>(
          Shared{std::move(column_widths), std::move(align), std::move(header), zebra, style})),
      body_(std::move(body)) {}

double TableBlock::height() const {
    double h = 0;
    for (const auto& r : table_->header)
        h += r.height;
    for (std::size_t i = 0; i < body_.size(); ++i)
        h += body_[i].height;
    return h;
}

std::size_t TableBlock::rows_that_fit(double avail, bool keep_rows) const {
    double used = 0;
    for (const auto& r : table_->header)
        used += r.height;
    std::size_t fit = 0;
    while (fit < body_.size() && used + body_[fit].height <= avail)
        used += body_[fit++].height;
    if (fit >= body_.size() || !keep_rows) return fit;
    // At least keep_rows body rows on either side of a page break: a table of fewer than
    // twice that many rows moves whole, a longer one leaves keep_rows rows for the next page.
    const std::size_t keep = std::max<std::size_t>(1, table_->style.keep_rows);
    if (body_.size() < 2 * keep) return 0;
    fit = std::min(fit, body_.size() - keep);
    return fit < keep ? 0 : fit;
}

Split TableBlock::split(double avail) const {
    return split_after(rows_that_fit(avail));
}

Split TableBlock::split_at_top(double avail) const {
    return split_after(rows_that_fit(avail, false));
}

Split TableBlock::split_after(std::size_t fit) const {
    if (fit == 0) return {};
    if (fit == body_.size()) return {std::make_unique<TableBlock>(*this), nullptr};
    auto head = std::make_unique<TableBlock>(*this);
    head->body_ = body_.part(0, fit);
    auto tail = std::make_unique<TableBlock>(*this);
    tail->body_ = body_.part(fit, body_.size());
    tail->pos_ = tail->body_[0].pos; // an error about the rest names its first row
    tail->what_ = "table row";
    return {std::move(head), std::move(tail)};
}

void TableBlock::draw_row(Canvas& canvas, const LaidRow& row, Point at, RowRole role,
                          std::optional<Color> fill) const {
    const TableStyle& style = table_->style;
    const bool tagged = role != RowRole::RepeatedHeader;
    if (tagged) canvas.begin(display::StructKind::TableRow);
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
        if (tagged) {
            // Header cells describe their column; a body row's first cell names the row.
            const bool names_row = role == RowRole::Body && first == 0 && table_->widths.size() > 1;
            display::StructBegin element;
            element.kind = role == RowRole::Header || names_row
                               ? display::StructKind::TableHeaderCell
                               : display::StructKind::TableCell;
            if (role == RowRole::Header) element.scope = display::StructBegin::Scope::Column;
            if (names_row) element.scope = display::StructBegin::Scope::Row;
            element.col_span = static_cast<int>(span);
            canvas.begin(std::move(element));
        }
        const LaidText& cell = *row.cells[c];
        std::optional<graphics::Face> face = c < row.faces.size() ? row.faces[c] : std::nullopt;
        const SpcIconCell* icon = c < row.icons.size() && row.icons[c] ? &*row.icons[c] : nullptr;
        if (icon) {
            // The icon at the cell's left, level with the first line of its words beside it
            // (in a row made tall by another cell, the words stay at the top and so does it).
            const double d = std::min(style.face_size, row.height - 2);
            const double first_line = y + style.pad_y + cell.baseline - 0.35 * cell.size;
            const Point centre{x + style.pad_x + d / 2,
                               std::min(y + row.height / 2, std::max(first_line, y + 1 + d / 2))};
            if (const auto* v = std::get_if<graphics::VariationShape>(&icon->shape))
                graphics::draw_variation_icon(canvas.page().items, *v, centre, d, style.spc_colors,
                                              icon->alt);
            else
                graphics::draw_assurance_icon(canvas.page().items,
                                              std::get<graphics::AssuranceShape>(icon->shape),
                                              centre, d, style.spc_colors, icon->alt);
            draw_lines(canvas, cell, 0, cell.lines.size(),
                       {x + style.pad_x + d + 3, y + style.pad_y},
                       std::max(1.0, w - 2 * style.pad_x - d - 3), model::Align::Left);
        } else if (face) {
            // The face centred in the cell; a footnote mark, if any, just right of it. Under
            // the face, the verdict as an invisible word for text extraction.
            double d = std::min(style.face_size, row.height - 2);
            Point centre{x + w / 2, y + row.height / 2};
            display::TextRun word{{centre.x - d / 2, y + style.pad_y + cell.baseline},
                                  style.word_font.id,
                                  cell.size,
                                  cell.color,
                                  style.face_words[static_cast<std::size_t>(*face)]};
            word.width = style.word_font.metrics->width(word.text, word.size);
            word.invisible = true;
            // The word stays inside its cell (smaller if it must), so that no character of it
            // falls off the page or onto a neighbour: text extraction keeps it whole.
            const double left = x + style.pad_x;
            const double room = std::max(1.0, w - 2 * style.pad_x);
            if (word.width > room) {
                word.size *= room / word.width;
                word.width = style.word_font.metrics->width(word.text, word.size);
            }
            word.origin.x =
                std::clamp(word.origin.x, left, std::max(left, left + room - word.width));
            graphics::draw_face(canvas.page().items, *face, centre, d, style.faces,
                                style.face_alts[static_cast<std::size_t>(*face)], &word);
            draw_lines(canvas, cell, 0, cell.lines.size(), {centre.x + d / 2 + 2, y + style.pad_y},
                       0, model::Align::Left);
        } else {
            draw_lines(canvas, cell, 0, cell.lines.size(), {x + style.pad_x, y + style.pad_y},
                       w - 2 * style.pad_x - inset, align);
        }
        if (tagged) canvas.end();
        x += w;
    }
    if (tagged) canvas.end();
}

void TableBlock::draw(Canvas& canvas, Point top_left) const {
    const Shared& t = *table_;
    double total_w = 0;
    for (double w : t.widths)
        total_w += w;
    display::StructBegin table;
    table.kind = display::StructKind::Table;
    table.id = struct_id();
    canvas.begin(std::move(table));
    double y = top_left.y;
    // On a continuation page the header rows are repeated for the eye only (PDF/UA: artifacts
    // of type Pagination); the table's one header is the first.
    const bool repeated = body_.start() > 0;
    if (repeated && !t.header.empty()) {
        display::StructBegin artifact;
        artifact.kind = display::StructKind::Artifact;
        artifact.pagination = true;
        canvas.begin(std::move(artifact));
    }
    for (const auto& row : t.header) {
        draw_row(canvas, row, {top_left.x, y}, repeated ? RowRole::RepeatedHeader : RowRole::Header,
                 t.style.header_fill);
        y += row.height;
    }
    if (repeated && !t.header.empty()) canvas.end();
    for (std::size_t i = 0; i < body_.size(); ++i) {
        std::optional<Color> fill;
        if (t.zebra && (body_.start() + i) % 2 == 1) fill = t.style.zebra_fill;
        draw_row(canvas, body_[i], {top_left.x, y}, RowRole::Body, fill);
        y += body_[i].height;
        canvas.stroke_line({top_left.x, y}, {top_left.x + total_w, y}, t.style.rule, 0.5);
    }
    canvas.end();
}

} // namespace bp::layout
