// The two Making Data Count icons of a metric: variation (what its latest point says) and
// assurance (whether its process will meet the target), from an XmR chart and its rules.
#pragma once

#include "compute/spc_limits.hpp"
#include "compute/spc_rules.hpp"
#include "model/data_indicator.hpp"

#include <optional>
#include <span>

namespace bp::compute {

// The variation icon: the latest point is common cause, or part of a special-cause signal
// that is an improvement, a concern, or (neutral indicator) neither, high or low.
enum class VariationIcon {
    None, // no points
    CommonCause,
    ImprovementHigh,
    ImprovementLow,
    ConcernHigh,
    ConcernLow,
    NeitherHigh,
    NeitherLow,
};

// The assurance icon: the target lies outside the latest limits on the failing side (every
// point of the process passes), on the passing side (every point fails), between or on them
// (hit and miss); None without a target or for a neutral indicator.
enum class AssuranceIcon { None, ConsistentlyPassing, ConsistentlyFailing, HitAndMiss };

// The variation icon from the latest of `points` (as special_causes gives them): its class and
// side; CommonCause when no rule flags it.
VariationIcon variation_icon(std::span<const SpcPoint> points);

// The assurance icon of `target` against the limits (as shown, clipped) of the chart's last
// segment. Higher-is-better passes consistently when target < lower limit and fails
// consistently when target > upper limit; lower-is-better the other way round; a target
// exactly on a limit is hit and miss.
AssuranceIcon assurance_icon(const XmrChart& chart, std::optional<double> target,
                             model::Polarity polarity);

} // namespace bp::compute
