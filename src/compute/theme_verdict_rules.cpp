#include "compute/theme_verdict_rules.hpp"

#include "core/error.hpp"

#include <stdexcept>

namespace bp::compute {

VerdictRules verdict_rules_from(const model::Theme& theme) {
    VerdictRules rules;
    for (const auto& [key, limits] : theme.verdict_limits) {
        model::Polarity polarity;
        if (key == "lower-is-better")
            polarity = model::Polarity::LowerIsBetter;
        else if (key == "higher-is-better")
            polarity = model::Polarity::HigherIsBetter;
        else
            throw InputError(theme.pos, "unknown key '" + key +
                                            "' in [verdicts] (expected lower-is-better, "
                                            "higher-is-better)");
        try {
            rules.set(polarity, limits.first, limits.second);
        } catch (const std::invalid_argument& e) {
            throw InputError(theme.pos, "[verdicts] " + key + ": " + e.what());
        }
    }
    return rules;
}

} // namespace bp::compute
