#include "compute/spc_rules.hpp"

namespace bp::compute {

namespace {

// The side of the mean `x` is on (None exactly on it).
SpcSide side_of(double x, double mean) {
    return x > mean ? SpcSide::High : x < mean ? SpcSide::Low : SpcSide::None;
}

// Sets `flag` on each point of every maximal stretch of at least `length` consecutive points in
// [first, end) that starts at i and continues while `same(i, j)` holds for its next point j;
// `dir(i)` gives the stretch's side. When `share_ends`, a stretch's last point may also start
// the next one (a trend's turning point belongs to the rise and to the fall).
template <typename Same, typename Dir>
void mark_stretches(std::vector<SpcPoint>& points, std::size_t first, std::size_t end, int length,
                    bool share_ends, bool SpcPoint::*flag, SpcSide* sides, Same same, Dir dir) {
    if (length < 2) return;
    std::size_t i = first;
    while (i < end) {
        std::size_t j = i + 1;
        while (j < end && same(i, j))
            ++j;
        if (j - i >= static_cast<std::size_t>(length) && dir(i) != SpcSide::None)
            for (std::size_t k = i; k < j; ++k) {
                points[k].*flag = true;
                sides[k] = dir(i);
            }
        i = share_ends && j - i >= 2 ? j - 1 : j;
    }
}

SpcPointClass class_of(SpcSide side, model::Polarity polarity) {
    if (side == SpcSide::None) return SpcPointClass::CommonCause;
    switch (polarity) {
    case model::Polarity::HigherIsBetter:
        return side == SpcSide::High ? SpcPointClass::Improvement : SpcPointClass::Concern;
    case model::Polarity::LowerIsBetter:
        return side == SpcSide::Low ? SpcPointClass::Improvement : SpcPointClass::Concern;
    case model::Polarity::Neutral:
        break;
    }
    return SpcPointClass::SpecialCause;
}

// The side each rule gives a point, in the order of precedence.
struct RuleSides {
    std::vector<SpcSide> beyond, two_of_three, run, trend;
    explicit RuleSides(std::size_t n)
        : beyond(n, SpcSide::None), two_of_three(n, SpcSide::None), run(n, SpcSide::None),
          trend(n, SpcSide::None) {}
};

void apply_segment(const XmrChart& chart, const XmrSegment& s, const SpcRuleOptions& options,
                   std::vector<SpcPoint>& points, RuleSides& sides) {
    const std::vector<double>& x = chart.values;
    if (options.beyond_limits)
        for (std::size_t i = s.first; i < s.end; ++i) {
            if (x[i] > s.upper_limit_raw)
                sides.beyond[i] = SpcSide::High;
            else if (x[i] < s.lower_limit_raw)
                sides.beyond[i] = SpcSide::Low;
            points[i].beyond_limit = sides.beyond[i] != SpcSide::None;
        }
    if (options.two_of_three) {
        auto near = [&](std::size_t i) {
            return x[i] > s.upper_two_sigma()   ? SpcSide::High
                   : x[i] < s.lower_two_sigma() ? SpcSide::Low
                                                : SpcSide::None;
        };
        // Every window of 3 consecutive points with at least 2 beyond 2 sigma on one side
        // flags those (2 or 3) points; the third point of the window is not flagged.
        for (std::size_t i = s.first; i + 3 <= s.end; ++i)
            for (SpcSide side : {SpcSide::High, SpcSide::Low}) {
                int count = 0;
                for (std::size_t k = i; k < i + 3; ++k)
                    count += near(k) == side ? 1 : 0;
                if (count >= 2)
                    for (std::size_t k = i; k < i + 3; ++k)
                        if (near(k) == side) {
                            points[k].two_of_three = true;
                            sides.two_of_three[k] = side;
                        }
            }
    }
    mark_stretches(
        points, s.first, s.end, options.run_length, false, &SpcPoint::run, sides.run.data(),
        [&](std::size_t i, std::size_t j) {
            return side_of(x[j], s.mean) == side_of(x[i], s.mean);
        },
        [&](std::size_t i) { return side_of(x[i], s.mean); });
    mark_stretches(
        points, s.first, s.end, options.trend_length, true, &SpcPoint::trend, sides.trend.data(),
        [&](std::size_t i, std::size_t j) {
            if (j == i + 1) return x[j] != x[j - 1];
            return (x[i + 1] > x[i]) ? x[j] > x[j - 1] : x[j] < x[j - 1];
        },
        [&](std::size_t i) { return x[i + 1] > x[i] ? SpcSide::High : SpcSide::Low; });
}

} // namespace

std::vector<SpcPoint> special_causes(const XmrChart& chart, model::Polarity polarity,
                                     const SpcRuleOptions& options) {
    std::vector<SpcPoint> points(chart.values.size());
    RuleSides sides(points.size());
    for (const XmrSegment& s : chart.segments)
        apply_segment(chart, s, options, points, sides);
    for (std::size_t i = 0; i < points.size(); ++i) {
        SpcSide side = SpcSide::None;
        for (SpcSide candidate :
             {sides.beyond[i], sides.two_of_three[i], sides.run[i], sides.trend[i]})
            if (side == SpcSide::None) side = candidate;
        points[i].side = side;
        points[i].point_class = class_of(side, polarity);
    }
    return points;
}

} // namespace bp::compute
