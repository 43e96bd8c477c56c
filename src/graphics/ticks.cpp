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
    const int mantissas[] = {1, 2, 4, 5};
    // Of the steps that keep the count within the limit, the one whose axis is shortest (fits
    // the data most closely); on a tie, a step of 1, 2 or 5 × 10^k before one of 4 × 10^k, and
    // then the smaller step (more ticks).
    bool found = false;
    long long best_a = 0, best_b = -1;
    int best_m = 1, best_e = 0;
    double best_span = 0;
    // The widest step tried, if none keeps the count within the limit.
    long long last_a = 0, last_b = -1;
    int last_m = 1, last_e = 0;
    for (int e = e0; e <= e0 + 2; ++e) {
        for (int m : mantissas) {
            double step = m * std::pow(10.0, e);
            if (step < raw * (1 - 1e-12)) continue;
            auto a = static_cast<long long>(std::floor(lo / step + 1e-9));
            auto b = static_cast<long long>(std::ceil(hi / step - 1e-9));
            last_a = a, last_b = b, last_m = m, last_e = e;
            if (b - a + 1 > limit) continue;
            const double axis = static_cast<double>(b - a) * step;
            const bool shorter = axis < best_span * (1 - 1e-9);
            const bool tie = !shorter && axis <= best_span * (1 + 1e-9);
            if (!found || shorter || (tie && best_m == 4 && m != 4)) {
                found = true;
                best_a = a, best_b = b, best_m = m, best_e = e, best_span = axis;
            }
        }
    }
    if (found) return build(best_a, best_b, best_m, best_e);
    return build(last_a, last_b, last_m, last_e);
}

std::vector<double> pin_scale_ends(std::vector<double> ticks, std::optional<double> lo,
                                   std::optional<double> hi) {
    if (ticks.size() < 2 || (!lo && !hi)) return ticks;
    const double a = lo ? *lo : ticks.front(), b = hi ? *hi : ticks.back();
    if (!(b > a)) return ticks;
    // Ticks a whole number of one step apart from end to end: the finest step of 1, 2, 4
    // or 5 × 10^k that divides the axis and keeps the count within the ticks given (at least
    // 3), else within twice as many less one (their labels still clear each other); failing
    // that, the two ends alone.
    const std::size_t given = std::max<std::size_t>(ticks.size(), 3);
    for (const std::size_t limit : {given, 2 * given - 1}) {
        const double span = b - a;
        const double mantissas[] = {1, 2, 4, 5};
        const int e0 = static_cast<int>(std::floor(std::log10(span))) - 3;
        for (int e = e0; e <= e0 + 4; ++e)
            for (double m : mantissas) {
                const double step = m * std::pow(10.0, e);
                const double count = span / step;
                const double whole = std::round(count);
                if (whole < 2 || whole + 1 > static_cast<double>(limit)) continue;
                if (std::fabs(count - whole) > 1e-9 * whole) continue;
                std::vector<double> out;
                const auto n = static_cast<long long>(whole);
                for (long long k = 0; k <= n; ++k) // exact decimals, as nice_ticks gives them
                    out.push_back(
                        k == n ? b : a + span * static_cast<double>(k) / static_cast<double>(n));
                return out;
            }
    }
    return {a, b};
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

} // namespace bp::graphics
