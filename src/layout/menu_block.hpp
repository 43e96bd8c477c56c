// A generated menu: a grid of boxed links, one per section of a group, in report order.
#pragma once

#include "layout/block.hpp"
#include "layout/inline_layout.hpp"

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
    // Entries [first, last) of the same shared list: what a split leaves on one page.
    MenuBlock(const MenuBlock& whole, std::size_t first, std::size_t last);

    double cell_width() const;
    double row_height() const;
    std::size_t rows() const;
    std::size_t count() const { return last_ - first_; }
    const MenuEntry& entry(std::size_t i) const { return (*entries_)[first_ + i]; }

    // Shared by every part of a split menu, never copied.
    std::shared_ptr<const std::vector<MenuEntry>> entries_;
    std::size_t first_ = 0;
    std::size_t last_ = 0;
    int columns_;
    double width_;
    Color fill_;
    double gap_;
    double pad_ = 8;
};

} // namespace bp::layout
