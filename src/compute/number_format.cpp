#include "compute/number_format.hpp"

#include "core/number_text.hpp"

#include <cmath>

namespace bp::compute {

namespace {

std::string number(double value, int decimals, bool sign) {
    NumberStyle style;
    style.decimals = decimals;
    style.explicit_sign = sign;
    return format_number(value, style);
}

// "−" or "+" (when `sign` is asked and the rounded text is not zero) for a value whose
// magnitude is printed separately; `zero` says the printed magnitude is zero.
std::string sign_of(double value, bool sign, bool zero) {
    if (zero || value == 0) return "";
    if (value < 0) return "\u2212";
    return sign ? "+" : "";
}

std::string two_part(double value, double whole_units, const char* big, const char* small, int per,
                     bool sign) {
    const double total = round_half_away(std::fabs(value) * whole_units, 0);
    const auto big_n = static_cast<long long>(total) / per;
    const auto small_n = static_cast<long long>(total) % per;
    std::string text = sign_of(value, sign, total == 0);
    if (big_n == 0) return text + std::to_string(small_n) + " " + small;
    std::string s = std::to_string(small_n);
    if (s.size() < 2) s = "0" + s;
    return text + number(static_cast<double>(big_n), 0, false) + " " + big + " " + s + " " + small;
}

const char* time_abbreviation(model::TimeUnit t) {
    switch (t) {
    case model::TimeUnit::Seconds:
        return " s";
    case model::TimeUnit::Minutes:
        return " min";
    case model::TimeUnit::Hours:
        return " h";
    case model::TimeUnit::Days:
        return " days";
    }
    return "";
}

std::string duration(double value, const model::UnitSpec& spec, int decimals, bool sign) {
    using model::TimeUnit;
    if (spec.duration_style == model::DurationStyle::MinSec)
        return two_part(value, spec.time == TimeUnit::Minutes ? 60.0 : 1.0, "min", "s", 60, sign);
    if (spec.duration_style == model::DurationStyle::HourMin)
        return two_part(value, spec.time == TimeUnit::Hours ? 60.0 : 1.0, "h", "min", 60, sign);
    std::string text = number(value, decimals, sign);
    if (spec.time == TimeUnit::Days && (text == "1" || text == "+1" || text == "\u22121"))
        return text + " day";
    return text + time_abbreviation(spec.time);
}

std::string money(double value, const model::UnitSpec& spec, int decimals, bool sign) {
    double shown = value;
    const char* scale = "";
    if (spec.money == model::MoneyScale::Thousands) shown = value / 1000, scale = "k";
    if (spec.money == model::MoneyScale::Millions) shown = value / 1000000, scale = "m";
    std::string magnitude = number(std::fabs(shown), decimals, false);
    bool zero = magnitude.find_first_not_of("0.,") == std::string::npos;
    return sign_of(value, sign, zero) + "\u00a3" + magnitude + scale;
}

// A value or a plain difference in its unit; `sign` asks for an explicit '+'.
std::string in_unit(double value, const model::UnitSpec& spec, model::Unit unit, int decimals,
                    bool sign) {
    switch (unit) {
    case model::Unit::Count:
    case model::Unit::Score:
        return number(value, decimals, sign);
    case model::Unit::Percent:
        return number(value, decimals, sign) + "%";
    case model::Unit::Rate:
        return number(value, decimals, sign) + " per " + number(spec.per, 0, false);
    case model::Unit::Duration:
        return duration(value, spec, decimals, sign);
    case model::Unit::Money:
        return money(value, spec, decimals, sign);
    case model::Unit::Ratio:
        return number(value, decimals, sign) + ":1";
    case model::Unit::Number:
        return spec.prefix + number(value, decimals, sign) + spec.suffix;
    }
    return number(value, decimals, sign);
}

} // namespace

std::string format_value(double value, model::Unit unit, int decimals) {
    model::UnitSpec spec;
    spec.kind = unit;
    return in_unit(value, spec, unit, decimals, false);
}

std::string format_value(double value, const model::UnitSpec& spec, int decimals) {
    return in_unit(value, spec, spec.kind, decimals, false);
}

std::string format_value(double value, const model::Indicator& indicator,
                         std::optional<int> decimals) {
    return in_unit(value, indicator.spec, indicator.unit, decimals.value_or(indicator.decimals),
                   false);
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

int change_decimals(const Change& change, const model::Indicator& indicator, int requested) {
    if (requested >= 0) return requested;
    return change.kind == ChangeKind::Percent ? 1 : indicator.decimals;
}

std::string format_change(const Change& change, const model::Indicator& indicator, int decimals) {
    if (change.kind != ChangeKind::Difference || indicator.unit == model::Unit::Percent)
        return format_change(change, decimals);
    return in_unit(change.value, indicator.spec, indicator.unit, decimals, true);
}

std::optional<std::string> unreproducible_change(double before, double after, const Change& printed,
                                                 const model::Indicator& indicator, ChangeMode mode,
                                                 int decimals) {
    const Change again =
        compute_change(round_half_away(before, indicator.decimals),
                       round_half_away(after, indicator.decimals), indicator, mode);
    std::string shown = format_change(printed, indicator, decimals);
    std::string reader = format_change(again, indicator, decimals);
    if (shown == reader) return std::nullopt;
    return reader;
}

} // namespace bp::compute
