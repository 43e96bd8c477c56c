// Turns a section's model blocks into layout blocks measured at the frame width.
#pragma once

#include "compute/figures.hpp"
#include "graphics/chart_style.hpp"
#include "graphics/face.hpp"
#include "layout/block.hpp"
#include "layout/cell_cache.hpp"
#include "layout/spc_icon_cell.hpp"
#include "layout/style_fonts.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bp::layout {

// The lowest and highest value drawn by the charts of each scale group, by group name.
using ScaleRanges = std::map<std::string, std::pair<double, double>>;
// The plot height every chart of a scale group is drawn with (see shared_plot_heights).
using ScalePlots = std::map<std::string, double>;

// What building blocks needs to know about the report and its theme.
struct BuildContext {
    const model::Report& report;
    const model::Theme& theme;
    StyleFonts& fonts;
    const compute::Figures* figures = nullptr; // null when the report has no data
    // Made at the first chart and shared by every chart (see build_chart).
    std::shared_ptr<const graphics::ChartStyle> chart_style = nullptr;
    CellCache cells = {}; // table cells laid out so far (see make_table)
    // The value range of each named scale group (see shared_scales), read by build_chart.
    const ScaleRanges* scales = nullptr;
    // The plot height of each named scale group (see shared_plot_heights), read by build_chart.
    const ScalePlots* plot_heights = nullptr;
};

// Cells of a table before layout: inline text per cell, a face per cell where a verdict is
// shown, the row's source position.
struct TableRowContent {
    std::vector<model::InlineText> cells;
    std::vector<std::optional<graphics::Face>> faces;
    std::vector<std::optional<SpcIconCell>> icons; // an SPC icon per cell, if any (empty: none)
    std::vector<int> spans;                        // columns each cell spans (empty: one each)
    SourcePos pos;
};

// A table before layout: column weights and alignment, header and body rows.
struct TableContent {
    std::vector<double> weights;
    std::vector<model::Align> align;
    std::vector<TableRowContent> header;
    std::vector<TableRowContent> body;
    bool zebra = true;
};

// Lays a table out at `width` in the theme's table styles (taking the content's text).
BlockPtr make_table(const SourcePos& pos, TableContent content, double width, BuildContext& ctx);

// Plain text as inline text.
model::InlineText plain(std::string text, bool bold = false, const SourcePos& pos = {});

// The figures, or an error at `pos` saying the layout needs data.
const compute::Figures& need_figures(const BuildContext& ctx, const SourcePos& pos);

// `text` with every inline figure replaced by its formatted value (the copy keeps no figure
// references: layout needs only the text, emphasis and links).
model::InlineText resolve_figures(const model::InlineText& text, const BuildContext& ctx);

std::vector<BlockPtr> build_blocks(const model::Section& section, double width, BuildContext& ctx);

} // namespace bp::layout
