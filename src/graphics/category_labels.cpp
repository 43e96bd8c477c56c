#include "graphics/category_labels.hpp"

#include <algorithm>

namespace bp::graphics {

namespace {

struct Labels {
    const std::vector<double>& centres;
    const std::vector<double>& widths;
    double lo, hi, gap;
    int n; // labels considered: min(centres.size(), widths.size())

    bool fits_box(int i) const { return widths[i] <= hi - lo; }
    double left(int i) const { return std::clamp(centres[i] - widths[i] / 2, lo, hi - widths[i]); }
    bool clear(int a, int b) const { return left(b) >= left(a) + widths[a] + gap; }

    bool fits(const std::vector<int>& shown) const {
        for (int i : shown)
            if (!fits_box(i)) return false;
        for (std::size_t k = 1; k < shown.size(); ++k)
            if (!clear(shown[k - 1], shown[k])) return false;
        return true;
    }

    std::vector<int> every(int k) const {
        std::vector<int> out;
        for (int i = 0; i < n; i += k)
            out.push_back(i);
        return out;
    }

    LabelChoice choice(std::vector<int> shown) const {
        LabelChoice c;
        for (int i : shown)
            c.left.push_back(left(i));
        c.shown = std::move(shown);
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
        auto shown = L.every(k);
        if (!L.fits(shown)) continue;
        if (shown.back() == last) return L.choice(shown);
        for (int k2 = k + 1; k2 < 2 * k; ++k2) {
            if (last % k2 != 0) continue;
            auto even = L.every(k2);
            if (L.fits(even)) return L.choice(even);
        }
        auto with_last = shown;
        with_last.push_back(last);
        if (L.fits(with_last)) return L.choice(with_last);
        with_last.erase(with_last.end() - 2);
        if (L.fits(with_last)) return L.choice(with_last);
        return L.choice(shown);
    }
    if (L.fits_box(last)) return L.choice({last});
    return {};
}

} // namespace bp::graphics
