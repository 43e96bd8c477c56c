// The block protocol the pagination loop drives: a block has a height at the frame width,
// can split to fit the space left on a page, and draws itself at a position.
#pragma once

#include "core/source_pos.hpp"
#include "layout/canvas.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>

namespace bp::layout {

class Block;
using BlockPtr = std::unique_ptr<Block>;

// The result of splitting: the part that fits (null if none) and the rest (null if none).
struct Split {
    BlockPtr head;
    BlockPtr tail;
};

class Block {
public:
    Block(SourcePos pos, std::string what) : pos_(std::move(pos)), what_(std::move(what)) {}
    virtual ~Block() = default;

    // Height of the whole block, in points.
    virtual double height() const = 0;
    // Splits so the head fits within `avail` points; default: cannot split.
    virtual Split split(double avail) const;
    // At the top of an empty page, where split(avail) gives no head: a split that gives up the
    // block's keep rules (rows or lines kept on either side) rather than fail; default: split.
    virtual Split split_at_top(double avail) const { return split(avail); }
    // True if split(avail) would give a head: some of the block fits in `avail` points.
    virtual bool can_start(double avail) const { return split(avail).head != nullptr; }
    // Draws the block with its top-left corner at `top_left`.
    virtual void draw(Canvas& canvas, Point top_left) const = 0;

    virtual double space_before() const { return 0; }
    virtual double space_after() const { return 0; }
    // True for headings: never left alone at the bottom of a page.
    virtual bool keep_with_next() const { return false; }
    // True for an explicit page break.
    virtual bool is_page_break() const { return false; }
    // True for a block that fills the room its section's share of a page leaves (a chart with
    // height="fill"); fill_to gives it that room (it keeps a minimum of its own).
    virtual bool fills() const { return false; }
    virtual void fill_to(double /*height*/) {}

    const SourcePos& pos() const { return pos_; }
    const std::string& what() const { return what_; }
    // The identity of the block's structure element: the parts of a split are copies and share
    // it, so a table, list or paragraph over several pages stays one element in the PDF.
    std::uint64_t struct_id() const { return struct_id_; }

protected:
    SourcePos pos_;
    std::string what_;

private:
    std::uint64_t struct_id_ = next_struct_id();
    // Unique for the process (blocks are built on more than one thread).
    static std::uint64_t next_struct_id();
};

} // namespace bp::layout
