// The change between two figures as a report shows it: a % difference for counts, a
// percentage-point difference for percentages, a plain difference otherwise, never a
// division by zero.
#pragma once

#include "model/data_indicator.hpp"

namespace bp::compute {

// What the layout asks for. Auto: % difference for counts, percentage points for percentages,
// plain difference (in the rate's own unit) for rates. Absolute: after − before (percentage
// points for percentages). Percent: (after − before) / |before| × 100 for any unit.
enum class ChangeMode { Auto, Absolute, Percent };

// What a Change holds, and so how it is printed: "+1", "−9.96%", "+1.65 pp".
enum class ChangeKind { Difference, Percent, Points };

// A change between two figures, rounded to 10 decimals to remove binary noise (so that
// 11.335 − 11.21 is exactly 0.125 and prints as "+0.13 pp").
struct Change {
    ChangeKind kind = ChangeKind::Difference;
    double value = 0;
};

// The change from `before` to `after` for a figure in `unit`. A % difference from a zero base
// is undefined, so it becomes the plain difference ("0 → 1" is "+1", kind Difference).
Change compute_change(double before, double after, model::Unit unit, ChangeMode mode);

// The change verdict rules judge, whatever the layout shows: for counts the % difference
// (from a zero base: +∞ for a rise, −∞ for a fall, 0 if both are zero); for percentages the
// percentage-point difference; for rates the plain difference. Rounded to 10 decimals so that
// binary noise (13.33 − 11.33) never moves a figure across a threshold.
double rule_change(double before, double after, model::Unit unit);

} // namespace bp::compute
