#include "graphics/category_labels.hpp"

#include <algorithm>

namespace bp::graphics {

namespace {

// Produces where each label would start and whether chosen labels fit and stay apart. A choice
// is every k-th label counted back from the last, so the steps are even and the latest period
// is always labelled.
struct Labels {
    const std::vector<double>& centres;
    const std::vector<double>& widths;
    double lo, hi, gap;
    int n; // labels considered: min(centres.size(), widths.size())

    bool fits_box(int i) const { return widths[i] <= hi - lo; }
    double left(int i) const { return std::clamp(centres[i] - widths[i] / 2, lo, hi - widths[i]); }
    bool clear(int a, int b) const { return left(b) >= left(a) + widths[a] + gap; }

    // Whether every k-th label counted back from `last` fits the box and clears the one before.
    bool every_back_fits(int k, int last) const {
        for (int i = last % k; i <= last; i += k)
            if (!fits_box(i) || (i >= k + last % k && !clear(i - k, i))) return false;
        return true;
    }

    // Every k-th label counted back from `last` (ascending).
    LabelChoice choice(int k, int last) const {
        LabelChoice c;
        const int count = last / k + 1;
        c.shown.reserve(static_cast<std::size_t>(count));
        c.left.reserve(static_cast<std::size_t>(count));
        for (int i = last % k; i <= last; i += k) {
            c.shown.push_back(i);
            c.left.push_back(left(i));
        }
        return c;
    }
};

} // namespace

LabelChoice choose_category_labels(const std::vector<double>& centres,
                                   const std::vector<double>& widths, double lo, double hi,
                                   double min_gap) {
    const int n = static_cast<int>(std::min(centres.size(), widths.size()));
    Labels L{centres, widths, lo, hi, min_gap, n};
    if (n == 0) return {};
    const int last = n - 1;
    for (int k = 1; k <= std::max(1, last); ++k) {
        if (!L.every_back_fits(k, last)) continue;
        // A step up to 2k − 1 that also starts on the first label, if one fits; else every k-th
        // counted back from the last.
        if (last % k != 0)
            for (int k2 = k + 1; k2 < 2 * k; ++k2)
                if (last % k2 == 0 && L.every_back_fits(k2, last)) return L.choice(k2, last);
        return L.choice(k, last);
    }
    if (L.fits_box(last)) return L.choice(last + 1, last);
    return {};
}

} // namespace bp::graphics
