#include "layout/text_block.hpp"

#include <cmath>

namespace bp::layout {

TextBlock::TextBlock(SourcePos pos, std::string what, std::shared_ptr<const LaidText> laid,
                     double width, Options options)
    : Block(std::move(pos), std::move(what)), laid_(std::move(laid)), width_(width),
      options_(std::move(options)), first_(0), last_(laid_->lines.size()) {}

TextBlock::TextBlock(const TextBlock& whole, std::size_t first, std::size_t last)
    : TextBlock(whole) {
    first_ = first;
    last_ = last;
}

double TextBlock::height() const {
    return static_cast<double>(last_ - first_) * laid_->line_height;
}

std::size_t TextBlock::lines_that_fit(double avail) const {
    if (!(avail > 0)) return 0;
    auto fit = static_cast<std::size_t>(std::floor(avail / laid_->line_height + 1e-9));
    std::size_t count = last_ - first_;
    if (fit >= count) return count;
    // At least two lines on either side of a page break (no orphan, no widow): a paragraph of
    // two or three lines moves whole, a longer one leaves two lines or more for the next page.
    if (count < 4) return 0;
    fit = std::min(fit, count - 2);
    return fit < 2 ? 0 : fit;
}

Split TextBlock::split(double avail) const {
    std::size_t fit = lines_that_fit(avail);
    std::size_t count = last_ - first_;
    if (fit == 0) return {};
    if (fit >= count) return {std::make_unique<TextBlock>(*this), nullptr};
    auto head = std::unique_ptr<TextBlock>(new TextBlock(*this, first_, first_ + fit));
    auto tail = std::unique_ptr<TextBlock>(new TextBlock(*this, first_ + fit, last_));
    tail->options_.destination.clear();
    tail->options_.space_before = 0;
    head->options_.space_after = 0;
    return {std::move(head), std::move(tail)};
}

void TextBlock::draw(Canvas& canvas, Point top_left) const {
    if (!options_.destination.empty()) canvas.destination(options_.destination, top_left.y);
    display::StructBegin element;
    element.kind = options_.kind;
    element.level = options_.level;
    element.id = struct_id();
    canvas.begin(std::move(element));
    draw_lines(canvas, *laid_, first_, last_, top_left, width_, options_.align);
    canvas.end();
}

} // namespace bp::layout
