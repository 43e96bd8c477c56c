// The span of months a figure covers, as layouts name it: any period ("2017-06", "2017/18 Q1",
// "2016/17", "2016"), the rolling 12 months to the end of a month ("12m:2017-06"), the
// financial year to the end of a month ("ytd:2026-10" = April–October 2026) or a range of
// months ("2025-11..2026-10", both ends included).
#pragma once

#include "model/period.hpp"

#include <string_view>

namespace bp::compute {

// A window is a model::Period (which includes the rolling 12-month, year-to-date and
// range-of-months kinds).
using Window = model::Period;

// Parses window text; throws LookupError("bad window \"…\": …") on anything else.
Window parse_window(std::string_view text);

// The accepted forms, for error messages.
inline constexpr std::string_view window_forms =
    "a month (2017-06), financial quarter (2017/18 Q1), financial year (2016/17), calendar "
    "year (2016), 12 months to a month's end (12m:2017-06), the financial year to a month's "
    "end (ytd:2017-06) or a range of months (2016-11..2017-06)";

} // namespace bp::compute
