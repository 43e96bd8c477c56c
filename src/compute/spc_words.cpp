#include "compute/spc_words.hpp"

#include <iterator>
#include <stdexcept>

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

SpcWords spc_words(const model::Theme& theme) {
    SpcWords w;
    // In the order of model::spc_label_keys, one each.
    std::string* members[] = {&w.common_cause,
                              &w.improvement_high,
                              &w.improvement_low,
                              &w.concern_high,
                              &w.concern_low,
                              &w.neither_high,
                              &w.neither_low,
                              &w.consistently_passing,
                              &w.consistently_failing,
                              &w.hit_and_miss,
                              &w.point_common,
                              &w.point_improvement,
                              &w.point_concern,
                              &w.point_special,
                              &w.mean,
                              &w.upper_limit,
                              &w.lower_limit,
                              &w.metric,
                              &w.latest,
                              &w.target,
                              &w.variation,
                              &w.assurance,
                              &w.improving,
                              &w.concerning,
                              &w.neutral,
                              &w.no_target};
    const auto& keys = model::spc_label_keys();
    if (keys.size() != std::size(members))
        throw std::logic_error("spc_words: model::spc_label_keys and SpcWords differ");
    for (std::size_t k = 0; k < keys.size(); ++k)
        if (auto it = theme.spc_labels.find(keys[k]); it != theme.spc_labels.end())
            *members[k] = it->second;
    return w;
}

} // namespace bp::compute
