// Finishes the paginated document: header and footer bands (titles, buttons, "Page N of M"),
// a destination at the top of every page, @next/@prev links resolved to pages (dropped where
// there is no such page), bookmarks, page labels and document info.
#pragma once

#include "layout/paginate.hpp"
#include "layout/style_fonts.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"

namespace bp::layout {

void finalize(display::Document& doc, const std::vector<PageContext>& pages,
              const model::Report& report, const model::Theme& theme, StyleFonts& fonts);

} // namespace bp::layout
