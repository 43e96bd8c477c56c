#include "layout/list_block.hpp"

namespace bp::layout {

ListBlock::ListBlock(SourcePos pos, std::vector<std::shared_ptr<const LaidText>> items,
                     ResolvedFont bullet, double indent, double item_gap, double space_after)
    : Block(std::move(pos), "list"), items_(std::move(items)), bullet_(bullet), indent_(indent),
      item_gap_(item_gap), space_after_(space_after) {}

double ListBlock::item_height(std::size_t i) const {
    const LaidText& item = *items_[i];
    return static_cast<double>(item.lines.size()) * item.line_height +
           (i + 1 < items_.size() ? item_gap_ : 0);
}

double ListBlock::height() const {
    double h = 0;
    for (std::size_t i = 0; i < items_.size(); ++i)
        h += item_height(i);
    return h;
}

Split ListBlock::split(double avail) const {
    double used = 0;
    std::size_t fit = 0;
    while (fit < items_.size() &&
           used + item_height(fit) - (fit + 1 < items_.size() ? item_gap_ : 0) <= avail) {
        used += item_height(fit);
        ++fit;
    }
    if (fit == 0) return {};
    if (fit == items_.size()) return {std::make_unique<ListBlock>(*this), nullptr};
    auto head = std::make_unique<ListBlock>(*this);
    head->items_ = items_.part(0, fit);
    head->space_after_ = 0;
    auto tail = std::make_unique<ListBlock>(*this);
    tail->items_ = items_.part(fit, items_.size());
    return {std::move(head), std::move(tail)};
}

void ListBlock::draw(Canvas& canvas, Point top_left) const {
    display::StructBegin list;
    list.kind = display::StructKind::List;
    list.id = struct_id();
    canvas.begin(std::move(list));
    double y = top_left.y;
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const LaidText& item = *items_[i];
        canvas.begin(display::StructKind::ListItem);
        canvas.begin(display::StructKind::ListLabel);
        const std::string bullet = "\u2022";
        canvas.text({top_left.x + indent_ * 0.3, y + item.baseline}, bullet_, item.size, item.color,
                    bullet, bullet_.metrics->width(bullet, item.size));
        canvas.end();
        canvas.begin(display::StructKind::ListBody);
        draw_lines(canvas, item, 0, item.lines.size(), {top_left.x + indent_, y}, 0,
                   model::Align::Left);
        canvas.end();
        canvas.end();
        y += item_height(i);
    }
    canvas.end();
}

} // namespace bp::layout
