// An SPC chart from a line chart's spec: the XmR chart and special causes computed by
// compute/ (compute_xmr, special_causes, variation_icon, assurance_icon) and handed to the
// graphics layer as point classes, mean and limit lines, segments and icons.
#pragma once

#include "compute/spc_icons.hpp"
#include "graphics/chart_spec.hpp"
#include "graphics/spc_icon.hpp"
#include "model/report.hpp"
#include "model/theme.hpp"

#include <optional>

namespace bp::layout {

// Turns `spec` (a line chart of one series over the chart's months, the first of them month
// serial `from_serial`, its target line if any already added) into the SPC chart `c` asks for
// of indicator `ind`: marks, mean and limit lines with labels, segments, icons and words from
// the theme. Throws InputError (at the chart's attributes) for a month with no value, a rebase
// month outside the chart, or a segment too short for a moving range.
void add_spc(graphics::ChartSpec& spec, const model::Chart& c, const model::Indicator& ind,
             int from_serial, const model::Theme& theme);

// The icon shapes of compute's icons (nullopt for None).
std::optional<graphics::VariationShape> variation_shape(compute::VariationIcon icon);
std::optional<graphics::AssuranceShape> assurance_shape(compute::AssuranceIcon icon);

// The SPC colours of the theme: [colors] spc-improvement, spc-concern, spc-common,
// spc-special, else the defaults.
graphics::SpcColors spc_colors(const model::Theme& theme);

} // namespace bp::layout
