// The chart's text alternative: one line saying what it shows and what the data do.
#include "graphics/chart.hpp"

#include "graphics/chart_parts.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

namespace bp::graphics {

namespace {

std::string_view kind_text(const ChartSpec& spec) {
    if (spec.kind == ChartKind::Line) return "Line chart";
    if (spec.kind == ChartKind::GroupedBar || spec.series.size() > 1) return "Grouped bar chart";
    return "Bar chart";
}

bool has_named_series(const ChartSpec& spec) {
    return std::any_of(spec.series.begin(), spec.series.end(),
                       [](const Series& s) { return !s.name.empty(); });
}

// Appends the named series' names: "A", "A and B", "A, B and C".
void append_names(std::string& out, const ChartSpec& spec) {
    const auto named = static_cast<std::size_t>(std::count_if(
        spec.series.begin(), spec.series.end(), [](const Series& s) { return !s.name.empty(); }));
    std::size_t done = 0;
    for (const auto& s : spec.series) {
        if (s.name.empty()) continue;
        if (done > 0) out += done + 1 == named ? " and " : ", ";
        out += s.name;
        ++done;
    }
}

const std::string& category_name(const ChartSpec& spec, int i) {
    return spec.categories_long.empty() ? spec.categories[i] : spec.categories_long[i];
}

// Whether the chart has a category range to name: none for no categories or one unnamed.
bool has_range(const ChartSpec& spec) {
    const auto n = spec.categories.size();
    return n > 1 || (n == 1 && !category_name(spec, 0).empty());
}

// Appends "first to last" of the categories (just the one if there is one).
void append_range(std::string& out, const ChartSpec& spec) {
    int last = static_cast<int>(spec.categories.size()) - 1;
    out += category_name(spec, 0);
    if (last == 0) return;
    out += " to ";
    out += category_name(spec, last);
}

// Appends what one series does: for a line where it starts and ends, for bars the highest and
// lowest category.
void append_single_series_summary(std::string& out, const ChartSpec& spec,
                                  const std::vector<double>& values) {
    std::optional<int> first, last, hi, lo;
    for (int i = 0; i < static_cast<int>(values.size()); ++i) {
        if (!std::isfinite(values[i])) continue;
        if (!first) first = i;
        last = i;
        if (!hi || values[i] > values[*hi]) hi = i;
        if (!lo || values[i] < values[*lo]) lo = i;
    }
    if (!first) {
        out += "no data";
        return;
    }
    auto val = [&](int i) { return detail::value_text(spec, values[i]); };
    if (spec.kind == ChartKind::Line) {
        const std::string a = val(*first), b = val(*last);
        if (first == last) {
            out.append("one value, ").append(a);
        } else if (a == b) {
            out.append("unchanged at ").append(a);
        } else {
            out += values[*last] > values[*first] ? "rises" : "falls";
            out.append(" from ").append(a).append(" to ").append(b);
        }
        return;
    }
    if (hi == lo) {
        out.append(category_name(spec, *hi)).append(" ").append(val(*hi));
        return;
    }
    out.append("highest ").append(category_name(spec, *hi)).append(" (").append(val(*hi));
    out.append("), lowest ").append(category_name(spec, *lo)).append(" (").append(val(*lo));
    out += ")";
}

// Appends which of several series has the highest mean.
void append_multi_series_summary(std::string& out, const ChartSpec& spec) {
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
    if (!best) {
        out += "no data";
        return;
    }
    const std::string& name = spec.series[*best].name;
    if (name.empty())
        out.append("series ").append(std::to_string(*best + 1));
    else
        out += name;
    out += " highest";
}

} // namespace

std::string chart_alt_text(const ChartSpec& spec) {
    std::string out(kind_text(spec));
    const bool subject = !spec.title.empty() || has_named_series(spec);
    if (subject) {
        out += ": ";
        if (spec.title.empty())
            append_names(out, spec);
        else
            out += spec.title;
    }
    if (has_range(spec)) {
        out += subject ? ", " : ": ";
        append_range(out, spec);
    }
    out += "; ";
    if (spec.series.size() == 1)
        append_single_series_summary(out, spec, spec.series[0].values);
    else if (spec.series.empty())
        out += "no data";
    else
        append_multi_series_summary(out, spec);
    out += ".";
    return out;
}

} // namespace bp::graphics
