// Internal to graphics: the data a chart draws (bars, series lines and their markers, reference
// lines) as shapes a label box can be tested against, so that no label is drawn over the data.
#pragma once

#include "core/geometry.hpp"
#include "graphics/chart_geometry.hpp"
#include "graphics/chart_spec.hpp"
#include "graphics/chart_style.hpp"

#include <vector>

namespace bp::graphics::detail {

// A stroked segment: its ends and half its line width.
struct MarkSegment {
    Point a;
    Point b;
    double half_width = 0;
};

// Produces the marks of a chart's data: filled boxes (bars, markers) and stroked segments
// (series lines, reference lines).
struct DataMarks {
    std::vector<Rect> boxes;
    std::vector<MarkSegment> segments;

    // True if `r` touches any mark (its inside; touching an edge exactly does not count).
    bool hit(const Rect& r) const;
};

// The marks `spec` draws in geometry `g` (its plot, scale and bars must be laid out).
DataMarks data_marks(const ChartSpec& spec, const ChartGeometry& g, const ChartStyle& style);

// True if the insides of two boxes overlap.
bool boxes_overlap(const Rect& a, const Rect& b);

} // namespace bp::graphics::detail
