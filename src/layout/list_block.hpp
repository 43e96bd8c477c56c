// A bullet list: items of laid-out text with a bullet, splitting between items.
#pragma once

#include "layout/block.hpp"
#include "layout/inline_layout.hpp"
#include "layout/shared_rows.hpp"

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
    // Item `i` of this part with the gap below it, if another item follows here.
    double item_height(std::size_t i) const;

    SharedRows<std::shared_ptr<const LaidText>> items_;
    ResolvedFont bullet_;
    double indent_;
    double item_gap_;
    double space_after_;
};

} // namespace bp::layout
