// Axis ticks on round values (1, 2, 4 or 5 × a power of ten) that cover a data range.
#pragma once

#include <optional>
#include <vector>

namespace bp::graphics {

// Evenly spaced ticks whose step is 1, 2, 4 or 5 × 10^k, from a multiple of the step at or
// below `lo` to one at or above `hi`: of the steps that keep the count at most `max_ticks` (at
// least 2; 3 when the range straddles zero, which is always a tick then), the one whose axis is
// shortest — the round limits that fit the data most closely — and on a tie a step of 1, 2 or
// 5 × 10^k before one of 4 × 10^k, then the smaller step.
// The range is widened to start at 0 when it starts "near" 0 — 0 ≤ lo ≤ (hi − lo)/2, so
// including zero costs at most half the axis — and likewise to end at 0 for negative ranges.
// lo == hi widens to include 0 (0..1 when both are 0); lo > hi is swapped; non-finite bounds
// give 0..1. Values are exact decimals (0.2, not 0.20000000000000004).
std::vector<double> nice_ticks(double lo, double hi, int max_ticks);

// `ticks` (from nice_ticks, covering lo..hi) with the axis ending exactly at the fixed ends
// given, and every step the same: the axis from the fixed (else the first) tick to the fixed
// (else the last) is divided by the finest step of 1, 2, 4 or 5 × 10^k that divides it
// whole, with at least 3 and at most as many ticks as given (0–12 by 4s: 0, 4, 8, 12 — never
// 0, 5, 10, 12), else at most twice as many less one; if no such step divides it, the two ends
// alone are ticks. Unset ends leave the ticks as they are.
std::vector<double> pin_scale_ends(std::vector<double> ticks, std::optional<double> lo,
                                   std::optional<double> hi);

// Digits after the decimal point needed to print ticks spaced by `step` (0 for whole steps).
int tick_decimals(double step);

} // namespace bp::graphics
