// A target for an indicator (one row of targets.csv): the value a window's figure should reach,
// for one area or every area, with a tolerance for "within tolerance".
#pragma once

#include "core/source_pos.hpp"
#include "model/period.hpp"

#include <optional>
#include <string>

namespace bp::model {

// The target for (indicator, area, period). `area` empty: every area without its own target.
// `tolerance` empty: the indicator rule's default. The target applies to the figure of exactly
// `period`'s months, and (unless the indicator is summed) to shorter windows within them that
// have no target of their own (compute::Figures::find_target).
struct Target {
    std::string indicator;
    std::string area;
    Period period = Period::month(2000, 1);
    double value = 0;
    std::optional<double> tolerance;
    SourcePos pos;
};

} // namespace bp::model
