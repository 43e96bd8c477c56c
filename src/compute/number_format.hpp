// Figures as text for the report, by unit: "24,106", "11.33%", "3.2 per 1,000", "7.8 min",
// "7 min 48 s", "£1.2k", "1.25:1"; changes as "−9.96%", "+1.65 pp", "+1", "+0.4 min". Rounded
// half away from zero; never depends on the locale.
#pragma once

#include "compute/change.hpp"
#include "model/data_indicator.hpp"

#include <optional>
#include <string>

namespace bp::compute {

// A value in its unit with `decimals` digits: counts "24,106"; percentages "11.33%" (no space
// before '%'); rates "3.2 per 1,000". Thousands separators; negatives with U+2212.
std::string format_value(double value, model::Unit unit, int decimals);
// A value in a unit with options (see model::UnitSpec): rates "3.2 per 100,000"; durations
// "7.8 min", "45 s", "1.5 h", "8.53 days", or "7 min 48 s" / "2 h 05 min" (whole seconds or
// minutes; `decimals` unused); money "£1,234.56", "£1.2k", "£3.4m" ("−£350"); scores "72.5";
// ratios "1.25:1"; numbers with their prefix and suffix.
std::string format_value(double value, const model::UnitSpec& spec, int decimals);
// The same with the indicator's unit and decimals (or `decimals` if given).
std::string format_value(double value, const model::Indicator& indicator,
                         std::optional<int> decimals = std::nullopt);

// A change with an explicit sign (U+2212 minus, '+' for a rise, none for zero) and `decimals`
// digits: Percent "−9.96%", Points "+1.65 pp", Difference "+1".
std::string format_change(const Change& change, int decimals);
// The same, but a plain difference is written in the indicator's unit: "+0.4 per 1,000",
// "+0.4 min", "−1 min 05 s", "+£1.2k", "+2.5" (counts and scores stay bare).
std::string format_change(const Change& change, const model::Indicator& indicator, int decimals);
// The digits a table shows a change with: `requested` when it is 0 or more, else 1 for a
// percentage change and the indicator's own decimals for any other.
int change_decimals(const Change& change, const model::Indicator& indicator, int requested);

// The rounding check: the change printed (computed from the exact values) against the change a
// reader computes from the two figures as printed (each rounded to the indicator's decimals).
// Empty when they print the same; else the reader's change as printed ("+0.3" where the table
// shows "+0.4" for 8.167 → 8.533 printed as 8.2 → 8.5).
std::optional<std::string> unreproducible_change(double before, double after, const Change& printed,
                                                 const model::Indicator& indicator, ChangeMode mode,
                                                 int decimals);

} // namespace bp::compute
