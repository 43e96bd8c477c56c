#include "compute/number_format.hpp"

#include "core/number_text.hpp"

namespace bp::compute {

namespace {
constexpr const char* per_thousand = " per 1,000";

std::string number(double value, int decimals, bool sign) {
    NumberStyle style;
    style.decimals = decimals;
    style.explicit_sign = sign;
    return format_number(value, style);
}
} // namespace

std::string format_value(double value, model::Unit unit, int decimals) {
    std::string text = number(value, decimals, false);
    switch (unit) {
    case model::Unit::Count:
        return text;
    case model::Unit::Percent:
        return text + "%";
    case model::Unit::Rate:
        return text + per_thousand;
    }
    return text;
}

std::string format_value(double value, const model::Indicator& indicator,
                         std::optional<int> decimals) {
    return format_value(value, indicator.unit, decimals.value_or(indicator.decimals));
}

std::string format_change(const Change& change, int decimals) {
    std::string text = number(change.value, decimals, true);
    switch (change.kind) {
    case ChangeKind::Difference:
        return text;
    case ChangeKind::Percent:
        return text + "%";
    case ChangeKind::Points:
        return text + " pp";
    }
    return text;
}

std::string format_change(const Change& change, const model::Indicator& indicator, int decimals) {
    std::string text = format_change(change, decimals);
    if (change.kind == ChangeKind::Difference && indicator.unit == model::Unit::Rate)
        text += per_thousand;
    return text;
}

} // namespace bp::compute
