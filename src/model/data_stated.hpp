// A figure as published elsewhere or typed by a person (one row of stated.csv), to be checked
// against the figure computed from the data.
#pragma once

#include "core/source_pos.hpp"
#include "model/period.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace bp::model {

// What a stated figure states: the value at `to`, or the change from `from` to `to` as a plain
// difference, a % difference or a percentage-point difference.
enum class Measure { Value, Difference, PctDifference, PpDifference };

// One stated figure. `value` is the typed number and `decimals` the digits typed after its
// decimal point (the rounding it claims); `text` is the field exactly as typed.
struct StatedFigure {
    std::string indicator;
    std::string area;
    Measure measure = Measure::Value;
    std::optional<Period> from; // empty for Measure::Value
    Period to = Period::month(2000, 1);
    double value = 0;
    int decimals = 0;
    std::string text;
    std::string source;
    SourcePos pos;       // the row
    SourcePos value_pos; // the value field
};

// The data-file words: "value", "difference", "pct-difference", "pp-difference".
std::string_view measure_name(Measure measure);
std::optional<Measure> parse_measure(std::string_view text);

} // namespace bp::model
