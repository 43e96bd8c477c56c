#include "compute/change.hpp"

#include "core/number_text.hpp"

#include <cmath>
#include <limits>

namespace bp::compute {

namespace {
double percent_of(double before, double after) {
    return (after - before) * 100.0 / std::fabs(before);
}
} // namespace

Change compute_change(double before, double after, model::Unit unit, ChangeMode mode) {
    if (mode == ChangeMode::Auto)
        mode = unit == model::Unit::Count ? ChangeMode::Percent : ChangeMode::Absolute;
    double difference = round_half_away(after - before, 10);
    if (mode == ChangeMode::Percent && before != 0)
        return Change{ChangeKind::Percent, round_half_away(percent_of(before, after), 10)};
    if (mode == ChangeMode::Absolute && unit == model::Unit::Percent)
        return Change{ChangeKind::Points, difference};
    return Change{ChangeKind::Difference, difference};
}

double rule_change(double before, double after, model::Unit unit) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    double change = 0;
    if (unit == model::Unit::Count) {
        if (before == 0) return after > 0 ? inf : after < 0 ? -inf : 0.0;
        change = percent_of(before, after);
    } else {
        change = after - before;
    }
    return round_half_away(change, 10);
}

} // namespace bp::compute
