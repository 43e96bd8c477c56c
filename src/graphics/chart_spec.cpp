#include "graphics/chart_spec.hpp"

#include "core/number_text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace bp::graphics {

namespace {

// The shortest text that reads back as v ("7.5"), independent of the locale.
std::string shortest(double v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

} // namespace

void validate(const ChartSpec& spec) {
    auto fail = [&](const std::string& what) {
        throw std::invalid_argument("chart \"" + spec.title + "\": " + what);
    };
    const auto n = spec.categories.size();
    if (!spec.categories_long.empty() && spec.categories_long.size() != n)
        fail("has " + std::to_string(spec.categories_long.size()) + " long category names for " +
             std::to_string(n) + " categories");
    for (const auto& s : spec.series)
        if (s.values.size() != n)
            fail("series \"" + s.name + "\" has " + std::to_string(s.values.size()) +
                 " values for " + std::to_string(n) + " categories");
    for (const auto& r : spec.references)
        if (r.values.size() != n)
            fail("reference line \"" + r.label + "\" has " + std::to_string(r.values.size()) +
                 " values for " + std::to_string(n) + " categories");
    for (const auto& b : spec.reference_bands)
        if (b.low.size() != n || b.high.size() != n)
            fail("band \"" + b.label + "\" needs one low and one high value per category");
    if (spec.y_min && spec.y_max && !(*spec.y_min < *spec.y_max)) fail("y-min must be below y-max");
    if (auto range = value_range(spec)) {
        if (spec.y_min && *spec.y_min > range->first)
            fail("y-min " + shortest(*spec.y_min) + " is above the lowest value drawn (" +
                 shortest(range->first) + ")");
        if (spec.y_max && *spec.y_max < range->second)
            fail("y-max " + shortest(*spec.y_max) + " is below the highest value drawn (" +
                 shortest(range->second) + ")");
    }
    if (spec.horizontal || spec.stacked) {
        if (spec.kind == ChartKind::Line) fail("only bars can be horizontal or stacked");
        if (spec.horizontal && !spec.highlights.empty()) fail("horizontal bars take no highlights");
    }
    if (spec.spc) {
        if (spec.kind != ChartKind::Line || spec.series.size() != 1)
            fail("an SPC chart draws one series as a line");
        if (spec.spc->marks.size() != n)
            fail("has " + std::to_string(spec.spc->marks.size()) + " SPC marks for " +
                 std::to_string(n) + " categories");
    }
    for (const auto& h : spec.highlights)
        if (h.first < 0 || h.last < h.first || static_cast<std::size_t>(h.last) >= n)
            fail("highlight \"" + h.label + "\" covers categories " + std::to_string(h.first) +
                 ".." + std::to_string(h.last) + " outside 0.." + std::to_string(n) + "-1");
}

std::string spc_value_text(const ChartSpec& spec, double v) {
    NumberStyle ns;
    ns.decimals = spec.spc ? spec.spc->decimals : spec.decimals;
    return format_number(v, ns) + spec.unit;
}

std::optional<std::pair<double, double>> value_range(const ChartSpec& spec) {
    double lo = INFINITY, hi = -INFINITY;
    auto add = [&](const std::vector<double>& values) {
        for (double x : values)
            if (std::isfinite(x)) lo = std::min(lo, x), hi = std::max(hi, x);
    };
    for (const auto& s : spec.series)
        add(s.values);
    for (const auto& r : spec.references)
        add(r.values);
    for (const auto& b : spec.reference_bands)
        add(b.low), add(b.high);
    if (spec.stacked && !spec.series.empty()) {
        const Stacks st = stacks_of(spec);
        for (std::size_t c = 0; c < st.total.size(); ++c)
            if (std::isfinite(st.total[c])) add({st.top[c], st.bottom[c]});
    }
    if (!(lo <= hi)) return std::nullopt;
    return std::pair{lo, hi};
}

Stacks stacks_of(const ChartSpec& spec) {
    const std::size_t n = spec.categories.size();
    Stacks st;
    st.top.assign(n, 0);
    st.bottom.assign(n, 0);
    st.total.assign(n, std::nan(""));
    st.starts.reserve(spec.series.size());
    for (const auto& s : spec.series) {
        std::vector<double> starts(n, std::nan(""));
        for (std::size_t c = 0; c < n && c < s.values.size(); ++c) {
            const double v = s.values[c];
            if (!std::isfinite(v)) continue;
            double& end = v >= 0 ? st.top[c] : st.bottom[c];
            starts[c] = end;
            end += v;
            st.total[c] = std::isfinite(st.total[c]) ? st.total[c] + v : v;
        }
        st.starts.push_back(std::move(starts));
    }
    return st;
}

} // namespace bp::graphics
