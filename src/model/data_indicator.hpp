// An indicator's metadata (one row of indicators.csv): what is measured, in which unit, and
// which direction of change is good.
#pragma once

#include "core/source_pos.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace bp::model {

// How an indicator's values are measured: a count ("24,106"), a percentage ("11.33%") or a
// rate per 1,000 ("3.2 per 1,000").
enum class Unit { Count, Percent, Rate };

// Which direction of change is an improvement.
enum class Polarity { LowerIsBetter, HigherIsBetter, Neutral };

// One indicator: id ("asb.total"), label, unit, polarity, decimals shown for values, and
// whether child areas add up to their parent.
struct Indicator {
    std::string id;
    std::string label;
    Unit unit = Unit::Count;
    Polarity polarity = Polarity::LowerIsBetter;
    int decimals = 0;
    bool additive = false;
    SourcePos pos;
};

// The data-file words: "count", "percent", "rate"; "lower-is-better", "higher-is-better",
// "neutral".
std::string_view unit_name(Unit unit);
std::optional<Unit> parse_unit(std::string_view text);
std::string_view polarity_name(Polarity polarity);
std::optional<Polarity> parse_polarity(std::string_view text);

} // namespace bp::model
