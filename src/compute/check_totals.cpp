#include "compute/checks.hpp"
#include "compute/number_format.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>

namespace bp::compute {

namespace {

bool agree(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

// The child areas of every area, as area numbers in file order, by the parent's number.
std::vector<std::vector<std::uint32_t>> children_by_number(const model::Dataset& data) {
    std::vector<std::vector<std::uint32_t>> out;
    for (const model::Area& area : data.areas()) {
        if (area.parent.empty()) continue;
        std::uint32_t parent = data.area_number(area.parent);
        if (parent == model::Dataset::none) continue; // no record names it: it has no values
        if (parent >= out.size()) out.resize(parent + 1);
        out[parent].push_back(data.area_number(area.id));
    }
    return out;
}

} // namespace

std::vector<Diagnostic> check_child_totals(const model::Dataset& data, const Figures& figures) {
    std::vector<Diagnostic> out;
    const auto children = children_by_number(data);
    // The children's series for the parent series last seen (a parent's values mostly come
    // one after another).
    std::uint32_t kids_of = model::Dataset::none;
    std::vector<std::optional<std::uint32_t>> kid_series;
    for (const model::Value& parent : data.values()) {
        const model::SeriesKey key = data.series_key(parent.series);
        const model::Indicator* ind = data.indicator_at(key.indicator);
        if (!ind || !ind->additive) continue;
        if (key.area >= children.size() || children[key.area].empty()) continue;
        const auto& kids = children[key.area];
        if (kids_of != parent.series) {
            kid_series.clear();
            for (std::uint32_t child : kids)
                kid_series.push_back(data.find_series(model::SeriesKey{key.indicator, child}));
            kids_of = parent.series;
        }
        double sum = 0;
        bool complete = true;
        for (const auto& series : kid_series) {
            auto v =
                series ? figures.resolve_series(*ind, series, parent.period).value : std::nullopt;
            if (!v) {
                complete = false;
                break;
            }
            sum += *v;
        }
        if (!complete || agree(sum, parent.value)) continue;
        const std::string& area = data.area_id(key.area);
        out.push_back(Diagnostic{data.pos(parent), Severity::Warning,
                                 ind->id + " at " + parent.period.text() + ": the " +
                                     std::to_string(kids.size()) + " child areas of " + area +
                                     " sum to " + format_value(sum, *ind) + ", but " + area +
                                     "'s value is " + format_value(parent.value, *ind)});
    }
    return out;
}

std::vector<Diagnostic> check_stored_totals(const model::Dataset& data, const Figures&) {
    std::vector<Diagnostic> out;
    // Stored values for more than one month, by series, in file order.
    std::map<std::uint32_t, std::vector<const model::Value*>> spans;
    for (const model::Value& v : data.values())
        if (v.period.month_count() > 1) spans[v.series].push_back(&v);
    for (const model::Value& stored : data.values()) {
        if (stored.period.month_count() == 1) continue;
        const model::SeriesKey series_key = data.series_key(stored.series);
        const model::Indicator* ind = data.indicator_at(series_key.indicator);
        if (!ind) continue;
        std::string key = ind->id + " / " + data.area_id(series_key.area);
        // Another stored value for the same months, given earlier in the files.
        for (const model::Value* other : spans.at(stored.series)) {
            if (other == &stored) break;
            if (other->period.same_months(stored.period) && !agree(other->value, stored.value))
                out.push_back(Diagnostic{
                    data.pos(stored), Severity::Warning,
                    key + ": the stored " + stored.period.text() + " value " +
                        format_value(stored.value, *ind) + " disagrees with the stored " +
                        other->period.text() + " value " + format_value(other->value, *ind) + " (" +
                        data.pos(*other).to_string() + ") for the same months"});
        }
        if (ind->unit != model::Unit::Count) continue; // means of shares are not exact
        double sum = 0;
        bool complete = true;
        data.for_each_month(stored.series, stored.period.first_serial(),
                            stored.period.last_serial(), [&](int, const model::Value* v) {
                                if (v) sum += v->value;
                                complete = complete && v;
                            });
        if (complete && !agree(sum, stored.value))
            out.push_back(Diagnostic{data.pos(stored), Severity::Warning,
                                     key + ": the stored " + stored.period.text() + " value " +
                                         format_value(stored.value, *ind) +
                                         " disagrees with the sum of its " +
                                         std::to_string(stored.period.month_count()) +
                                         " monthly values, " + format_value(sum, *ind)});
    }
    return out;
}

} // namespace bp::compute
