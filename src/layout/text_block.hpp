// Paragraphs and headings: laid-out lines that split between lines across pages.
#pragma once

#include "layout/block.hpp"
#include "layout/inline_layout.hpp"

#include <memory>

namespace bp::layout {

class TextBlock : public Block {
public:
    struct Options {
        display::StructKind kind = display::StructKind::Paragraph;
        int level = 0;
        model::Align align = model::Align::Left;
        double space_before = 0;
        double space_after = 0;
        bool keep_with_next = false;
        std::string destination; // named destination at the block's top, if any
    };

    TextBlock(SourcePos pos, std::string what, std::shared_ptr<const LaidText> laid, double width,
              Options options);

    double height() const override;
    Split split(double avail) const override;
    bool can_start(double avail) const override { return lines_that_fit(avail) > 0; }
    void draw(Canvas& canvas, Point top_left) const override;
    double space_before() const override { return options_.space_before; }
    double space_after() const override { return options_.space_after; }
    bool keep_with_next() const override { return options_.keep_with_next; }

private:
    TextBlock(const TextBlock& whole, std::size_t first, std::size_t last);
    // How many lines go in `avail` points (0: none): two stay together at either end.
    std::size_t lines_that_fit(double avail) const;

    std::shared_ptr<const LaidText> laid_;
    double width_;
    Options options_;
    std::size_t first_ = 0;
    std::size_t last_ = 0;
};

} // namespace bp::layout
