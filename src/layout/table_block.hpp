// A table: laid-out cells in rows with a header band and zebra rows; splits between rows and
// repeats its header rows on every page.
#pragma once

#include "graphics/face.hpp"
#include "layout/block.hpp"
#include "layout/inline_layout.hpp"
#include "layout/shared_rows.hpp"
#include "layout/spc_icon_cell.hpp"

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace bp::layout {

// A row of laid-out cells and its height.
struct LaidRow {
    std::vector<std::shared_ptr<const LaidText>> cells;
    std::vector<std::optional<graphics::Face>> faces; // a verdict face per cell, if any
    std::vector<std::optional<SpcIconCell>> icons;    // an SPC icon per cell, if any
    std::vector<int> spans;                           // columns each cell spans (empty: one each)
    std::vector<double> insets; // extra right inset per cell, aligning digits (empty: none)
    double height = 0;
    SourcePos pos;
};

// The columns cell `i` of `row` starts at and spans.
std::pair<std::size_t, std::size_t> cell_columns(const LaidRow& row, std::size_t i);

// Colours and spacing of a table.
struct TableStyle {
    Color header_fill;
    Color zebra_fill;
    Color rule;
    double pad_x = 6;
    double pad_y = 4;
    graphics::FaceStyle faces;
    double face_size = 14;
    ResolvedFont word_font; // the invisible verdict word under a face
    // The report's words for each face (indexed by graphics::Face): the invisible word and
    // the figure's alt text.
    std::array<std::string, 3> face_words;
    std::array<std::string, 3> face_alts;
    std::size_t keep_rows = 3;           // body rows kept on either side of a page break
    graphics::SpcColors spc_colors = {}; // SPC icons in cells (the theme's spc-* colours)
};

class TableBlock : public Block {
public:
    TableBlock(SourcePos pos, std::vector<double> column_widths, std::vector<model::Align> align,
               std::vector<LaidRow> header, std::vector<LaidRow> body, bool zebra,
               TableStyle style);

    double height() const override;
    Split split(double avail) const override;
    Split split_at_top(double avail) const override;
    bool can_start(double avail) const override { return rows_that_fit(avail) > 0; }
    void draw(Canvas& canvas, Point top_left) const override;
    double space_after() const override { return 10; }

private:
    // The columns, header rows and style every part of a split table shares, never copied.
    struct Shared {
        std::vector<double> widths;
        std::vector<model::Align> align;
        std::vector<LaidRow> header;
        bool zebra;
        TableStyle style;
    };

    // How many body rows go in `avail` points below the header rows (0, or at least
    // keep_rows with keep_rows left for the next page).
    std::size_t rows_that_fit(double avail, bool keep = true) const;
    // The parts of a split after `fit` body rows.
    Split split_after(std::size_t fit) const;

    // What a drawn row is: the header (its cells describe the columns), the header repeated on
    // a continuation page (decoration: it was read once already), or a body row.
    enum class RowRole { Header, RepeatedHeader, Body };
    void draw_row(Canvas& canvas, const LaidRow& row, Point at, RowRole role,
                  std::optional<Color> fill) const;

    std::shared_ptr<const Shared> table_;
    SharedRows<LaidRow> body_; // zebra parity goes on from body_.start()
};

} // namespace bp::layout
