#include "model/data_indicator.hpp"

namespace bp::model {

std::string_view unit_name(Unit unit) {
    switch (unit) {
    case Unit::Count:
        return "count";
    case Unit::Percent:
        return "percent";
    case Unit::Rate:
        return "rate";
    }
    return "count";
}

std::optional<Unit> parse_unit(std::string_view text) {
    for (Unit u : {Unit::Count, Unit::Percent, Unit::Rate})
        if (unit_name(u) == text) return u;
    return std::nullopt;
}

std::string_view polarity_name(Polarity polarity) {
    switch (polarity) {
    case Polarity::LowerIsBetter:
        return "lower-is-better";
    case Polarity::HigherIsBetter:
        return "higher-is-better";
    case Polarity::Neutral:
        return "neutral";
    }
    return "neutral";
}

std::optional<Polarity> parse_polarity(std::string_view text) {
    for (Polarity p : {Polarity::LowerIsBetter, Polarity::HigherIsBetter, Polarity::Neutral})
        if (polarity_name(p) == text) return p;
    return std::nullopt;
}

} // namespace bp::model
