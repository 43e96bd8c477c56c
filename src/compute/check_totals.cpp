#include "compute/checks.hpp"
#include "compute/number_format.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>

namespace bp::compute {

namespace {
bool agree(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}
} // namespace

std::vector<Diagnostic> check_child_totals(const model::Dataset& data, const Figures& figures) {
    std::vector<Diagnostic> out;
    std::map<std::string, std::vector<const model::Area*>> children;
    for (const model::Area& area : data.areas())
        if (!area.parent.empty()) children[area.parent].push_back(&area);
    for (const model::Value& parent : data.values()) {
        const model::Indicator* ind = data.find_indicator(parent.indicator);
        if (!ind || !ind->additive) continue;
        auto found = children.find(parent.area);
        if (found == children.end()) continue;
        const auto& kids = found->second;
        double sum = 0;
        bool complete = true;
        for (const model::Area* child : kids) {
            auto v = figures.resolve(*ind, child->id, parent.period).value;
            if (!v) {
                complete = false;
                break;
            }
            sum += *v;
        }
        if (!complete || agree(sum, parent.value)) continue;
        out.push_back(Diagnostic{
            parent.pos, Severity::Warning,
            ind->id + " at " + parent.period.text() + ": the " + std::to_string(kids.size()) +
                " child areas of " + parent.area + " sum to " + format_value(sum, *ind) + ", but " +
                parent.area + "'s value is " + format_value(parent.value, *ind)});
    }
    return out;
}

std::vector<Diagnostic> check_stored_totals(const model::Dataset& data, const Figures&) {
    std::vector<Diagnostic> out;
    // Stored values for more than one month, by indicator and area, in file order.
    std::map<std::pair<std::string, std::string>, std::vector<const model::Value*>> spans;
    for (const model::Value& v : data.values())
        if (v.period.month_count() > 1) spans[{v.indicator, v.area}].push_back(&v);
    for (const model::Value& stored : data.values()) {
        if (stored.period.month_count() == 1) continue;
        const model::Indicator* ind = data.find_indicator(stored.indicator);
        if (!ind) continue;
        std::string key = ind->id + " / " + stored.area;
        // Another stored value for the same months, given earlier in the files.
        for (const model::Value* other : spans[{stored.indicator, stored.area}]) {
            if (other == &stored) break;
            if (other->period.same_months(stored.period) && !agree(other->value, stored.value))
                out.push_back(Diagnostic{stored.pos, Severity::Warning,
                                         key + ": the stored " + stored.period.text() + " value " +
                                             format_value(stored.value, *ind) +
                                             " disagrees with the stored " + other->period.text() +
                                             " value " + format_value(other->value, *ind) + " (" +
                                             other->pos.to_string() + ") for the same months"});
        }
        if (ind->unit != model::Unit::Count) continue; // means of shares are not exact
        double sum = 0;
        bool complete = true;
        for (const model::Period& month : stored.period.months()) {
            const model::Value* v = data.find_value(stored.indicator, stored.area, month);
            if (!v) {
                complete = false;
                break;
            }
            sum += v->value;
        }
        if (complete && !agree(sum, stored.value))
            out.push_back(Diagnostic{stored.pos, Severity::Warning,
                                     key + ": the stored " + stored.period.text() + " value " +
                                         format_value(stored.value, *ind) +
                                         " disagrees with the sum of its " +
                                         std::to_string(stored.period.month_count()) +
                                         " monthly values, " + format_value(sum, *ind)});
    }
    return out;
}

} // namespace bp::compute
