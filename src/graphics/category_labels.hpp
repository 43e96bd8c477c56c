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
// [lo, hi], so that shown labels are at least `min_gap` apart. Shows every k-th label from the
// first with the smallest k that fits; if the last label is then not shown, prefers a slightly
// larger k (up to 2k − 1) that lands on the last one, else adds the last label (replacing the
// previous shown one if they would collide). With no k that fits, shows the last label alone
// (the most recent period). Labels wider than hi − lo are never shown.
LabelChoice choose_category_labels(const std::vector<double>& centres,
                                   const std::vector<double>& widths, double lo, double hi,
                                   double min_gap);

} // namespace bp::graphics
