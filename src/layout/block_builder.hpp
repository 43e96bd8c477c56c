// Turns a section's model blocks into layout blocks measured at the frame width.
#pragma once

#include "layout/block.hpp"
#include "layout/style_fonts.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"

#include <vector>

namespace bp::layout {

// What building blocks needs to know about the report and its theme.
struct BuildContext {
    const model::Report& report;
    const model::Theme& theme;
    StyleFonts& fonts;
};

std::vector<BlockPtr> build_blocks(const model::Section& section, double width, BuildContext& ctx);

} // namespace bp::layout
