#include "compute/spc_words.hpp"

namespace bp::compute {

namespace {
const std::string none;
}

const std::string& SpcWords::word(VariationIcon icon) const {
    switch (icon) {
    case VariationIcon::None:
        break;
    case VariationIcon::CommonCause:
        return common_cause;
    case VariationIcon::ImprovementHigh:
        return improvement_high;
    case VariationIcon::ImprovementLow:
        return improvement_low;
    case VariationIcon::ConcernHigh:
        return concern_high;
    case VariationIcon::ConcernLow:
        return concern_low;
    case VariationIcon::NeitherHigh:
        return neither_high;
    case VariationIcon::NeitherLow:
        return neither_low;
    }
    return none;
}

const std::string& SpcWords::word(AssuranceIcon icon) const {
    switch (icon) {
    case AssuranceIcon::None:
        break;
    case AssuranceIcon::ConsistentlyPassing:
        return consistently_passing;
    case AssuranceIcon::ConsistentlyFailing:
        return consistently_failing;
    case AssuranceIcon::HitAndMiss:
        return hit_and_miss;
    }
    return none;
}

const std::string& SpcWords::word(SpcPointClass point_class) const {
    switch (point_class) {
    case SpcPointClass::CommonCause:
        break;
    case SpcPointClass::Improvement:
        return point_improvement;
    case SpcPointClass::Concern:
        return point_concern;
    case SpcPointClass::SpecialCause:
        return point_special;
    }
    return point_common;
}

} // namespace bp::compute
