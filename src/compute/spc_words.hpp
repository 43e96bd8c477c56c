// The words a report gives the SPC icons and point classes ("Special cause — improving (high)",
// "Consistently passing the target"): neutral English defaults that a theme may replace.
#pragma once

#include "compute/spc_icons.hpp"
#include "compute/spc_rules.hpp"
#include "model/theme.hpp"

#include <string>

namespace bp::compute {

// Produces the words of each variation icon, assurance icon and point class. Every output
// (table, chart alt text, email) takes them from here; a theme overrides a word with its
// [labels] spc-* key (spc_words).
struct SpcWords {
    std::string common_cause = "Common cause variation";
    std::string improvement_high = "Special cause — improving (high)";
    std::string improvement_low = "Special cause — improving (low)";
    std::string concern_high = "Special cause — concerning (high)";
    std::string concern_low = "Special cause — concerning (low)";
    std::string neither_high = "Special cause — high";
    std::string neither_low = "Special cause — low";

    std::string consistently_passing = "Consistently passing the target";
    std::string consistently_failing = "Consistently failing the target";
    std::string hit_and_miss = "Hit and miss against the target";

    std::string point_common = "Common cause";
    std::string point_improvement = "Improvement";
    std::string point_concern = "Concern";
    std::string point_special = "Special cause";

    // The labels of an SPC chart's lines, before their value ("Mean 12.4").
    std::string mean = "Mean";
    std::string upper_limit = "Upper limit";
    std::string lower_limit = "Lower limit";

    // The other headers of an SPC table (mean and limits use the line labels above).
    std::string metric = "Metric";
    std::string latest = "Latest";
    std::string target = "Target";
    std::string variation = "Variation";
    std::string assurance = "Assurance";

    // The rows and last column of an SPC matrix (variation × assurance).
    std::string improving = "Special cause — improving";
    std::string concerning = "Special cause — concerning";
    std::string neutral = "Special cause — neither";
    std::string no_target = "No target";

    // The words of each value ("" for VariationIcon::None and AssuranceIcon::None).
    const std::string& word(VariationIcon icon) const;
    const std::string& word(AssuranceIcon icon) const;
    const std::string& word(SpcPointClass point_class) const;
};

// The defaults with the theme's [labels] spc-* words in their place (model::spc_label_keys).
SpcWords spc_words(const model::Theme& theme);

} // namespace bp::compute
