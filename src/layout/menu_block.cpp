#include "layout/menu_block.hpp"

#include <algorithm>
#include <cmath>

namespace bp::layout {

MenuBlock::MenuBlock(SourcePos pos, std::vector<MenuEntry> entries, int columns, double width,
                     Color fill, double gap)
    : Block(std::move(pos), "menu"), entries_(std::move(entries)), columns_(columns), width_(width),
      fill_(fill), gap_(gap) {}

double MenuBlock::cell_width() const {
    return (width_ - gap_ * (columns_ - 1)) / columns_;
}

double MenuBlock::row_height() const {
    std::size_t lines = 1;
    double line_h = 0;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        lines = std::max(lines, entries_[i].label->lines.size());
        line_h = entries_[i].label->line_height;
    }
    return static_cast<double>(lines) * line_h + 2 * pad_;
}

std::size_t MenuBlock::rows() const {
    auto cols = static_cast<std::size_t>(columns_);
    return (entries_.size() + cols - 1) / cols;
}

double MenuBlock::height() const {
    std::size_t n = rows();
    return n == 0 ? 0 : static_cast<double>(n) * row_height() + static_cast<double>(n - 1) * gap_;
}

Split MenuBlock::split(double avail) const {
    double rh = row_height();
    if (avail + gap_ < rh + gap_) return {};
    auto fit = static_cast<std::size_t>(std::floor((avail + gap_) / (rh + gap_) + 1e-9));
    if (fit == 0) return {};
    if (fit >= rows()) return {std::make_unique<MenuBlock>(*this), nullptr};
    std::size_t count = fit * static_cast<std::size_t>(columns_);
    auto head = std::make_unique<MenuBlock>(*this);
    head->entries_ = entries_.part(0, count);
    auto tail = std::make_unique<MenuBlock>(*this);
    tail->entries_ = entries_.part(count, entries_.size());
    return {std::move(head), std::move(tail)};
}

void MenuBlock::draw(Canvas& canvas, Point top_left) const {
    double cw = cell_width();
    double rh = row_height();
    display::StructBegin list;
    list.kind = display::StructKind::List;
    list.id = struct_id();
    canvas.begin(std::move(list));
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        auto col = static_cast<double>(i % static_cast<std::size_t>(columns_));
        auto row = static_cast<double>(i / static_cast<std::size_t>(columns_));
        Rect box{top_left.x + col * (cw + gap_), top_left.y + row * (rh + gap_), cw, rh};
        const MenuEntry& e = entries_[i];
        const LaidText& label = *e.label;
        canvas.begin(display::StructKind::ListItem);
        canvas.begin(display::StructKind::ListBody);
        canvas.begin(display::StructKind::Link, plain_text(label));
        display::PathItem shape;
        shape.path.rect(box);
        shape.fill = fill_;
        canvas.path(std::move(shape));
        double text_h = static_cast<double>(label.lines.size()) * label.line_height;
        draw_lines(canvas, label, 0, label.lines.size(),
                   {box.x + pad_, box.y + (box.h - text_h) / 2}, box.w - 2 * pad_,
                   model::Align::Center);
        canvas.link(box, e.target);
        canvas.end();
        canvas.end();
        canvas.end();
    }
    canvas.end();
}

} // namespace bp::layout
