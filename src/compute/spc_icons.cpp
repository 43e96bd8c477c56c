#include "compute/spc_icons.hpp"

namespace bp::compute {

VariationIcon variation_icon(std::span<const SpcPoint> points) {
    if (points.empty()) return VariationIcon::None;
    const SpcPoint& last = points.back();
    const bool high = last.side == SpcSide::High;
    switch (last.point_class) {
    case SpcPointClass::CommonCause:
        break;
    case SpcPointClass::Improvement:
        return high ? VariationIcon::ImprovementHigh : VariationIcon::ImprovementLow;
    case SpcPointClass::Concern:
        return high ? VariationIcon::ConcernHigh : VariationIcon::ConcernLow;
    case SpcPointClass::SpecialCause:
        return high ? VariationIcon::NeitherHigh : VariationIcon::NeitherLow;
    }
    return VariationIcon::CommonCause;
}

AssuranceIcon assurance_icon(const XmrChart& chart, std::optional<double> target,
                             model::Polarity polarity) {
    if (!target || chart.segments.empty() || polarity == model::Polarity::Neutral)
        return AssuranceIcon::None;
    const XmrSegment& s = chart.segments.back();
    const bool below = *target < s.lower_limit;
    const bool above = *target > s.upper_limit;
    if (!below && !above) return AssuranceIcon::HitAndMiss;
    const bool passing = polarity == model::Polarity::HigherIsBetter ? below : above;
    return passing ? AssuranceIcon::ConsistentlyPassing : AssuranceIcon::ConsistentlyFailing;
}

} // namespace bp::compute
