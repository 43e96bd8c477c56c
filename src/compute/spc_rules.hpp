// The special-cause rules of NHS England's "Making Data Count" applied to an XmR chart: a point
// beyond a process limit, a run on one side of the mean, a trend, and two of three points near
// a limit; each flagged point classed improvement, concern or (neutral) special cause.
#pragma once

#include "compute/spc_limits.hpp"
#include "model/data_indicator.hpp"

#include <cstddef>
#include <vector>

namespace bp::compute {

// Which rules are applied and their lengths (a length below 2 switches the rule off).
struct SpcRuleOptions {
    bool beyond_limits = true;
    // A run: at least this many consecutive points strictly on one side of the mean.
    int run_length = 7;
    // A trend: at least this many consecutive points each strictly above (or below) the one
    // before. 6 as in NHS England's current Making Data Count guidance (older material: 7).
    int trend_length = 6;
    bool two_of_three = true;
};

// Which side of the centre line a signal points to: High (above the mean, or a rising trend),
// Low, or None for a point no rule flags.
enum class SpcSide { None, High, Low };

// What a point is: common cause, or special cause that is an improvement, a concern, or (for a
// neutral indicator) neither.
enum class SpcPointClass { CommonCause, Improvement, Concern, SpecialCause };

// Produces the verdict of the rules on one point: which rules flagged it, the direction of the
// signal and its class.
struct SpcPoint {
    bool beyond_limit = false;
    bool run = false;
    bool trend = false;
    bool two_of_three = false;
    SpcSide side = SpcSide::None;
    SpcPointClass point_class = SpcPointClass::CommonCause;

    bool special() const { return beyond_limit || run || trend || two_of_three; }
};

// Applies the rules to every point of `chart`, each segment with its own mean and limits (a run
// or trend never spans a rebase). A point flagged by several rules takes the direction of the
// first of: beyond a limit, two of three, run, trend. Improvement is High for
// higher-is-better and Low for lower-is-better; a neutral indicator's points are SpecialCause.
std::vector<SpcPoint> special_causes(const XmrChart& chart, model::Polarity polarity,
                                     const SpcRuleOptions& options = {});

} // namespace bp::compute
