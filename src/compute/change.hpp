// The change between two figures as a report shows it: a % difference, a percentage-point
// difference or a plain difference in the unit, as the indicator (or the layout) asks, never a
// division by zero.
#pragma once

#include "model/data_indicator.hpp"

namespace bp::compute {

// What the layout asks for. Auto: the indicator's change measure (by default % difference for
// counts and money, percentage points for percentages, plain difference in the unit
// otherwise). Absolute: after − before (percentage points for percentages). Percent:
// (after − before) / |before| × 100 for any unit.
enum class ChangeMode { Auto, Absolute, Percent };

// What a Change holds, and so how it is printed: "+1", "−9.96%", "+1.65 pp".
enum class ChangeKind { Difference, Percent, Points };

// A change between two figures, rounded to 10 decimals to remove binary noise (so that
// 11.335 − 11.21 is exactly 0.125 and prints as "+0.13 pp").
struct Change {
    ChangeKind kind = ChangeKind::Difference;
    double value = 0;
};

// The change from `before` to `after` for a figure in `unit`, with the unit's default measure
// for Auto. A % difference from a zero base is undefined, so it becomes the plain difference
// ("0 → 1" is "+1", kind Difference).
Change compute_change(double before, double after, model::Unit unit, ChangeMode mode);
// The same with the indicator's own change measure for Auto.
Change compute_change(double before, double after, const model::Indicator& indicator,
                      ChangeMode mode);

// The change verdict rules judge, whatever the layout shows: the indicator's change measure
// (% difference from a zero base: +∞ for a rise, −∞ for a fall, 0 if both are zero). Rounded
// to 10 decimals so that binary noise (13.33 − 11.33) never moves a figure across a threshold.
double rule_change(double before, double after, const model::Indicator& indicator);
// The same with the unit's default measure.
double rule_change(double before, double after, model::Unit unit);

} // namespace bp::compute
