#include "compute/spc_limits.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace bp::compute {

SpcBounds spc_bounds_of(model::Unit unit) {
    switch (unit) {
    case model::Unit::Count:
    case model::Unit::Rate:
    case model::Unit::Duration:
        return {0.0, std::nullopt};
    case model::Unit::Percent:
        return {0.0, 100.0};
    case model::Unit::Money:
    case model::Unit::Score:
    case model::Unit::Ratio:
    case model::Unit::Number:
        break;
    }
    return {};
}

double XmrSegment::sigma() const {
    return xmr_limit_factor * mean_moving_range / 3.0;
}

double XmrSegment::upper_two_sigma() const {
    return mean + 2.0 * sigma();
}

double XmrSegment::lower_two_sigma() const {
    return mean - 2.0 * sigma();
}

const XmrSegment& XmrChart::segment_of(std::size_t index) const {
    for (const XmrSegment& s : segments)
        if (s.contains(index)) return s;
    throw std::out_of_range("XmR point " + std::to_string(index) + " is past the end");
}

namespace {

// The segment's boundaries: 0, the rebase points in order, the end.
std::vector<std::size_t> segment_starts(std::size_t count, std::vector<std::size_t> rebase) {
    for (std::size_t r : rebase)
        if (r >= count)
            throw std::invalid_argument("rebase point " + std::to_string(r) +
                                        " is past the last of " + std::to_string(count) +
                                        " points");
    rebase.push_back(0);
    std::sort(rebase.begin(), rebase.end());
    rebase.erase(std::unique(rebase.begin(), rebase.end()), rebase.end());
    return rebase;
}

double mean_of(const std::vector<double>& xs) {
    double sum = 0;
    for (double x : xs)
        sum += x;
    return sum / static_cast<double>(xs.size());
}

XmrSegment make_segment(const XmrChart& chart, std::size_t first, std::size_t end,
                        const XmrOptions& options) {
    XmrSegment s;
    s.first = first;
    s.end = end;
    s.baseline_end =
        options.baseline_points ? std::min(end, first + *options.baseline_points) : end;
    if (s.baseline_end - first < 2)
        throw std::invalid_argument("the baseline from point " + std::to_string(first) +
                                    " has fewer than 2 points, so no moving range");
    std::vector<double> xs(chart.values.begin() + static_cast<std::ptrdiff_t>(first),
                           chart.values.begin() + static_cast<std::ptrdiff_t>(s.baseline_end));
    s.mean = mean_of(xs);
    std::vector<double> ranges;
    for (std::size_t i = first + 1; i < s.baseline_end; ++i)
        ranges.push_back(*chart.moving_ranges[i]);
    s.mean_moving_range = mean_of(ranges);
    if (options.screen_moving_ranges) {
        const double cut = xmr_screen_factor * s.mean_moving_range;
        std::vector<double> kept;
        for (std::size_t i = first + 1; i < s.baseline_end; ++i) {
            if (*chart.moving_ranges[i] > cut)
                s.screened.push_back(i);
            else
                kept.push_back(*chart.moving_ranges[i]);
        }
        if (!kept.empty()) s.mean_moving_range = mean_of(kept);
    }
    s.upper_limit_raw = s.mean + xmr_limit_factor * s.mean_moving_range;
    s.lower_limit_raw = s.mean - xmr_limit_factor * s.mean_moving_range;
    s.upper_limit = s.upper_limit_raw;
    s.lower_limit = s.lower_limit_raw;
    if (options.bounds.upper && s.upper_limit > *options.bounds.upper) {
        s.upper_limit = *options.bounds.upper;
        s.upper_clipped = true;
    }
    if (options.bounds.lower && s.lower_limit < *options.bounds.lower) {
        s.lower_limit = *options.bounds.lower;
        s.lower_clipped = true;
    }
    return s;
}

} // namespace

XmrChart compute_xmr(std::span<const double> values, const XmrOptions& options) {
    XmrChart chart;
    chart.values.assign(values.begin(), values.end());
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i]))
            throw std::invalid_argument("XmR point " + std::to_string(i) + " is not a number");
    if (values.size() < 2) throw std::invalid_argument("an XmR chart needs at least 2 points");
    const std::vector<std::size_t> starts = segment_starts(values.size(), options.rebase);
    chart.moving_ranges.assign(values.size(), std::nullopt);
    for (std::size_t i = 1; i < values.size(); ++i)
        if (!std::binary_search(starts.begin(), starts.end(), i))
            chart.moving_ranges[i] = std::fabs(values[i] - values[i - 1]);
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : values.size();
        chart.segments.push_back(make_segment(chart, starts[k], end, options));
    }
    return chart;
}

} // namespace bp::compute
