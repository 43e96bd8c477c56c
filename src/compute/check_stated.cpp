#include "compute/checks.hpp"

#include "core/number_text.hpp"
#include "compute/lookup_error.hpp"
#include "compute/number_format.hpp"

#include <cmath>

namespace bp::compute {

namespace {

using model::Measure;

std::string measure_words(Measure m) {
    switch (m) {
    case Measure::Value:
        return "value";
    case Measure::Difference:
        return "difference";
    case Measure::PctDifference:
        return "% difference";
    case Measure::PpDifference:
        return "pp difference";
    }
    return "value";
}

// A figure of the stated kind as the report would print it.
std::string shown(double v, Measure m, const model::Indicator& ind, int decimals) {
    switch (m) {
    case Measure::Value:
        return format_value(v, ind.unit, decimals);
    case Measure::Difference:
        return format_change(Change{ChangeKind::Difference, v}, ind, decimals);
    case Measure::PctDifference:
        return format_change(Change{ChangeKind::Percent, v}, decimals);
    case Measure::PpDifference:
        return format_change(Change{ChangeKind::Points, v}, decimals);
    }
    return {};
}

// The computed figure the stated one claims; throws LookupError if it cannot be computed.
double computed_figure(const model::StatedFigure& s, const Figures& figures) {
    double after = figures.value(s.indicator, s.area, s.to);
    if (s.measure == Measure::Value) return after;
    double before = figures.value(s.indicator, s.area, *s.from);
    if (s.measure != Measure::PctDifference) return after - before;
    if (before == 0)
        throw LookupError("a % difference from zero (" + s.from->text() + ") is undefined");
    return (after - before) * 100.0 / std::fabs(before);
}

} // namespace

std::vector<Diagnostic> check_stated(const model::Dataset& data, const Figures& figures) {
    std::vector<Diagnostic> out;
    for (const model::StatedFigure& s : data.stated()) {
        const model::Indicator& ind = figures.indicator(s.indicator);
        std::string what =
            "stated " + measure_words(s.measure) + " " +
            shown(s.value, s.measure, ind, s.decimals) + " for " + s.indicator + " / " + s.area +
            " (" + (s.from ? s.from->text() + " \u2192 " : std::string()) + s.to.text() + ")";
        std::string source = s.source.empty() ? "" : " (source: " + s.source + ")";
        double computed = 0;
        try {
            computed = computed_figure(s, figures);
        } catch (const LookupError& e) {
            out.push_back(Diagnostic{s.value_pos, Severity::Error,
                                     what + " cannot be checked: " + e.what() + source});
            continue;
        }
        // A person rounds half away from zero: 37.5 printed with no decimals is 38, not 37.
        if (round_half_away(computed, s.decimals) == round_half_away(s.value, s.decimals)) continue;
        out.push_back(Diagnostic{s.value_pos, Severity::Warning,
                                 what + " disagrees with the computed " +
                                     shown(computed, s.measure, ind, s.decimals) + source});
    }
    return out;
}

} // namespace bp::compute
