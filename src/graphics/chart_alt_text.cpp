// The chart's text alternative: one line saying what it shows and what the data do.
#include "graphics/chart.hpp"

#include "graphics/chart_parts.hpp"

#include <cmath>
#include <optional>

namespace bp::graphics {

namespace {

std::string kind_text(const ChartSpec& spec) {
    if (spec.kind == ChartKind::Line) return "Line chart";
    if (spec.kind == ChartKind::GroupedBar || spec.series.size() > 1) return "Grouped bar chart";
    return "Bar chart";
}

// "A", "A and B", "A, B and C".
std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
        out += names[i];
    }
    return out;
}

std::string category_name(const ChartSpec& spec, int i) {
    return spec.categories_long.empty() ? spec.categories[i] : spec.categories_long[i];
}

std::string range_text(const ChartSpec& spec) {
    if (spec.categories.empty()) return {};
    int last = static_cast<int>(spec.categories.size()) - 1;
    if (last == 0) return category_name(spec, 0);
    return category_name(spec, 0) + " to " + category_name(spec, last);
}

std::string single_series_summary(const ChartSpec& spec, const std::vector<double>& values) {
    std::optional<int> first, last, hi, lo;
    for (int i = 0; i < static_cast<int>(values.size()); ++i) {
        if (!std::isfinite(values[i])) continue;
        if (!first) first = i;
        last = i;
        if (!hi || values[i] > values[*hi]) hi = i;
        if (!lo || values[i] < values[*lo]) lo = i;
    }
    if (!first) return "no data";
    auto val = [&](int i) { return detail::value_text(spec, values[i]); };
    if (spec.kind == ChartKind::Line) {
        std::string a = val(*first), b = val(*last);
        if (first == last) return "one value, " + a;
        if (a == b) return "unchanged at " + a;
        return std::string(values[*last] > values[*first] ? "rises" : "falls") + " from " + a +
               " to " + b;
    }
    if (hi == lo) return category_name(spec, *hi) + " " + val(*hi);
    return "highest " + category_name(spec, *hi) + " (" + val(*hi) + "), lowest " +
           category_name(spec, *lo) + " (" + val(*lo) + ")";
}

std::string multi_series_summary(const ChartSpec& spec) {
    std::optional<int> best;
    double best_mean = 0;
    for (int s = 0; s < static_cast<int>(spec.series.size()); ++s) {
        double sum = 0;
        int count = 0;
        for (double v : spec.series[s].values)
            if (std::isfinite(v)) sum += v, ++count;
        if (count == 0) continue;
        double mean = sum / count;
        if (!best || mean > best_mean) best = s, best_mean = mean;
    }
    if (!best) return "no data";
    const std::string& name = spec.series[*best].name;
    return (name.empty() ? "series " + std::to_string(*best + 1) : name) + " highest";
}

} // namespace

std::string chart_alt_text(const ChartSpec& spec) {
    std::string subject = spec.title;
    if (subject.empty()) {
        std::vector<std::string> names;
        for (const auto& s : spec.series)
            if (!s.name.empty()) names.push_back(s.name);
        subject = join_names(names);
    }
    std::string out = kind_text(spec);
    if (!subject.empty()) out += ": " + subject;
    std::string range = range_text(spec);
    if (!range.empty()) out += (subject.empty() ? ": " : ", ") + range;
    std::string summary = spec.series.size() == 1
                              ? single_series_summary(spec, spec.series[0].values)
                          : spec.series.empty() ? "no data"
                                                : multi_series_summary(spec);
    out += "; " + summary + ".";
    return out;
}

} // namespace bp::graphics
