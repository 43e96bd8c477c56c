// Blocks side by side: a row of columns, each a stack of blocks laid out at its own width,
// kept on one page and drawn column by column (so the text layer and the structure tree read
// column 1 to its end, then column 2).
#pragma once

#include "layout/block.hpp"

#include <vector>

namespace bp::layout {

// One column of a ColumnsBlock: where it starts (from the row's left edge) and its blocks.
struct LaidColumn {
    double x = 0;
    std::vector<BlockPtr> blocks;
};

// Produces a row of columns as one block: as tall as its tallest column, never split.
class ColumnsBlock : public Block {
public:
    ColumnsBlock(SourcePos pos, std::vector<LaidColumn> columns);
    double height() const override { return height_; }
    void draw(Canvas& canvas, Point top_left) const override;
    // The most space any column's first block asks before it, or its last block after it.
    double space_before() const override { return space_before_; }
    double space_after() const override { return space_after_; }

private:
    std::vector<LaidColumn> columns_;
    double height_ = 0;
    double space_before_ = 0;
    double space_after_ = 0;
};

// The height of blocks stacked as the pagination loop stacks them on a page: the space between
// two blocks is the larger of the first's space after and the second's space before.
double stacked_height(const std::vector<BlockPtr>& blocks);

} // namespace bp::layout
