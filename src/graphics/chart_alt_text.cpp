// The chart's text alternative, made from what is drawn: the scale as its axis shows it, each
// series' latest value and its direction over the chart, the reference lines and bands, the
// highlighted windows, the value labels printed, and the source line.
#include "graphics/chart.hpp"

#include "graphics/chart_parts.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace bp::graphics {

namespace {

std::string kind_text(const ChartSpec& spec) {
    if (spec.spc) return "SPC chart";
    if (spec.kind == ChartKind::Line) return "Line chart";
    std::string out = spec.stacked                                                   ? "Stacked "
                      : spec.kind == ChartKind::GroupedBar || spec.series.size() > 1 ? "Grouped "
                                                                                     : "";
    out += spec.horizontal ? "horizontal bar chart" : "bar chart";
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// Appends "A", "A and B", "A, B and C".
void append_list(std::string& out, const std::vector<std::string>& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
}

const std::string& category_name(const ChartSpec& spec, int i) {
    const auto at = static_cast<std::size_t>(i);
    return spec.categories_long.empty() ? spec.categories[at] : spec.categories_long[at];
}

// "first to last" of the categories (just the one if there is one; "" if none is named).
std::string range_text(const ChartSpec& spec) {
    const auto n = spec.categories.size();
    if (n == 0 || (n == 1 && category_name(spec, 0).empty())) return "";
    std::string out = category_name(spec, 0);
    if (n > 1) out += " to " + category_name(spec, static_cast<int>(n) - 1);
    return out;
}

// Whether the titles already name the period `range` covers: they hold the range, or every
// number in it (its years: "April 2015 to July 2017" names "Apr 2015 to Jul 2017").
bool names_the_range(const std::string& subtitle, const std::string& range) {
    if (subtitle.find(range) != std::string::npos) return true;
    bool any = false;
    for (std::size_t i = 0; i < range.size();) {
        if (range[i] < '0' || range[i] > '9') {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < range.size() && range[j] >= '0' && range[j] <= '9')
            ++j;
        if (subtitle.find(range.substr(i, j - i)) == std::string::npos) return false;
        any = true;
        i = j;
    }
    return any;
}

// The first and last finite values of `values`, by category.
std::optional<std::pair<int, int>> ends(const std::vector<double>& values) {
    std::optional<int> first, last;
    for (int i = 0; i < static_cast<int>(values.size()); ++i)
        if (std::isfinite(values[static_cast<std::size_t>(i)])) {
            if (!first) first = i;
            last = i;
        }
    if (!first) return std::nullopt;
    return std::pair{*first, *last};
}

// "3,960 in Jul 2017, up from 2,790 in Apr 2015": a series' latest value and where it came from.
std::string latest_text(const ChartSpec& spec, const std::vector<double>& values) {
    const auto e = ends(values);
    if (!e) return "no data";
    const auto [first, last] = *e;
    const double a = values[static_cast<std::size_t>(first)];
    const double b = values[static_cast<std::size_t>(last)];
    std::string out = detail::value_text(spec, b);
    if (!category_name(spec, last).empty()) out += " in " + category_name(spec, last);
    if (first == last) return out;
    const std::string from = detail::value_text(spec, a);
    if (from == detail::value_text(spec, b))
        return out + ", unchanged since " + category_name(spec, first);
    out += b > a ? ", up from " : ", down from ";
    out += from;
    if (!category_name(spec, first).empty()) out += " in " + category_name(spec, first);
    return out;
}

// "A 12, B 14 and C 9": each category with its value ("no value" for NaN).
std::string values_text(const ChartSpec& spec, const std::vector<double>& values) {
    std::vector<std::string> items;
    for (std::size_t c = 0; c < values.size(); ++c)
        items.push_back(
            category_name(spec, static_cast<int>(c)) + " " +
            (std::isfinite(values[c]) ? detail::value_text(spec, values[c]) : "no value"));
    std::string out;
    append_list(out, items);
    return out;
}

// "scale 0 to 15": the value axis as drawn (its end tick labels, else its end ticks).
std::string scale_text(const ChartSpec& spec, const ChartGeometry& g) {
    if (g.y_ticks.empty()) return "";
    std::string lo = detail::value_text(spec, g.y_ticks.front());
    std::string hi = detail::value_text(spec, g.y_ticks.back());
    if (g.y_tick_labels.size() == g.y_ticks.size()) {
        lo = g.y_tick_labels.front().text;
        hi = g.y_tick_labels.back().text;
    }
    std::string out = "scale " + lo + " to " + hi;
    if (spec.shared_range) out += ", shared with the charts like it";
    return out;
}

// The reference lines and bands, each by its label (with its value) or its kind and value; a
// category chart's target that differs by category lists each category's.
std::vector<std::string> reference_texts(const ChartSpec& spec) {
    std::vector<std::string> out;
    for (const auto& r : spec.references) {
        if (r.kind != ReferenceLine::Kind::Target && r.kind != ReferenceLine::Kind::Average)
            continue; // an SPC chart's mean and limits: spc_texts
        const auto e = ends(r.values);
        if (!e) continue;
        std::string text = r.label;
        if (text.empty())
            text = std::string(r.kind == ReferenceLine::Kind::Target ? "target " : "average ") +
                   detail::value_text(spec, r.values[static_cast<std::size_t>(e->second)]);
        const bool varies = std::any_of(r.values.begin(), r.values.end(), [&](double v) {
            return std::isfinite(v) && v != r.values[static_cast<std::size_t>(e->first)];
        });
        if (spec.categorical && varies) text += ": " + values_text(spec, r.values);
        out.push_back(std::move(text));
    }
    for (const auto& b : spec.reference_bands)
        if (!b.label.empty()) out.push_back(b.label);
    return out;
}

// The series, each with its latest value and direction (lines), or its values (bars, when the
// chart prints them or has few), ordered as the legend orders them.
std::string series_text(const ChartSpec& spec, const ChartGeometry& g) {
    if (spec.series.empty()) return "no data";
    std::size_t finite = 0;
    for (const auto& s : spec.series)
        finite += static_cast<std::size_t>(std::count_if(
            s.values.begin(), s.values.end(), [](double v) { return std::isfinite(v); }));
    if (finite == 0) return "no data";
    const bool every_value = spec.kind != ChartKind::Line &&
                             (!g.value_labels.empty() || finite <= 12 || spec.categorical);
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < spec.series.size(); ++i) {
        const Series& s = spec.series[i];
        std::string name = s.name == spec.title ? "" : s.name; // not the title again
        if (name.empty() && spec.series.size() > 1) name = "series " + std::to_string(i + 1);
        std::string body = every_value ? values_text(spec, s.values) : latest_text(spec, s.values);
        parts.push_back(name.empty() ? body : name + ": " + body);
    }
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? "; " : "") + parts[i];
    if (spec.stacked && spec.series.size() > 1)
        out += "; totals: " + values_text(spec, stacks_of(spec).total);
    return out;
}

// The SPC reference line of `kind`, if drawn.
const ReferenceLine* spc_line(const ChartSpec& spec, ReferenceLine::Kind kind) {
    for (const auto& r : spec.references)
        if (r.kind == kind) return &r;
    return nullptr;
}

// "mean 12, process limits 4 to 20 (lower limit clipped at 0)": one segment's lines as drawn.
std::string segment_text(const ChartSpec& spec, const SpcSegment& seg) {
    auto value_at = [&](ReferenceLine::Kind kind) -> std::optional<std::string> {
        const ReferenceLine* r = spc_line(spec, kind);
        if (!r || seg.first < 0 || static_cast<std::size_t>(seg.first) >= r->values.size())
            return std::nullopt;
        const double v = r->values[static_cast<std::size_t>(seg.first)];
        if (!std::isfinite(v)) return std::nullopt;
        return spc_value_text(spec, v);
    };
    const auto mean = value_at(ReferenceLine::Kind::Mean);
    const auto lower = value_at(ReferenceLine::Kind::LowerLimit);
    const auto upper = value_at(ReferenceLine::Kind::UpperLimit);
    std::string out;
    if (mean) out = "mean " + *mean;
    if (lower && upper)
        out += (out.empty() ? "" : ", ") + ("process limits " + *lower) + " to " + *upper;
    std::vector<std::string> clipped;
    if (seg.lower_clipped && lower) clipped.push_back("lower limit clipped at " + *lower);
    if (seg.upper_clipped && upper) clipped.push_back("upper limit clipped at " + *upper);
    if (!clipped.empty()) {
        out += " (";
        append_list(out, clipped);
        out += ")";
    }
    return out;
}

// The SPC part: mean and limits (per segment after a rebase), the variation and assurance
// words, and the special-cause points by class with their months.
std::vector<std::string> spc_texts(const ChartSpec& spec) {
    const SpcView& spc = *spec.spc;
    std::vector<std::string> out;
    if (spc.segments.size() == 1) {
        if (auto t = segment_text(spec, spc.segments.front()); !t.empty())
            out.push_back(std::move(t));
    } else {
        for (const auto& seg : spc.segments) {
            std::string t = segment_text(spec, seg);
            if (t.empty()) continue;
            std::string span = category_name(spec, seg.first);
            if (seg.last > seg.first) span += " to " + category_name(spec, seg.last);
            out.push_back(span + ": " + t);
        }
    }
    if (!spc.variation_words.empty()) out.push_back("variation: " + spc.variation_words);
    if (!spc.assurance_words.empty()) out.push_back("assurance: " + spc.assurance_words);
    for (SpcMark mark : {SpcMark::Improvement, SpcMark::Concern, SpcMark::Special}) {
        // Consecutive months as one span: "July 2015 to June 2016".
        std::vector<std::string> months;
        const auto& values = spec.series.front().values;
        const std::size_t n = std::min(spc.marks.size(), values.size());
        auto marked = [&](std::size_t c) {
            return c < n && spc.marks[c] == mark && std::isfinite(values[c]);
        };
        for (std::size_t c = 0; c < n; ++c) {
            if (!marked(c)) continue;
            std::size_t last = c;
            while (marked(last + 1))
                ++last;
            std::string span = category_name(spec, static_cast<int>(c));
            if (last > c) span += " to " + category_name(spec, static_cast<int>(last));
            months.push_back(std::move(span));
            c = last;
        }
        if (months.empty()) continue;
        std::string t = spc.mark_words[static_cast<std::size_t>(mark)] + " in ";
        append_list(t, months);
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace

std::string chart_alt_text(const ChartSpec& spec, const ChartGeometry& g) {
    std::string out = kind_text(spec);
    std::vector<std::string> subject;
    if (!spec.title.empty()) subject.push_back(spec.title);
    if (!spec.subtitle.empty() && spec.title.find(spec.subtitle) == std::string::npos)
        subject.push_back(spec.subtitle);
    const std::string range = range_text(spec);
    if (spec.categorical) {
        const auto n = spec.categories.size();
        std::vector<std::string> names;
        for (std::size_t c = 0; c < n; ++c)
            names.push_back(category_name(spec, static_cast<int>(c)));
        std::string list = std::to_string(n) + (n == 1 ? " category: " : " categories: ");
        append_list(list, names);
        subject.push_back(std::move(list));
    } else if (!range.empty() && !names_the_range(spec.title + " " + spec.subtitle, range)) {
        subject.push_back(range);
    }
    for (std::size_t i = 0; i < subject.size(); ++i)
        out += (i == 0 ? ": " : ", ") + subject[i];
    if (const std::string scale = scale_text(spec, g); !scale.empty()) out += "; " + scale;
    out += "; " + series_text(spec, g);
    if (spec.spc && !spec.series.empty())
        for (const auto& t : spc_texts(spec))
            out += "; " + t;
    for (const auto& r : reference_texts(spec))
        out += "; " + r;
    std::vector<std::string> highlighted;
    for (const auto& h : spec.highlights)
        if (!h.label.empty()) highlighted.push_back(h.label);
    if (!highlighted.empty()) {
        out += "; highlighted: ";
        append_list(out, highlighted);
    }
    if (!spec.source.empty()) out += "; " + spec.source;
    out += ".";
    return out;
}

} // namespace bp::graphics
