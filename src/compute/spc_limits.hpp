// XmR (individuals) process limits of a monthly series for statistical process control, as
// NHS England's "Making Data Count" draws them: mean, moving ranges, mean moving range, limits
// at mean ± 2.66 × mean moving range, optionally screened, clipped to the unit's bounds, and
// recalculated (rebased) at given points.
#pragma once

#include "model/data_indicator.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace bp::compute {

// The scaling constants of an XmR chart: limits at mean ± 2.66 × mean moving range (3 sigma,
// with sigma = mean moving range / 1.128); moving ranges above 3.267 × their mean are screened.
inline constexpr double xmr_limit_factor = 2.66;
inline constexpr double xmr_screen_factor = 3.267;

// The values a unit can take: a count, rate or duration is never below 0, a percentage is
// between 0 and 100; money, scores, ratios and plain numbers have no bound.
struct SpcBounds {
    std::optional<double> lower;
    std::optional<double> upper;
};
SpcBounds spc_bounds_of(model::Unit unit);

// How the limits are computed. Points are addressed by their 0-based index in the series (the
// caller keeps the month labels).
struct XmrOptions {
    // Recalculation points: each index starts a new segment whose mean, moving ranges and
    // limits are computed from its own points only (drawn as steps). Sorted or not; 0 and
    // duplicates are ignored; an index past the end is an error.
    std::vector<std::size_t> rebase = {};
    // The baseline: when set, each segment's mean and mean moving range come from its first
    // `baseline_points` points only (all of them when the segment is shorter); the limits then
    // extend over the rest of the segment. Empty: all points of the segment.
    std::optional<std::size_t> baseline_points = {};
    // Screening (off by default): after the mean moving range of a baseline is computed, the
    // moving ranges strictly above 3.267 × that mean are left out and the mean moving range is
    // computed again from the rest, once (no second pass). The mean is never screened.
    bool screen_moving_ranges = false;
    // Where the limits are clipped (see spc_bounds_of).
    SpcBounds bounds = {};
};

// Produces one segment's centre line and limits: points [first, end), of which
// [first, baseline_end) made the figures.
struct XmrSegment {
    std::size_t first = 0;
    std::size_t end = 0;
    std::size_t baseline_end = 0;
    double mean = 0;
    double mean_moving_range = 0;
    // Limits as computed (mean ± 2.66 × mean moving range), before clipping; the rules use these.
    double upper_limit_raw = 0;
    double lower_limit_raw = 0;
    // Limits as shown: clipped to the unit's bounds, and whether they were.
    double upper_limit = 0;
    double lower_limit = 0;
    bool upper_clipped = false;
    bool lower_clipped = false;
    // The moving ranges the screening left out, by the index of the later of their two points.
    std::vector<std::size_t> screened = {};

    // Sigma = 2.66 × mean moving range / 3 (≈ mean moving range / 1.128).
    double sigma() const;
    // Two-thirds of the way from the mean to each (unclipped) limit: mean ± 2 sigma.
    double upper_two_sigma() const;
    double lower_two_sigma() const;
    bool contains(std::size_t index) const { return index >= first && index < end; }
};

// Produces the XmR chart of a series: its values, the moving range ending at each point (empty
// at the first point of each segment, as a range never spans a rebase), and its segments.
struct XmrChart {
    std::vector<double> values;
    std::vector<std::optional<double>> moving_ranges;
    std::vector<XmrSegment> segments;

    // The segment holding point `index`.
    const XmrSegment& segment_of(std::size_t index) const;
};

// Computes the XmR chart of `values` (finite numbers, in month order). Throws
// std::invalid_argument when a value is not finite, a rebase index is past the end, or a
// segment's baseline has fewer than 2 points (no moving range).
XmrChart compute_xmr(std::span<const double> values, const XmrOptions& options = {});

} // namespace bp::compute
