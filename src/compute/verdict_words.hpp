// The words a report gives its verdicts — a short word each ("On track", "Green") and a face's
// alt text ("Verdict: Green") — from the theme's [labels]; every output takes them from here.
#pragma once

#include "model/data_verdict.hpp"
#include "model/theme.hpp"

#include <string>

namespace bp::compute {

// Produces the words of each verdict as the report names them.
struct VerdictWords {
    std::string happy = "On track";
    std::string monitor = "Needs watching";
    std::string unhappy = "Off track";
    std::string alt_pattern = "Verdict: {verdict}";

    // The short word of `verdict` ("" for none).
    const std::string& word(model::Verdict verdict) const;
    // The alt text of a face showing `verdict`: alt_pattern with {verdict} filled ("" for none).
    std::string alt(model::Verdict verdict) const;

    // The words of `theme`'s [labels] happy, monitor, unhappy and verdict-alt.
    static VerdictWords from(const model::Theme& theme);
};

} // namespace bp::compute
