#include "layout/columns_block.hpp"

#include <algorithm>

namespace bp::layout {

namespace {

// Calls f(block, top) for each block of a stack, with its top below the stack's top.
template <class F> void for_each_stacked(const std::vector<BlockPtr>& blocks, F&& f) {
    double y = 0;
    const Block* above = nullptr;
    for (const BlockPtr& b : blocks) {
        if (above) y += std::max(above->space_after(), b->space_before());
        f(*b, y);
        y += b->height();
        above = b.get();
    }
}

} // namespace

double stacked_height(const std::vector<BlockPtr>& blocks) {
    double bottom = 0;
    for_each_stacked(blocks, [&](const Block& b, double top) { bottom = top + b.height(); });
    return bottom;
}

ColumnsBlock::ColumnsBlock(SourcePos pos, std::vector<LaidColumn> columns)
    : Block(std::move(pos), "columns"), columns_(std::move(columns)) {
    for (const LaidColumn& c : columns_) {
        height_ = std::max(height_, stacked_height(c.blocks));
        if (!c.blocks.empty()) {
            space_before_ = std::max(space_before_, c.blocks.front()->space_before());
            space_after_ = std::max(space_after_, c.blocks.back()->space_after());
        }
    }
}

void ColumnsBlock::draw(Canvas& canvas, Point top_left) const {
    for (const LaidColumn& c : columns_)
        for_each_stacked(c.blocks, [&](const Block& b, double top) {
            b.draw(canvas, Point{top_left.x + c.x, top_left.y + top});
        });
}

} // namespace bp::layout
