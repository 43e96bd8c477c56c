// Shared value scales: charts naming the same `scale` group (e.g. every copy of a chart in one
// <repeat>) are drawn on one scale covering all their values, so small multiples compare.
#pragma once

#include "layout/block_builder.hpp"

namespace bp::layout {

// The value range of every scale group named by a chart of the report: the lowest and highest
// value any of its charts draws (series, reference lines, bands, fixed ends).
ScaleRanges shared_scales(const model::Report& report, BuildContext& ctx);

} // namespace bp::layout
