// The web edition: the report as one self-contained HTML page (no external requests, no
// scripts), its structure from the layout (sections, headings, menus, glossary), its tables'
// cells from compute::indicator_table_cells (the PDF's cells), its faces and charts drawn as
// inline SVG from the graphics layer's items.
#pragma once

#include "compute/figures.hpp"
#include "core/error.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"
#include "text/font_book.hpp"

#include <string>
#include <vector>

namespace bp::web {

// Produces the page's bytes and the warnings making it gave (contrast below AA, figures that
// cannot be reproduced from the printed ones, as `build` gives them for the PDF).
struct WebPage {
    std::string html;
    std::vector<Diagnostic> warnings;
};

// The web edition of `report`. Throws InputError where the layout asks for what the data
// cannot give (as the PDF's layout does). The same inputs give the same bytes.
WebPage web_page(const model::Report& report, const model::Theme& theme, text::FontBook& book,
                 const compute::Figures* figures);

} // namespace bp::web
