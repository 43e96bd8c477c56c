// Thinning of x-axis category labels so that no two shown labels collide.
#pragma once

#include <vector>

namespace bp::graphics {

// Produces which labels are shown and where each shown label starts.
struct LabelChoice {
    std::vector<int> shown; // ascending category indices
    std::vector<double> left;
};

// Chooses labels centred on `centres` with `widths`, each shifted to stay within
// [lo, hi], so that shown labels are at least `min_gap` apart. Shows every k-th label counted
// back from the last (the latest period is always labelled and every step is the same: never
// "Jan, Apr, Jul, Sep") with the smallest k that fits; when k does not also land on the first
// label, prefers a slightly larger k (up to 2k − 1) that does. With no k that fits, shows the
// last label alone. Labels wider than hi − lo are never shown.
LabelChoice choose_category_labels(const std::vector<double>& centres,
                                   const std::vector<double>& widths, double lo, double hi,
                                   double min_gap);

} // namespace bp::graphics
