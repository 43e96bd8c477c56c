// A generated menu: a grid of boxed links, one per section of a group, in report order.
#pragma once

#include "layout/block.hpp"
#include "layout/inline_layout.hpp"
#include "layout/shared_rows.hpp"

#include <memory>
#include <vector>

namespace bp::layout {

// One menu entry: its laid-out label and the section it opens.
struct MenuEntry {
    std::shared_ptr<const LaidText> label;
    model::LinkTarget target;
};

class MenuBlock : public Block {
public:
    MenuBlock(SourcePos pos, std::vector<MenuEntry> entries, int columns, double width, Color fill,
              double gap);

    double height() const override;
    Split split(double avail) const override;
    void draw(Canvas& canvas, Point top_left) const override;
    double space_after() const override { return 10; }

private:
    double cell_width() const;
    double row_height() const;
    std::size_t rows() const;

    SharedRows<MenuEntry> entries_;
    int columns_;
    double width_;
    Color fill_;
    double gap_;
    double pad_ = 8;
};

} // namespace bp::layout
