// Verdict rules from a theme's [verdicts] limits, each key checked against the known
// polarities.
#pragma once

#include "compute/verdict_rules.hpp"
#include "model/theme.hpp"

namespace bp::compute {

// The rules the theme sets: "lower-is-better" and "higher-is-better" override the defaults. Any
// other key, or limits in the wrong order, throws InputError at the theme's position naming
// the allowed keys.
VerdictRules verdict_rules_from(const model::Theme& theme);

} // namespace bp::compute
