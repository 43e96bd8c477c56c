// Lays a report out into the display list: builds blocks from the model, paginates them
// through the page templates, then finishes headers, footers, page links and bookmarks.
#pragma once

#include "compute/figures.hpp"
#include "core/error.hpp"
#include "display/display_list.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"
#include "text/font_book.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bp::layout {

// Settings that do not come from the layout files.
struct LayoutOptions {
    std::string creator = "boardpack";
    std::optional<long long> created;            // CreationDate; unset for reproducible output
    std::vector<Diagnostic>* warnings = nullptr; // receives warnings (characters no font has)
};

// Throws bp::InputError for content that cannot be laid out (e.g. a block taller than an
// empty page), naming the block's file:line and the page.
// `figures` gives the data-driven blocks their figures (null: the report uses no data).
display::Document layout_report(const model::Report& report, const model::Theme& theme,
                                text::FontBook& fonts, const LayoutOptions& options = {},
                                const compute::Figures* figures = nullptr);

} // namespace bp::layout
