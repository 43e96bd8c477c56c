#include "compute/change.hpp"

#include "core/number_text.hpp"

#include <cmath>
#include <limits>

namespace bp::compute {

namespace {
double percent_of(double before, double after) {
    return (after - before) * 100.0 / std::fabs(before);
}

Change change_in(double before, double after, model::Unit unit, model::ChangeMeasure measure,
                 ChangeMode mode) {
    bool percent = mode == ChangeMode::Percent ||
                   (mode == ChangeMode::Auto && measure == model::ChangeMeasure::Percent);
    double difference = round_half_away(after - before, 10);
    if (percent && before != 0)
        return Change{ChangeKind::Percent, round_half_away(percent_of(before, after), 10)};
    if (!percent && unit == model::Unit::Percent) return Change{ChangeKind::Points, difference};
    return Change{ChangeKind::Difference, difference};
}

double rule_change_in(double before, double after, model::ChangeMeasure measure) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    double change = 0;
    if (measure == model::ChangeMeasure::Percent) {
        if (before == 0) return after > 0 ? inf : after < 0 ? -inf : 0.0;
        change = percent_of(before, after);
    } else {
        change = after - before;
    }
    return round_half_away(change, 10);
}
} // namespace

Change compute_change(double before, double after, model::Unit unit, ChangeMode mode) {
    return change_in(before, after, unit, model::default_change(unit), mode);
}

Change compute_change(double before, double after, const model::Indicator& indicator,
                      ChangeMode mode) {
    return change_in(before, after, indicator.unit, model::change_of(indicator), mode);
}

double rule_change(double before, double after, const model::Indicator& indicator) {
    return rule_change_in(before, after, model::change_of(indicator));
}

double rule_change(double before, double after, model::Unit unit) {
    return rule_change_in(before, after, model::default_change(unit));
}

} // namespace bp::compute
