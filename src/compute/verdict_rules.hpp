// Verdicts from rules: thresholds by polarity applied to the rule change (see
// compute::rule_change: % difference for counts, percentage points for percentages, plain
// difference for rates).
#pragma once

#include "model/data_indicator.hpp"
#include "model/data_verdict.hpp"

#include <optional>

namespace bp::compute {

// The two limits for one polarity. Lower-is-better: change ≤ happy → Happy, else change ≥
// unhappy → Unhappy, else Monitor (so happy ≤ unhappy). Higher-is-better mirrors it: change ≥
// happy → Happy, else change ≤ unhappy → Unhappy, else Monitor (so happy ≥ unhappy). Limits are
// inclusive: with the defaults, exactly −2 % is Happy and exactly +2 % is Unhappy.
struct VerdictLimits {
    double happy = 0;
    double unhappy = 0;
};

// The rules for all polarities. Defaults: lower-is-better {happy −2, unhappy +2};
// higher-is-better {happy +2, unhappy −2}; neutral has no verdict (None).
class VerdictRules {
public:
    VerdictRules();

    // Sets the limits for lower- or higher-is-better; throws std::invalid_argument for Neutral,
    // non-finite limits, or limits in the wrong order (see VerdictLimits).
    void set(model::Polarity polarity, double happy_limit, double unhappy_limit);
    // The limits; nullopt for Neutral.
    std::optional<VerdictLimits> limits(model::Polarity polarity) const;

    // The verdict for a rule change (NaN or Neutral → None; ±∞ is allowed).
    model::Verdict judge(model::Polarity polarity, double change) const;

private:
    VerdictLimits lower_{-2, 2};
    VerdictLimits higher_{2, -2};
};

} // namespace bp::compute
