// One page's content stream as PDF operators, written with the graphics state tracked: colours,
// line styles and fonts are set only when they change, consecutive text runs share one text
// object, and nothing is wrapped in q … Q except images. Knows nothing of libharu: the caller
// gives resource names and PDF coordinates (y up).
#pragma once

#include "core/color.hpp"
#include "display/display_list.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bp::render::pdf {

class ContentWriter {
public:
    // Shows `utf8` in font `font` (a resource name such as "F1") at `size`, its baseline
    // starting at (x, y), as the codes of font_codes.hpp; `invisible` text is not painted
    // (render mode 3) but is extracted.
    void text(std::string_view font, double size, const Color& color, double x, double y,
              std::string_view utf8, bool invisible = false);
    // Fills and/or strokes `item` (fill first); `page_height` flips its y down to PDF's y up.
    // A stroke of width 0 draws nothing, as in cairo.
    void path(const display::PathItem& item, double page_height);
    // Paints image XObject `name` into the box with lower-left corner (x, y).
    void image(std::string_view name, double x, double y, double w, double h);

    // Starts a marked-content sequence owned by a structure element: "/TD <</MCID 3>> BDC".
    void begin_marked(std::string_view tag, unsigned mcid);
    // Starts an artifact: "/Artifact BMC", or of type Pagination (running headers and footers).
    void begin_artifact(bool pagination);
    // Ends the sequence begun last.
    void end_marked();

    // The finished stream (any text object closed), valid until the next call.
    std::string_view finish();
    // Starts a new page in the initial graphics state, keeping the buffer's capacity.
    void restart();

private:
    void end_text();
    void fill_color(const Color& c);
    void stroke_style(const display::Stroke& s);
    bool outline(const display::Path& path, double page_height);
    // A number with at most `decimals` (≤ 4) decimals and no trailing zeros, then a space.
    void number(double v, int decimals);
    // `v` in the units positions are written in (see content_writer.cpp), rounded.
    static long long units(double v);
    // A position or length given in those units, then a space.
    void position(long long units);
    void op(std::string_view name);

    std::string out_;
    bool in_text_ = false;
    long long line_x_ = 0, line_y_ = 0; // text line origin in units, inside a text object
    std::string font_;
    double font_size_ = 0;
    bool invisible_ = false; // text render mode 3
    Color fill_;             // PDF's initial state: black
    Color stroke_;           // black
    double line_width_ = 1;
    display::Stroke::Cap cap_ = display::Stroke::Cap::Butt;
    display::Stroke::Join join_ = display::Stroke::Join::Miter;
    std::vector<double> dash_;
};

} // namespace bp::render::pdf
