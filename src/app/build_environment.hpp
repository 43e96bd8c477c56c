// What a build takes from outside its inputs: the font folders to search and the creation date
// (SOURCE_DATE_EPOCH), shared by `build` and `build --each-area`.
#pragma once

#include "app/cli_options.hpp"
#include "model/report.hpp"
#include "text/font_book.hpp"

#include "core/epoch_seconds.hpp"

#include <optional>

namespace bp::app {

// The fonts of --fonts, then the layout's folder, then the project's own fonts.
text::FontBook font_book(const CliOptions& options, const model::Report& report);

// SOURCE_DATE_EPOCH: read strictly by bp::source_date_epoch() (core/epoch_seconds.hpp).
using bp::source_date_epoch;

} // namespace bp::app
