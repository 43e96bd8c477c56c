// Shared value scales: charts naming the same `scale` group (e.g. every copy of a chart in one
// <repeat>) are drawn on one scale covering all their values, and with plots of one height,
// so small multiples compare.
#pragma once

#include "layout/block_builder.hpp"

namespace bp::layout {

// The value range of every scale group named by a chart of the report: the lowest and highest
// value any of its charts draws (series, reference lines, bands, fixed ends).
ScaleRanges shared_scales(const model::Report& report, BuildContext& ctx);

// The plot height of every scale group: the lowest plot any of its charts would get in its box
// (a fixed height, or the room a per-page section's other blocks leave a height="fill" chart),
// whatever titles, notes and legends sit around it. `templates[i]` is section i's template.
// Needs ctx.scales; sections whose blocks cannot be built are left for the real build to report.
ScalePlots shared_plot_heights(const model::Report& report,
                               const std::vector<const model::Template*>& templates,
                               const BuildContext& ctx);

} // namespace bp::layout
