// The chart's text alternative: one line saying what it shows and what the data do.
#include "graphics/chart.hpp"

#include "graphics/chart_parts.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace bp::graphics {

namespace {

std::string kind_text(const ChartSpec& spec) {
    if (spec.kind == ChartKind::Line) return "Line chart";
    std::string out = spec.stacked                                                   ? "Stacked "
                      : spec.kind == ChartKind::GroupedBar || spec.series.size() > 1 ? "Grouped "
                                                                                     : "";
    out += spec.horizontal ? "horizontal bar chart" : "bar chart";
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
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

// Appends "A 12, B 14 and C 9": each category with its value ("no value" for NaN).
void append_values(std::string& out, const ChartSpec& spec, const std::vector<double>& values) {
    for (std::size_t c = 0; c < values.size(); ++c) {
        if (c > 0) out += c + 1 == values.size() ? " and " : ", ";
        out.append(category_name(spec, static_cast<int>(c))).append(" ");
        out += std::isfinite(values[c]) ? detail::value_text(spec, values[c]) : "no value";
    }
}

// Appends the scale, the reference lines and bands, and each series' last value, for a chart
// whose scale is fixed or shared or that has reference lines: "; scale 0 to 10; Target 8;
// last values: Darlington 7.9, Durham 8.1".
void append_scale_and_references(std::string& out, const ChartSpec& spec, bool last_values = true) {
    const bool fixed = spec.y_min || spec.y_max || spec.shared_range;
    if (!fixed && spec.references.empty() && spec.reference_bands.empty() && !spec.categorical)
        return;
    const auto range = spec.shared_range ? spec.shared_range : value_range(spec);
    double lo = range ? range->first : 0, hi = range ? range->second : 1;
    if (spec.y_from_zero.value_or(spec.kind != ChartKind::Line))
        lo = std::min(lo, 0.0), hi = std::max(hi, 0.0);
    out.append("; scale ")
        .append(detail::value_text(spec, spec.y_min.value_or(lo)))
        .append(" to ")
        .append(detail::value_text(spec, spec.y_max.value_or(hi)));
    if (spec.shared_range) out += ", shared with the charts like it";
    for (const auto& r : spec.references) {
        if (r.label.empty()) continue;
        out.append("; ").append(r.label);
        // A category chart's target that differs by category: each category's target.
        const bool varies = std::any_of(r.values.begin(), r.values.end(), [&](double v) {
            return std::isfinite(v) && v != r.values.front();
        });
        if (spec.categorical && varies) {
            out += ": ";
            append_values(out, spec, r.values);
        }
    }
    for (const auto& b : spec.reference_bands)
        if (!b.label.empty()) out.append("; ").append(b.label);
    if (!last_values) return;
    std::string last;
    for (const auto& s : spec.series)
        for (auto it = s.values.rbegin(); it != s.values.rend(); ++it)
            if (std::isfinite(*it)) {
                last.append(last.empty() ? "" : ", ")
                    .append(s.name.empty() ? "" : s.name + " ")
                    .append(detail::value_text(spec, *it));
                break;
            }
    if (!last.empty())
        out.append("; last ").append(spec.series.size() > 1 ? "values: " : "value ").append(last);
}

// A category chart: every category, the scale, the reference lines, then every value (by
// series), and for stacked bars each stack's total.
std::string categorical_alt_text(const ChartSpec& spec) {
    std::string out = kind_text(spec);
    if (!spec.title.empty()) out.append(": ").append(spec.title);
    if (!spec.subtitle.empty()) out.append(", ").append(spec.subtitle);
    const auto n = spec.categories.size();
    out.append("; ").append(std::to_string(n)).append(n == 1 ? " category: " : " categories: ");
    for (std::size_t c = 0; c < n; ++c) {
        if (c > 0) out += c + 1 == n ? " and " : ", ";
        out += category_name(spec, static_cast<int>(c));
    }
    append_scale_and_references(out, spec, false);
    for (const auto& s : spec.series) {
        out += "; ";
        if (!s.name.empty()) out.append(s.name).append(": ");
        append_values(out, spec, s.values);
    }
    if (spec.stacked && spec.series.size() > 1) {
        out += "; totals: ";
        append_values(out, spec, stacks_of(spec).total);
    }
    out += ".";
    return out;
}

} // namespace

std::string chart_alt_text(const ChartSpec& spec) {
    if (spec.categorical) return categorical_alt_text(spec);
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
    append_scale_and_references(out, spec);
    out += ".";
    return out;
}

} // namespace bp::graphics
