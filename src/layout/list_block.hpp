// A bullet list: items of laid-out text with a bullet, splitting between items.
#pragma once

#include "layout/block.hpp"
#include "layout/inline_layout.hpp"

#include <memory>
#include <vector>

namespace bp::layout {

class ListBlock : public Block {
public:
    ListBlock(SourcePos pos, std::vector<std::shared_ptr<const LaidText>> items,
              ResolvedFont bullet, double indent, double item_gap, double space_after);

    double height() const override;
    Split split(double avail) const override;
    void draw(Canvas& canvas, Point top_left) const override;
    double space_after() const override { return space_after_; }

private:
    // Items [first, last) of the same shared list: what a split leaves on one page.
    ListBlock(const ListBlock& whole, std::size_t first, std::size_t last);

    // Item `i` (counted from first_) with the gap below it, if another item follows here.
    double item_height(std::size_t i) const;
    std::size_t count() const { return last_ - first_; }
    const LaidText& item_at(std::size_t i) const { return *(*items_)[first_ + i]; }

    // Shared by every part of a split list, never copied.
    std::shared_ptr<const std::vector<std::shared_ptr<const LaidText>>> items_;
    std::size_t first_ = 0;
    std::size_t last_ = 0;
    ResolvedFont bullet_;
    double indent_;
    double item_gap_;
    double space_after_;
};

} // namespace bp::layout
