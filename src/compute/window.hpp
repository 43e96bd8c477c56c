// The span of months a figure covers, as layouts name it: any period ("2017-06", "2017/18 Q1",
// "2016/17", "2016") or the rolling 12 months to the end of a month ("12m:2017-06").
#pragma once

#include "model/period.hpp"

#include <string_view>

namespace bp::compute {

// A window is a model::Period (which includes the rolling 12-month kind).
using Window = model::Period;

// Parses window text; throws LookupError("bad window \"…\": …") on anything else.
Window parse_window(std::string_view text);

} // namespace bp::compute
