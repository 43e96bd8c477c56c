#include "layout/simple_blocks.hpp"

namespace bp::layout {

Split SpacerBlock::split(double) const {
    // At a page break the space is not needed: the whole spacer counts as placed.
    return {std::make_unique<SpacerBlock>(pos_, 0.0), nullptr};
}

Size button_size(const std::string& label, const ButtonStyle& style) {
    double w = style.font.metrics->width(label, style.size);
    double h = style.size * 1.2;
    return {w + 2 * style.pad_x, h + 2 * style.pad_y};
}

void draw_button(Canvas& canvas, const Rect& box, const std::string& label,
                 const model::LinkTarget& target, const ButtonStyle& style) {
    canvas.begin(display::StructKind::Link, label);
    display::PathItem shape;
    double r = std::min(4.0, box.h / 2);
    const double pi = 3.14159265358979323846;
    shape.path.move_to({box.x + r, box.y})
        .arc({box.right() - r, box.y + r}, r, -pi / 2, 0)
        .arc({box.right() - r, box.bottom() - r}, r, 0, pi / 2)
        .arc({box.x + r, box.bottom() - r}, r, pi / 2, pi)
        .arc({box.x + r, box.y + r}, r, pi, 1.5 * pi)
        .close();
    shape.fill = style.fill;
    canvas.path(std::move(shape));
    double w = style.font.metrics->width(label, style.size);
    double ascent = style.font.metrics->cap_height(style.size);
    Point origin{box.x + (box.w - w) / 2, box.y + (box.h + ascent) / 2};
    canvas.text(origin, style.font, style.size, style.text, label, w);
    canvas.link(box, target);
    canvas.end();
}

ButtonBlock::ButtonBlock(SourcePos pos, std::string label, model::LinkTarget target,
                         ButtonStyle style, model::Align align, double width)
    : Block(std::move(pos), "button"), label_(std::move(label)), target_(std::move(target)),
      style_(style), align_(align), width_(width), size_(button_size(label_, style_)) {}

void ButtonBlock::draw(Canvas& canvas, Point top_left) const {
    double x = align_ == model::Align::Right    ? top_left.x + width_ - size_.w
               : align_ == model::Align::Center ? top_left.x + (width_ - size_.w) / 2
                                                : top_left.x;
    draw_button(canvas, Rect{x, top_left.y, size_.w, size_.h}, label_, target_, style_);
}

} // namespace bp::layout
