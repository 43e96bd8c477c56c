// SPC of one indicator's months: the XmR chart, its special causes and its two icons computed
// together, once, for every output that shows them (SPC chart, SPC table, email); and the
// month-level inputs they share: rebase months as indices, each month's target.
#pragma once

#include "compute/figures.hpp"
#include "compute/spc_icons.hpp"
#include "compute/spc_limits.hpp"
#include "compute/spc_rules.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace bp::compute {

// Produces what SPC says of a series: the chart (limits per segment), each point's verdict,
// the variation icon and the assurance icon (against `target`).
struct SpcSeries {
    XmrChart chart;
    std::vector<SpcPoint> points;
    VariationIcon variation = VariationIcon::None;
    AssuranceIcon assurance = AssuranceIcon::None;
};

// Computes compute_xmr, special_causes, variation_icon and assurance_icon of `values` (as
// compute_xmr: throws std::invalid_argument for a bad series or options).
SpcSeries spc_series(std::span<const double> values, const XmrOptions& options,
                     const SpcRuleOptions& rules, model::Polarity polarity,
                     std::optional<double> target);

// The 0-based index of each rebase month (texts such as "2024-04") in months starting at
// month serial `from_serial`, `count` of them. Throws LookupError for a text that is not a
// month, or a month not after the first and within the months.
std::vector<std::size_t> rebase_indices(const std::vector<std::string>& months, int from_serial,
                                        std::size_t count);

// The target of each of `count` months from month serial `from_serial` (NaN where none
// applies): the value of the shortest target window of targets.csv that contains the month (a
// month's own target before its quarter's, a quarter's before its financial year's). Throws
// LookupError for an unknown indicator or area.
std::vector<double> monthly_targets(const Figures& figures, const std::string& indicator,
                                    const std::string& area, int from_serial, std::size_t count);

} // namespace bp::compute
