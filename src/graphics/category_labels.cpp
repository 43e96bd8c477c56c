#include "graphics/category_labels.hpp"

#include <algorithm>

namespace bp::graphics {

namespace {

// Produces where each label would start and whether chosen labels fit and stay apart. A choice
// is every k-th label from the first, up to some label, perhaps followed by the last one.
struct Labels {
    const std::vector<double>& centres;
    const std::vector<double>& widths;
    double lo, hi, gap;
    int n; // labels considered: min(centres.size(), widths.size())

    bool fits_box(int i) const { return widths[i] <= hi - lo; }
    double left(int i) const { return std::clamp(centres[i] - widths[i] / 2, lo, hi - widths[i]); }
    bool clear(int a, int b) const { return left(b) >= left(a) + widths[a] + gap; }

    // The last label of every k-th one from the first.
    int last_of_every(int k) const { return (n - 1) / k * k; }

    // Whether every k-th label from the first fits the box and clears the one before it.
    bool every_fits(int k) const {
        for (int i = 0; i < n; i += k)
            if (!fits_box(i) || (i > 0 && !clear(i - k, i))) return false;
        return true;
    }

    // Whether label `last` fits the box and clears label `before` (none if negative).
    bool can_follow(int before, int last) const {
        return fits_box(last) && (before < 0 || clear(before, last));
    }

    // Every k-th label from the first up to `upto` (none if negative), then `extra` if set.
    LabelChoice choice(int k, int upto, int extra) const {
        const int count = (upto >= 0 ? upto / k + 1 : 0) + (extra >= 0 ? 1 : 0);
        LabelChoice c;
        c.shown.reserve(static_cast<std::size_t>(count));
        c.left.reserve(static_cast<std::size_t>(count));
        auto add = [&](int i) {
            c.shown.push_back(i);
            c.left.push_back(left(i));
        };
        for (int i = 0; i <= upto; i += k)
            add(i);
        if (extra >= 0) add(extra);
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
        if (!L.every_fits(k)) continue;
        const int end = L.last_of_every(k);
        if (end == last) return L.choice(k, end, -1);
        for (int k2 = k + 1; k2 < 2 * k; ++k2)
            if (last % k2 == 0 && L.every_fits(k2)) return L.choice(k2, last, -1);
        if (L.can_follow(end, last)) return L.choice(k, end, last);         // add the last
        if (L.can_follow(end - k, last)) return L.choice(k, end - k, last); // or swap it in
        return L.choice(k, end, -1);
    }
    if (L.fits_box(last)) return L.choice(1, -1, last);
    return {};
}

} // namespace bp::graphics
