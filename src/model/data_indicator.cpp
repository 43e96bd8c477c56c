#include "model/data_indicator.hpp"

#include <charconv>

namespace bp::model {

Aggregation default_aggregation(Unit unit) {
    return unit == Unit::Count || unit == Unit::Money ? Aggregation::Sum : Aggregation::Mean;
}

ChangeMeasure default_change(Unit unit) {
    switch (unit) {
    case Unit::Count:
    case Unit::Money:
        return ChangeMeasure::Percent;
    case Unit::Percent:
        return ChangeMeasure::Points;
    default:
        return ChangeMeasure::Absolute;
    }
}

Aggregation aggregation_of(const Indicator& ind) {
    return ind.aggregation.value_or(default_aggregation(ind.unit));
}

ChangeMeasure change_of(const Indicator& ind) {
    return ind.change.value_or(default_change(ind.unit));
}

std::string_view unit_name(Unit unit) {
    switch (unit) {
    case Unit::Count:
        return "count";
    case Unit::Percent:
        return "percent";
    case Unit::Rate:
        return "rate";
    case Unit::Duration:
        return "duration";
    case Unit::Money:
        return "money";
    case Unit::Score:
        return "score";
    case Unit::Ratio:
        return "ratio";
    case Unit::Number:
        return "number";
    }
    return "count";
}

std::optional<Unit> parse_unit(std::string_view text) {
    for (Unit u : {Unit::Count, Unit::Percent, Unit::Rate, Unit::Duration, Unit::Money, Unit::Score,
                   Unit::Ratio, Unit::Number})
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

std::string_view aggregation_name(Aggregation a) {
    switch (a) {
    case Aggregation::Sum:
        return "sum";
    case Aggregation::Mean:
        return "mean";
    case Aggregation::Last:
        return "last";
    case Aggregation::WeightedMean:
        return "weighted";
    }
    return "sum";
}

std::string_view change_measure_name(ChangeMeasure c) {
    switch (c) {
    case ChangeMeasure::Percent:
        return "percent";
    case ChangeMeasure::Points:
        return "points";
    case ChangeMeasure::Absolute:
        return "absolute";
    }
    return "percent";
}

std::optional<ChangeMeasure> parse_change_measure(std::string_view text) {
    for (ChangeMeasure c : {ChangeMeasure::Percent, ChangeMeasure::Points, ChangeMeasure::Absolute})
        if (change_measure_name(c) == text) return c;
    return std::nullopt;
}

namespace {

// The next ':'-separated part of `rest`, removed from it.
std::string_view next_part(std::string_view& rest) {
    std::size_t colon = rest.find(':');
    std::string_view part = rest.substr(0, colon);
    rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    return part;
}

std::optional<UnitSpec> fail(std::string* problem, std::string text) {
    if (problem) *problem = std::move(text);
    return std::nullopt;
}

} // namespace

std::optional<UnitSpec> parse_unit_spec(std::string_view text, std::string* problem) {
    std::string_view rest = text;
    const bool has_options = text.find(':') != std::string_view::npos;
    const std::string_view kind_word = next_part(rest);
    auto kind = parse_unit(kind_word);
    if (!kind) return fail(problem, "unknown unit");
    UnitSpec spec;
    spec.kind = *kind;
    switch (*kind) {
    case Unit::Count:
    case Unit::Percent:
    case Unit::Score:
    case Unit::Ratio:
        if (has_options)
            return fail(problem, "the unit " + std::string(kind_word) + " has no options");
        return spec;
    case Unit::Rate: {
        if (!has_options) return spec;
        std::string_view n = next_part(rest);
        long long per = 0;
        auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), per);
        if (ec != std::errc() || end != n.data() + n.size() || per < 1 || per > 1000000000 ||
            !rest.empty())
            return fail(problem, "a rate is per a whole number from 1 to 1,000,000,000 "
                                 "(rate:1000, rate:100000)");
        spec.per = static_cast<double>(per);
        return spec;
    }
    case Unit::Duration: {
        std::string_view t = next_part(rest);
        if (t == "seconds")
            spec.time = TimeUnit::Seconds;
        else if (t == "minutes")
            spec.time = TimeUnit::Minutes;
        else if (t == "hours")
            spec.time = TimeUnit::Hours;
        else if (t == "days")
            spec.time = TimeUnit::Days;
        else
            return fail(problem, "a duration names its unit: duration:seconds, duration:minutes, "
                                 "duration:hours or duration:days");
        if (rest.empty()) return spec;
        std::string_view shown = next_part(rest);
        if (shown == "min-s" && (spec.time == TimeUnit::Minutes || spec.time == TimeUnit::Seconds))
            spec.duration_style = DurationStyle::MinSec;
        else if (shown == "h-min" &&
                 (spec.time == TimeUnit::Hours || spec.time == TimeUnit::Minutes))
            spec.duration_style = DurationStyle::HourMin;
        else
            return fail(problem, "a duration is shown as decimal (the default), :min-s (for "
                                 "seconds or minutes) or :h-min (for minutes or hours)");
        if (!rest.empty()) return fail(problem, "a duration has at most two options");
        return spec;
    }
    case Unit::Money: {
        if (!has_options) return spec;
        std::string_view scale = next_part(rest);
        if (scale == "k")
            spec.money = MoneyScale::Thousands;
        else if (scale == "m")
            spec.money = MoneyScale::Millions;
        else
            return fail(problem, "money is shown in pounds (money), thousands (money:k) or "
                                 "millions (money:m)");
        if (!rest.empty()) return fail(problem, "money has at most one option");
        return spec;
    }
    case Unit::Number:
        while (has_options) {
            std::string_view option = next_part(rest);
            if (option.starts_with("prefix="))
                spec.prefix = option.substr(7);
            else if (option.starts_with("suffix="))
                spec.suffix = option.substr(7);
            else
                return fail(problem, "a number's options are prefix=TEXT and suffix=TEXT "
                                     "(number:suffix= beds)");
            if (rest.empty()) break;
        }
        return spec;
    }
    return spec;
}

} // namespace bp::model
