#include "model/data_stated.hpp"

namespace bp::model {

std::string_view measure_name(Measure measure) {
    switch (measure) {
    case Measure::Value:
        return "value";
    case Measure::Difference:
        return "difference";
    case Measure::PctDifference:
        return "pct-difference";
    case Measure::PpDifference:
        return "pp-difference";
    }
    return "value";
}

std::optional<Measure> parse_measure(std::string_view text) {
    for (Measure m :
         {Measure::Value, Measure::Difference, Measure::PctDifference, Measure::PpDifference})
        if (measure_name(m) == text) return m;
    return std::nullopt;
}

} // namespace bp::model
