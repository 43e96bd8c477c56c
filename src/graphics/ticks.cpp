#include "graphics/ticks.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace bp::graphics {

namespace {

// Ticks spaced m × 10^e from a to b (in units of the step), each computed from integers so
// that decimal steps come out as the nearest double to the decimal value.
std::vector<double> build(long long a, long long b, int m, int e) {
    std::vector<double> out;
    if (b >= a) out.reserve(static_cast<std::size_t>(b - a + 1));
    double scale = std::pow(10.0, std::abs(e));
    for (long long k = a; k <= b; ++k) {
        double units = static_cast<double>(k * m);
        out.push_back(e >= 0 ? units * scale : units / scale);
    }
    return out;
}

} // namespace

std::vector<double> nice_ticks(double lo, double hi, int max_ticks) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) return {0, 1};
    if (lo > hi) std::swap(lo, hi);
    if (lo == hi) {
        if (lo == 0)
            hi = 1;
        else if (lo > 0)
            lo = 0;
        else
            hi = 0;
    }
    double span = hi - lo;
    if (lo > 0 && lo <= span / 2)
        lo = 0;
    else if (hi < 0 && -hi <= span / 2)
        hi = 0;
    span = hi - lo;
    int limit = std::max(max_ticks, lo < 0 && hi > 0 ? 3 : 2);
    double raw = span / (limit - 1);
    int e0 = static_cast<int>(std::floor(std::log10(raw)));
    const int mantissas[] = {1, 2, 5};
    // The widest step tried, if none keeps the count within the limit.
    long long last_a = 0, last_b = -1;
    int last_m = 1, last_e = 0;
    for (int e = e0; e <= e0 + 2; ++e) {
        for (int m : mantissas) {
            double step = m * std::pow(10.0, e);
            if (step < raw * (1 - 1e-12)) continue;
            auto a = static_cast<long long>(std::floor(lo / step + 1e-9));
            auto b = static_cast<long long>(std::ceil(hi / step - 1e-9));
            if (b - a + 1 <= limit) return build(a, b, m, e);
            last_a = a, last_b = b, last_m = m, last_e = e;
        }
    }
    return build(last_a, last_b, last_m, last_e);
}

int tick_decimals(double step) {
    step = std::fabs(step);
    if (!(step > 0) || !std::isfinite(step)) return 0;
    for (int d = 0; d < 12; ++d) {
        double scaled = step * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * scaled) return d;
    }
    return 12;
}

std::vector<double> pin_scale_ends(std::vector<double> ticks, std::optional<double> lo,
                                   std::optional<double> hi) {
    if (ticks.size() < 2) return ticks;
    const double step = ticks[1] - ticks[0];
    if (lo) {
        std::erase_if(ticks, [&](double t) { return t < *lo + 0.4 * step; });
        ticks.insert(ticks.begin(), *lo);
    }
    if (hi) {
        std::erase_if(ticks, [&](double t) { return t > *hi - 0.4 * step; });
        ticks.push_back(*hi);
    }
    return ticks;
}

} // namespace bp::graphics
