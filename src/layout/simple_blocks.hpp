// Blocks with no text flow: vertical space, an explicit page break and a button.
#pragma once

#include "layout/block.hpp"
#include "layout/style_fonts.hpp"

namespace bp::layout {

// Empty vertical space; shrinks to nothing at a page break.
class SpacerBlock : public Block {
public:
    SpacerBlock(SourcePos pos, double h) : Block(std::move(pos), "spacer"), height_(h) {}
    double height() const override { return height_; }
    Split split(double) const override;
    void draw(Canvas&, Point) const override {}

private:
    double height_;
};

// Forces the following blocks onto a new page.
class PageBreakBlock : public Block {
public:
    explicit PageBreakBlock(SourcePos pos) : Block(std::move(pos), "page-break") {}
    double height() const override { return 0; }
    void draw(Canvas&, Point) const override {}
    bool is_page_break() const override { return true; }
};

// What a button looks like: label font, size, colours and padding.
struct ButtonStyle {
    ResolvedFont font;
    double size = 10;
    Color text;
    Color fill;
    double pad_x = 10;
    double pad_y = 5;
};

// Draws a filled, rounded button box with a centred label and a link over it.
void draw_button(Canvas& canvas, const Rect& box, const std::string& label,
                 const model::LinkTarget& target, const ButtonStyle& style);
// The size a button needs for its label.
Size button_size(const std::string& label, const ButtonStyle& style);

// A button on its own line in the flow.
class ButtonBlock : public Block {
public:
    ButtonBlock(SourcePos pos, std::string label, model::LinkTarget target, ButtonStyle style,
                model::Align align, double width);
    double height() const override { return size_.h; }
    void draw(Canvas& canvas, Point top_left) const override;
    double space_after() const override { return 8; }

private:
    std::string label_;
    model::LinkTarget target_;
    ButtonStyle style_;
    model::Align align_;
    double width_;
    Size size_;
};

} // namespace bp::layout
