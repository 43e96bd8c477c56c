// A chart placed in the flow: a fixed-height box the graphics layer draws into.
#pragma once

#include "graphics/chart.hpp"
#include "layout/block.hpp"

#include <algorithm>
#include <memory>
#include <string>

namespace bp::layout {

class ChartBlock : public Block {
public:
    ChartBlock(SourcePos pos, graphics::ChartSpec spec,
               std::shared_ptr<const graphics::ChartStyle> style, double width, double height,
               bool fill = false)
        : Block(std::move(pos), "chart"), spec_(std::move(spec)), style_(std::move(style)),
          width_(width), height_(height), fill_(fill) {}

    double height() const override { return height_; }
    bool fills() const override { return fill_; }
    void fill_to(double height) override { height_ = std::max(60.0, height); }
    void draw(Canvas& canvas, Point top_left) const override {
        const auto left_out = graphics::draw_chart(
            canvas.page().items, spec_, Rect{top_left.x, top_left.y, width_, height_}, *style_);
        if (left_out.empty()) return;
        std::string list;
        for (const auto& text : left_out)
            list += (list.empty() ? "\"" : ", \"") + text + "\"";
        canvas.warn(
            {pos_, Severity::Warning,
             "chart \"" + (spec_.title.empty() ? std::string("(untitled)") : spec_.title) +
                 "\": " + std::to_string(left_out.size()) +
                 (left_out.size() == 1 ? " label is" : " labels are") +
                 " left out, with no room clear of the data and the other labels: " + list});
    }
    double space_after() const override { return 10; }

private:
    graphics::ChartSpec spec_;
    std::shared_ptr<const graphics::ChartStyle> style_; // one for every chart of a report
    double width_;
    double height_;
    bool fill_; // height="fill": grows to the room its section's share of the page leaves
};

} // namespace bp::layout
