// Figures as text for the report, by unit: "24,106", "11.33%", "3.2 per 1,000"; changes as
// "−9.96%", "+1.65 pp", "+1". Rounded half away from zero; never depends on the locale.
#pragma once

#include "compute/change.hpp"
#include "model/data_indicator.hpp"

#include <optional>
#include <string>

namespace bp::compute {

// A value in its unit with `decimals` digits: counts "24,106"; percentages "11.33%" (no space
// before '%'); rates "3.2 per 1,000". Thousands separators; negatives with U+2212.
std::string format_value(double value, model::Unit unit, int decimals);
// The same with the indicator's unit and decimals (or `decimals` if given).
std::string format_value(double value, const model::Indicator& indicator,
                         std::optional<int> decimals = std::nullopt);

// A change with an explicit sign (U+2212 minus, '+' for a rise, none for zero) and `decimals`
// digits: Percent "−9.96%", Points "+1.65 pp", Difference "+1".
std::string format_change(const Change& change, int decimals);
// The same, but a rate's plain difference is followed by its unit ("+0.4 per 1,000").
std::string format_change(const Change& change, const model::Indicator& indicator, int decimals);

} // namespace bp::compute
