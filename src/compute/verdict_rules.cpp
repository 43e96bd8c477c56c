#include "compute/verdict_rules.hpp"

#include <cmath>
#include <stdexcept>

namespace bp::compute {

using model::Polarity;
using model::Verdict;

VerdictRules::VerdictRules() = default;

void VerdictRules::set(Polarity polarity, double happy_limit, double unhappy_limit) {
    if (!std::isfinite(happy_limit) || !std::isfinite(unhappy_limit))
        throw std::invalid_argument("verdict limits must be finite numbers");
    switch (polarity) {
    case Polarity::LowerIsBetter:
        if (happy_limit > unhappy_limit)
            throw std::invalid_argument("lower-is-better: the happy limit must not be above the "
                                        "unhappy limit");
        lower_ = {happy_limit, unhappy_limit};
        return;
    case Polarity::HigherIsBetter:
        if (happy_limit < unhappy_limit)
            throw std::invalid_argument("higher-is-better: the happy limit must not be below "
                                        "the unhappy limit");
        higher_ = {happy_limit, unhappy_limit};
        return;
    case Polarity::Neutral:
        throw std::invalid_argument("neutral indicators have no verdict limits");
    }
}

std::optional<VerdictLimits> VerdictRules::limits(Polarity polarity) const {
    switch (polarity) {
    case Polarity::LowerIsBetter:
        return lower_;
    case Polarity::HigherIsBetter:
        return higher_;
    case Polarity::Neutral:
        return std::nullopt;
    }
    return std::nullopt;
}

Verdict VerdictRules::judge(Polarity polarity, double change) const {
    if (std::isnan(change)) return Verdict::None;
    switch (polarity) {
    case Polarity::LowerIsBetter:
        if (change <= lower_.happy) return Verdict::Happy;
        if (change >= lower_.unhappy) return Verdict::Unhappy;
        return Verdict::Monitor;
    case Polarity::HigherIsBetter:
        if (change >= higher_.happy) return Verdict::Happy;
        if (change <= higher_.unhappy) return Verdict::Unhappy;
        return Verdict::Monitor;
    case Polarity::Neutral:
        return Verdict::None;
    }
    return Verdict::None;
}

} // namespace bp::compute
